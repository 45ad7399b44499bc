/**
 * Watches the page for changes that matter: the article's own nodes (late paragraphs, a
 * re-render), or, while no article was found, the body (an article that loads late). One
 * MutationObserver; changes are batched: `onChange` runs once the page has been quiet for
 * `quietMs`.
 *
 * Our own painting is never a change of the page: every change we make to the page's DOM goes
 * through `ours()`, which hands the page's changes made before it to the watcher and drops the
 * records of ours. A change of ours counted as the page's would read the page again, repaint,
 * count again… every `quietMs` until the budget of re-reads was spent, and real changes of the
 * page would then never be read again.
 */
export interface PageWatch {
  /** Stops observing (the page's changes already made are still heard). */
  pause(): void;
  /** Observes `root` (the article's container, or the body), instead of what it observed before. */
  resume(root: Node): void;
  /** Runs `change`, a synchronous change of the page's DOM by us, unseen by the watcher. */
  ours<T>(change: () => T): T;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchPage(onChange: () => void, signal: AbortSignal, quietMs = 600, maxWaits = 20): PageWatch {
  let timer = 0;
  let fired = 0;
  const hear = (records: MutationRecord[]) => {
    if (!records.some(isMeaningful)) return;
    window.clearTimeout(timer);
    // A page that never stops changing (a ticker, an ad rotator) is read again at most maxWaits times.
    if (fired >= maxWaits) return;
    timer = window.setTimeout(() => {
      fired++;
      onChange();
    }, quietMs);
  };
  const observer = new MutationObserver(hear);
  // Records are queued until the observer's callback runs: the page's come first, then ours.
  const hearPending = () => hear(observer.takeRecords());
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      window.clearTimeout(timer);
    },
    { once: true },
  );
  return {
    pause: () => {
      hearPending();
      observer.disconnect();
    },
    resume: (root) => {
      hearPending();
      observer.disconnect();
      if (!signal.aborted) observer.observe(root, OBSERVED);
    },
    ours: (change) => {
      hearPending();
      try {
        return change();
      } finally {
        // Nothing of the page's runs while our synchronous change does: these records are ours.
        observer.takeRecords();
      }
    },
  };
}

/** Text or elements added or removed, or text changed: not attributes, not white space alone. */
function isMeaningful(r: MutationRecord): boolean {
  if (r.type === 'characterData') return true;
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.some((n) =>
    n.nodeType === 3
      ? /\S/.test(n.textContent ?? '')
      : n.nodeType === 1 && !(n as Element).matches('script, style, link, meta, noscript, sourcelight-cards'),
  );
}

/** The element holding all of the article's text: where its changes happen. */
export function articleRoot(nodes: Node[], fallback: Node): Node {
  let root: Node | null = nodes[0]?.parentNode ?? null;
  for (const n of nodes) while (root && !root.contains(n)) root = root.parentNode;
  return root ?? fallback;
}
