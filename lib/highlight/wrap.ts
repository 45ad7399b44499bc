/**
 * The wrapping renderer, for browsers without the CSS Custom Highlight API: each highlighted
 * stretch of a text node goes into a <mark> of ours, which clear() unwraps again, merging the
 * text nodes back so the page's text is as it was.
 */
import type { TextMap } from '../article/text-map';
import { joinRuns, sliceNodes, splitRuns } from '../article/text-map';
import { highlightName, type Highlighter, type HighlightItem } from './highlighter';

export const WRAP_ATTRIBUTE = 'data-sourcelight';

export class WrapHighlighter implements Highlighter {
  private marks: HTMLElement[] = [];
  /** Every split made, to undo in reverse: the page's text nodes come back exactly as they were. */
  private splits: Array<{ node: Text; offset: number; tail: Text }> = [];
  /** What each node already has painted: where items overlap (a name inside a quotation), the first painted wins. */
  private taken = new Map<Text, Array<[number, number]>>();

  /**
   * @param focusable styles whose marks join the tab order (people: their cards open on focus),
   *   with `label` saying what a screen reader announces for an item.
   */
  constructor(
    private readonly map: TextMap,
    private readonly doc: Document,
    private readonly focusable: { styles: ReadonlySet<string>; label: (item: HighlightItem) => string } | null = null,
  ) {}

  paint(items: HighlightItem[]): number {
    this.clear();
    return this.add(items);
  }

  /** Paints more items without removing what is painted (so a long article can be painted in stretches). */
  add(items: HighlightItem[]): number {
    const before = this.marks.length;
    // Wrap from the end of the text backwards: splitting a node leaves earlier offsets valid.
    const slices = items
      .flatMap((item) => sliceNodes(this.map, item.start, item.end).map((s) => ({ ...s, item })))
      .filter((s) => s.node.isConnected)
      .sort((a, b) => (a.node === b.node ? b.startOffset - a.startOffset : a.node.compareDocumentPosition(b.node) & 4 ? 1 : -1));
    const taken = this.taken;
    for (const s of slices) {
      const spans = taken.get(s.node) ?? [];
      if (spans.some(([a, b]) => s.startOffset < b && a < s.endOffset)) continue;
      spans.push([s.startOffset, s.endOffset]);
      taken.set(s.node, spans);
      // Split only where needed, and keep the map true to the nodes (the cards and the CSS
      // renderer read it after this; live Ranges follow splits by themselves).
      const middle = s.startOffset > 0 ? this.split(s.node, s.startOffset) : s.node;
      if (s.endOffset - s.startOffset < middle.data.length) this.split(middle, s.endOffset - s.startOffset);
      const mark = this.doc.createElement('mark');
      mark.setAttribute(WRAP_ATTRIBUTE, s.item.style);
      mark.className = highlightName(s.item.style);
      mark.dataset.key = s.item.key;
      if (this.focusable?.styles.has(s.item.style) && !marksOf(this.marks, s.item.key)) {
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-haspopup', 'dialog');
        mark.setAttribute('aria-label', this.focusable.label(s.item));
      }
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      this.marks.push(mark);
    }
    return this.marks.length - before;
  }

  clear(): void {
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    this.marks = [];
    // Join exactly the splits made (not normalize(): that would also merge the page's own nodes).
    for (const { node, offset, tail } of this.splits.reverse()) {
      if (!tail.parentNode || node.data.length !== offset) continue; // the page changed them since
      node.appendData(tail.data);
      tail.remove();
      joinRuns(this.map, node, offset, tail);
    }
    this.splits = [];
    this.taken = new Map();
  }

  private split(node: Text, offset: number): Text {
    const tail = node.splitText(offset);
    splitRuns(this.map, node, offset, tail);
    this.splits.push({ node, offset, tail });
    return tail;
  }
}

/** Whether a mark for `key` is already focusable (one tab stop per mention, not per node). */
function marksOf(marks: HTMLElement[], key: string): boolean {
  return marks.some((m) => m.dataset.key === key && m.tabIndex === 0);
}
