/** From offsets in the article text to DOM Ranges on the live page, through the text map. */
import { sliceNodes, type NodeSlice, type TextMap } from '../article/text-map';

/**
 * The Ranges covering text[start, end): one per text node the span crosses (a Range across
 * element boundaries would also cover what lies between, such as an ad the extraction left out).
 * Nodes that left the page since extraction are skipped.
 */
export function rangesFor(map: TextMap, start: number, end: number, doc: Document): Range[] {
  const out: Range[] = [];
  // Slices of one node separated only by collapsed white space ("had   used") make one range.
  const merged: NodeSlice[] = [];
  for (const slice of sliceNodes(map, start, end)) {
    const last = merged[merged.length - 1];
    if (last && last.node === slice.node && slice.startOffset >= last.endOffset) last.endOffset = slice.endOffset;
    else merged.push({ ...slice });
  }
  for (const slice of merged) {
    if (!slice.node.isConnected || slice.endOffset > slice.node.data.length) continue;
    const range = doc.createRange();
    range.setStart(slice.node, slice.startOffset);
    range.setEnd(slice.node, slice.endOffset);
    out.push(range);
  }
  return out;
}
