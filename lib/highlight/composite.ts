/**
 * The highlighter the content script uses: every mention of a source (people, institutions and
 * media, anonymous sources) is wrapped, so that it can take keyboard focus and open its card;
 * claims are painted with the CSS Custom Highlight API, which does not touch the page's DOM.
 * Without that API, everything is wrapped.
 */
import type { TextMap } from '../article/text-map';
import { CssHighlighter, nativeHighlightApi } from './css-highlights';
import type { Highlighter, HighlightItem, HighlightStyle } from './highlighter';
import { WrapHighlighter } from './wrap';

const FOCUSABLE: ReadonlySet<HighlightStyle> = new Set(['official', 'person', 'institution', 'anonymous']);

export class PageHighlighter implements Highlighter {
  private readonly wrap: WrapHighlighter;
  private readonly css: CssHighlighter | null;

  constructor(map: TextMap, doc: Document, label: (item: HighlightItem) => string) {
    const api = nativeHighlightApi();
    this.css = api ? new CssHighlighter(map, doc, api) : null;
    this.wrap = new WrapHighlighter(map, doc, { styles: FOCUSABLE, label });
  }

  paint(items: HighlightItem[]): number {
    if (!this.css) return this.wrap.paint(items);
    // Wrapping first: it splits text nodes and updates the map that the CSS renderer then reads.
    const wrapped = this.wrap.paint(items.filter((i) => FOCUSABLE.has(i.style)));
    return wrapped + this.css.paint(items.filter((i) => !FOCUSABLE.has(i.style)));
  }

  clear(): void {
    this.css?.clear();
    this.wrap.clear();
  }
}
