/**
 * Watches the page for changes that matter: the article's own nodes (late paragraphs, a
 * re-render), or, while no article was found, the body (an article that loads late). One
 * MutationObserver; our own painting happens while it is paused, so it never sees itself.
 * Changes are batched: `onChange` runs once the page has been quiet for `quietMs`.
 */
export interface PageWatch {
  /** Stops observing while we change the page ourselves. */
  pause(): void;
  /** Observes `root` (the article's container, or the body). */
  resume(root: Node): void;
}

export function watchPage(onChange: () => void, signal: AbortSignal, quietMs = 600, maxWaits = 20): PageWatch {
  let timer = 0;
  let root: Node | null = null;
  let fired = 0;
  const observer = new MutationObserver((records) => {
    if (!records.some(isMeaningful)) return;
    window.clearTimeout(timer);
    // A page that never stops changing (a ticker, an ad rotator) is read again at most maxWaits times.
    if (fired >= maxWaits) return;
    timer = window.setTimeout(() => {
      fired++;
      onChange();
    }, quietMs);
  });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    window.clearTimeout(timer);
  }, { once: true });
  return {
    pause: () => observer.disconnect(),
    resume: (next) => {
      root = next;
      if (!signal.aborted && root) observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
  };
}

/** Text or elements added or removed, or text changed: not attributes, not white space alone. */
function isMeaningful(r: MutationRecord): boolean {
  if (r.type === 'characterData') return true;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.some((n) => (n.nodeType === 3 ? /\S/.test(n.textContent ?? '') : n.nodeType === 1 && !(n as Element).matches('script, style, link, meta, noscript, sourcelight-cards')));
}

/** The element holding all of the article's text: where its changes happen. */
export function articleRoot(nodes: Node[], fallback: Node): Node {
  let root: Node | null = nodes[0]?.parentNode ?? null;
  for (const n of nodes) while (root && !root.contains(n)) root = root.parentNode;
  return root ?? fallback;
}
