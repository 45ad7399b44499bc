/**
 * Readability as extraction runs it: the library itself (pinned at 0.6.0) with two of its steps
 * reordered so that they skip work whose result they then ignore. What each answers is the same
 * for every node (tests/unit/article/readability.test.ts compares them with the library's own,
 * node by node, on real pages); only what it costs changes: our extraction of the 130 pages of
 * Readability's test suite took a median 22.8 ms a page against 29.3 (`npm run bench -- --only extract`).
 * - `_isValidByline`, asked of nearly every element: the library reads the node's whole text
 *   (textContent: a walk of everything under it, the page's body included) before it looks at the
 *   attributes and class names that decide first whether the node could be a byline at all.
 * - `_isProbablyVisible`, asked of every element: reading `node.style` makes linkedom build a
 *   style declaration for the element. An element without a style attribute has no display or
 *   visibility of its own there (linkedom applies no style sheet), so it is not asked.
 *
 * And readKeepingNodes: Readability with the page's own text nodes kept track of across its retries.
 */
import { Readability } from '@mozilla/readability';

/** The library's own members that the two steps read. */
interface Internals {
  REGEXPS: { byline: RegExp };
}

export class QuickReadability<T = string> extends Readability<T> {}

const own = Readability.prototype as unknown as Record<string, unknown>;
if (typeof own._isValidByline !== 'function' || typeof own._isProbablyVisible !== 'function') {
  // A Readability whose steps are named otherwise: nothing replaced, the library runs as it is.
  console.warn('Readability: _isValidByline or _isProbablyVisible not found; extraction runs the library unchanged');
} else {
  Object.assign(QuickReadability.prototype, {
    _isValidByline(this: Internals, node: Element, matchString: string): boolean {
      const rel = node.getAttribute('rel');
      const itemprop = node.getAttribute('itemprop');
      if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
      const bylineLength = (node.textContent ?? '').trim().length;
      return !!bylineLength && bylineLength < 100;
    },
    _isProbablyVisible(node: Element): boolean {
      const style = node.hasAttribute('style') ? (node as HTMLElement).style : undefined;
      return (
        (!style || style.display != 'none') &&
        (!style || style.visibility != 'hidden') &&
        !node.hasAttribute('hidden') &&
        // "fallback-image": Wikimedia's math images are shown
        (!node.hasAttribute('aria-hidden') ||
          node.getAttribute('aria-hidden') != 'true' ||
          !!(node.className && node.className.includes && node.className.includes('fallback-image')))
      );
    },
  });
}

/** Pairs each text node of `copy` with the node at the same place in `live` (of which it is a deep copy). */
export function pairTextNodes(live: Node, copy: Node): Map<Node, Text> {
  const pairs = new Map<Node, Text>();
  const stack: Array<[Node | null, Node | null]> = [[live, copy]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    if (!a || !b) continue;
    if (a.nodeType === 3) pairs.set(b, a as Text);
    if (a.nextSibling || b.nextSibling) stack.push([a.nextSibling, b.nextSibling]);
    if (a.firstChild) stack.push([a.firstChild, b.firstChild]);
  }
  return pairs;
}

type Options = ConstructorParameters<typeof Readability<Node>>[1];

/** What Readability gave, and the page's own text node for each text node of it. */
export interface KeptReading {
  parsed: ReturnType<Readability<Node>['parse']>;
  /** The page's text node `node` is a copy of, or `node` itself when it is the page's own. */
  originalOf: (node: Text) => Text;
}

/**
 * Readability's reading of `doc`, with the page's text nodes kept track of. Where its first try
 * finds under 500 characters, Readability puts the page back as it was (`body.innerHTML =` the HTML
 * it read before trying) and tries again with looser rules: the page is then new nodes, parsed
 * from that HTML, which the text map cannot tie to the page's own (50 of the 609 L3S pages with
 * text had their article read but no place to highlight it). Here the body's HTML, as Readability
 * reads and writes it, is a deep copy instead: each time Readability puts the page back, a fresh
 * copy of it goes in, whose text nodes are paired with the page's own. Readability reads the same
 * page either way (a copy is the tree the HTML was written from).
 */
export function readKeepingNodes(doc: Document, options: Options): KeptReading {
  const page = doc.body;
  const originals = new Map<Node, Text>();
  const originalOf = (node: Text) => originals.get(node) ?? node;
  if (!page) return { parsed: new QuickReadability<Node>(doc, options).parse(), originalOf };
  const MARK = '<!-- sourcelight: the page as it was -->';
  let kept: { copy: Node; pageText: Map<Node, Text> } | null = null;
  Object.defineProperty(page, 'innerHTML', {
    configurable: true,
    get() {
      const copy = page.cloneNode(true);
      kept = { copy, pageText: pairTextNodes(page, copy) };
      return MARK;
    },
    set(html: string) {
      if (html !== MARK || !kept) throw new Error('Readability set the page to HTML of its own');
      const fresh = kept.copy.cloneNode(true);
      for (const [copyText, keptText] of pairTextNodes(kept.copy, fresh)) {
        const own = kept.pageText.get(keptText);
        if (own) originals.set(copyText, own);
      }
      while (page.firstChild) page.removeChild(page.firstChild);
      while (fresh.firstChild) page.appendChild(fresh.firstChild);
    },
  });
  try {
    return { parsed: new QuickReadability<Node>(doc, options).parse(), originalOf };
  } finally {
    delete (page as { innerHTML?: string }).innerHTML;
  }
}
