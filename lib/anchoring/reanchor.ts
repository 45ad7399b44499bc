/**
 * Placing saved annotations again in an article text that may have changed since (DESIGN.md
 * convention 4): by position when the quote is still there, else by the quote found elsewhere,
 * else by a close enough version of it. What cannot be placed with confidence is an orphan, kept
 * and listed for the researcher, never silently dropped or put on the wrong passage.
 */
import type { SavedAnnotation, Selector } from '../library/types';
import { matchQuote } from './match-quote';

/**
 * 'exact': at its saved offsets; 'moved': the same words elsewhere (text inserted or removed
 * before it); 'fuzzy': words changed a little (a typo fixed, quote marks straightened).
 */
export type PlacedStatus = 'exact' | 'moved' | 'fuzzy';

export type Anchor = { status: PlacedStatus; start: number; end: number } | { status: 'orphan' };

export interface PlacedAnnotation {
  annotation: SavedAnnotation;
  start: number;
  end: number;
  status: PlacedStatus;
}

export interface AnchorResult {
  /** In the order the annotations were given. */
  placed: PlacedAnnotation[];
  orphans: SavedAnnotation[];
}

/** Where `selector` lies in `text` now, or orphan. */
export function anchor(text: string, selector: Selector): Anchor {
  const { exact, prefix, suffix } = selector.quote;
  // An empty quote matches everywhere, so it identifies nothing.
  if (exact.length === 0) return { status: 'orphan' };

  const { start, end } = selector.position;
  // Negative offsets would slice from the end of the text and could match there by accident.
  if (Number.isInteger(start) && start >= 0 && end === start + exact.length && text.slice(start, end) === exact) {
    return { status: 'exact', start, end };
  }

  // Exact occurrences first, scored by context with the old position as tie-breaker, then
  // approximate ones; matchQuote refuses anything below its thresholds.
  const match = matchQuote(text, exact, { prefix, suffix, hint: Number.isFinite(start) ? start : undefined });
  if (!match) return { status: 'orphan' };
  const status = text.slice(match.start, match.end) === exact ? 'moved' : 'fuzzy';
  return { status, start: match.start, end: match.end };
}

/** Every annotation lands in exactly one of `placed` and `orphans`. */
export function anchorAll(text: string, annotations: SavedAnnotation[]): AnchorResult {
  const placed: PlacedAnnotation[] = [];
  const orphans: SavedAnnotation[] = [];
  for (const annotation of annotations) {
    const found = anchor(text, annotation.selector);
    if (found.status === 'orphan') orphans.push(annotation);
    else placed.push({ annotation, start: found.start, end: found.end, status: found.status });
  }
  return { placed, orphans };
}
