/**
 * A saved article's annotations placed in the article text a page reads now (DESIGN.md convention
 * 4): the researcher's ones, by lib/anchoring/reanchor.ts. Made in the background, which has the
 * saved version and the text, so that the content script every page loads carries no fuzzy
 * matching; the page paints the ranges and the popup lists the orphans.
 */
import { anchorAll } from '../anchoring/reanchor';
import type { SavedPlacement } from '../messaging/protocol';
import { effective, type SavedAnnotation, type SavedArticle } from './types';

/** An orphan's quote as the popup lists it: enough to find the passage, not a whole paragraph. */
const ORPHAN_QUOTE_CHARS = 200;

/** The researcher's annotations are what is shown again: the machine's own are painted anyway. */
function isShown(a: SavedAnnotation): boolean {
  return a.verdict !== 'unreviewed';
}

export function placeSavedIn(text: string, saved: SavedArticle): SavedPlacement {
  const { placed, orphans } = anchorAll(text, saved.annotations.filter(isShown));
  return {
    savedAt: saved.updatedAt,
    ranges: placed.map((p): [number, number] => [p.start, p.end]),
    orphans: orphans.map((a) => ({
      quote: a.selector.quote.exact.slice(0, ORPHAN_QUOTE_CHARS),
      note: a.note,
      speaker: effective(a)?.speaker ?? null,
    })),
  };
}
