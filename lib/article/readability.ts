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
