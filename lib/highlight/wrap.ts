/**
 * The wrapping renderer, for browsers without the CSS Custom Highlight API: each highlighted
 * stretch of a text node goes into a <mark> of ours, which clear() unwraps again, merging the
 * text nodes back so the page's text is as it was.
 */
import type { TextMap } from '../article/text-map';
import { sliceNodes } from '../article/text-map';
import { highlightName, type Highlighter, type HighlightItem } from './highlighter';

export const WRAP_ATTRIBUTE = 'data-sourcelight';

export class WrapHighlighter implements Highlighter {
  private marks: HTMLElement[] = [];

  constructor(
    private readonly map: TextMap,
    private readonly doc: Document,
  ) {}

  paint(items: HighlightItem[]): number {
    this.clear();
    // Wrap from the end of the text backwards: splitting a node leaves earlier offsets valid.
    const slices = items
      .flatMap((item) => sliceNodes(this.map, item.start, item.end).map((s) => ({ ...s, item })))
      .filter((s) => s.node.isConnected)
      .sort((a, b) => (a.node === b.node ? b.startOffset - a.startOffset : a.node.compareDocumentPosition(b.node) & 4 ? 1 : -1));
    const taken = new Map<Text, Array<[number, number]>>();
    for (const s of slices) {
      // One mark per stretch: where items overlap (a name inside a quotation), the first painted wins.
      const spans = taken.get(s.node) ?? [];
      if (spans.some(([a, b]) => s.startOffset < b && a < s.endOffset)) continue;
      spans.push([s.startOffset, s.endOffset]);
      taken.set(s.node, spans);
      // Split only where needed: a node wrapped whole keeps its identity (and the map stays valid).
      const middle = s.startOffset > 0 ? s.node.splitText(s.startOffset) : s.node;
      if (s.endOffset - s.startOffset < middle.data.length) middle.splitText(s.endOffset - s.startOffset);
      const mark = this.doc.createElement('mark');
      mark.setAttribute(WRAP_ATTRIBUTE, s.item.style);
      mark.className = highlightName(s.item.style);
      mark.dataset.key = s.item.key;
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      this.marks.push(mark);
    }
    return this.marks.length;
  }

  clear(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks = [];
  }
}
