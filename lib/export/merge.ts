/**
 * Merging imported articles into the library: by URL, annotations by id, the later `modified`
 * winning; nothing is duplicated, and importing the same file twice changes nothing the second time.
 */
import { selectorFor } from '../anchoring/selectors';
import { cutWhole } from './cut';
import type { SavedAnnotation, SavedArticle } from '../library/types';

export interface MergeResult {
  merged: SavedArticle[];
  /** Incoming articles the library did not have. */
  added: number;
  /** Library articles the import changed. */
  updated: number;
  /** Incoming articles the library already had as they are. */
  unchanged: number;
  /**
   * Annotations whose quote is nowhere in the text kept (the two sides had different texts of the
   * article, and the passage is gone from the newer one): kept with their old selectors, and
   * listed in the import's result as not placed.
   */
  orphans: Orphan[];
}

/** An annotation kept but not placed in its article's text: enough to find it in the library. */
export interface Orphan {
  url: string;
  title: string | null;
  id: string;
  quote: string;
}

const isLater = (a: string, b: string) => Date.parse(a) > Date.parse(b);

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** Does the annotation's position hold its quote in `text`? (An article without text has nothing to place in.) */
export function isPlacedIn(text: string, a: SavedAnnotation): boolean {
  const { position, quote } = a.selector;
  return !text || (position.end <= text.length && text.slice(position.start, position.end) === quote.exact);
}

/**
 * The annotation placed in `text`: as it is when its quote is still at its position, else at the
 * occurrence of its quote whose context matches best (then the nearest), else null.
 */
export function placeIn(text: string, a: SavedAnnotation): SavedAnnotation | null {
  const { position, quote } = a.selector;
  if (isPlacedIn(text, a)) return a;
  if (!quote.exact) return null;
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(quote.exact); at >= 0; at = text.indexOf(quote.exact, at + 1)) {
    const before = at >= quote.prefix.length && text.startsWith(quote.prefix, at - quote.prefix.length);
    const context = Number(before) + Number(text.startsWith(quote.suffix, at + quote.exact.length));
    const score = context * 1e9 - Math.abs(at - position.start);
    if (!best || score > best.score) best = { start: at, score };
  }
  return best ? { ...a, selector: selectorFor(text, best.start, best.start + quote.exact.length) } : null;
}

function mergeArticle(base: SavedArticle, other: SavedArticle): { article: SavedArticle; orphans: SavedAnnotation[] } {
  const newer = isLater(other.updatedAt, base.updatedAt) ? other : base;
  // An import from JSON-LD has no text: the one that has it keeps it, with the entities read from it.
  const textFrom = !other.text ? base : !base.text ? other : newer;
  const byId = new Map(base.annotations.map((a) => [a.id, a]));
  for (const a of other.annotations) {
    const had = byId.get(a.id);
    if (!had || isLater(a.modified, had.modified)) byId.set(a.id, a);
  }
  const orphans: SavedAnnotation[] = [];
  const annotations: SavedAnnotation[] = [];
  for (const a of byId.values()) {
    const placed = placeIn(textFrom.text, a);
    // Never dropped: one whose passage is gone stays with its old selector, listed as not placed.
    if (placed) annotations.push(placed);
    else {
      orphans.push(a);
      annotations.push(a);
    }
  }
  const article: SavedArticle = {
    ...newer,
    text: textFrom.text,
    entities: textFrom.entities,
    annotations,
    tags: [...new Set([...base.tags, ...other.tags])],
    savedAt: isLater(other.savedAt, base.savedAt) ? base.savedAt : other.savedAt,
    updatedAt: newer.updatedAt,
  };
  return { article, orphans };
}

export function mergeArticles(existing: SavedArticle[], incoming: SavedArticle[]): MergeResult {
  const merged = [...existing];
  const index = new Map(merged.map((a, i) => [a.url, i]));
  const result = { added: 0, updated: 0, unchanged: 0, orphans: [] as Orphan[] };
  for (const article of incoming) {
    const at = index.get(article.url);
    if (at === undefined) {
      index.set(article.url, merged.length);
      merged.push(article);
      result.added++;
      continue;
    }
    const { article: next, orphans } = mergeArticle(merged[at]!, article);
    for (const a of orphans)
      result.orphans.push({ url: next.url, title: next.title, id: a.id, quote: cutWhole(a.selector.quote.exact, 200) });
    if (isDeepEqual(next, merged[at])) result.unchanged++;
    else {
      merged[at] = next;
      result.updated++;
    }
  }
  return { merged, ...result };
}
