/**
 * Finding a saved quote in a changed text, as Hypothesis does (client/src/annotator/anchoring/
 * match-quote.ts): exact occurrences first, else the closest approximate ones (Myers' bit-parallel
 * edit distance, approx-string-match), each scored on the quote, the text around it and its
 * distance from where it used to be. Unlike Hypothesis, the best candidate must also pass a
 * minimum score: a researcher's note on a passage that merely resembles the one they annotated
 * is worse than an annotation listed as not found.
 */
import search from 'approx-string-match';

export interface QuoteContext {
  /** Text expected right before the quote. */
  prefix?: string;
  /** Text expected right after the quote. */
  suffix?: string;
  /** Where the quote used to start: breaks ties between otherwise equal candidates. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0–1: 1 is the quote verbatim, with its prefix and suffix, where it was. */
  score: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

// Hypothesis's weights: the quote counts most, the context next; position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * At most one edit per four characters of the quote. A corrected typo, a changed number, a word
 * swapped, straight for curly quote marks or collapsed white space cost a few characters; when a
 * quarter of the characters differ, the passage says something else.
 */
export const MIN_QUOTE_SIMILARITY = 0.75;

/**
 * The weighted score a changed quote must reach. With no help from the context a quote scores at
 * most (50 + 2) / 92 ≈ 0.57, so this demands that the surroundings confirm it too: a verbatim quote
 * needs prefix + suffix similarity ≥ 0.85 (one side largely intact), a quote at the 0.75 floor
 * needs ≥ 1.475 (both sides mostly intact).
 */
export const MIN_SCORE = 0.75;

/**
 * A verbatim quote at least this long (the context length Hypothesis finds enough to identify a
 * place) is the passage itself, not a resemblance: it is accepted even where both neighbouring
 * paragraphs changed. Shorter verbatim quotes ("Kessen", "the council said") recur by chance
 * and need MIN_SCORE like any other.
 */
export const DISTINCTIVE_LENGTH = 32;

/** Hypothesis's cap: the approximate search costs O(maxErrors / 32 · text length). */
export const MAX_ERRORS = 256;

/** Candidates scored at most, the nearest to the hint: only degenerate quotes ("a") have more. */
export const MAX_CANDIDATES = 64;

// Context compared at most, nearest the quote: imported selectors may carry longer context.
const MAX_CONTEXT = 64;

/**
 * Errors the approximate search allows. Hypothesis allows min(256, length / 2); anything beyond
 * length / 4 would fail MIN_QUOTE_SIMILARITY, and the search only reports its lowest-error
 * matches, so the tighter bound changes no outcome and costs at most half as much.
 */
export function errorBudget(quoteLength: number): number {
  return Math.min(MAX_ERRORS, Math.floor(quoteLength * (1 - MIN_QUOTE_SIMILARITY)));
}

/** The best place for `quote` in `text`, or null when no candidate passes the thresholds above. */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const exact = occurrences(text, quote);
  // No fallback to the approximate search when exact occurrences were rejected: its lowest-error
  // matches would be those same occurrences.
  const candidates = exact.length > 0 ? exact : search(text, quote, errorBudget(quote.length));

  let best: (QuoteMatch & { errors: number }) | null = null;
  for (const candidate of nearest(candidates, context.hint)) {
    const score = scoreCandidate(text, quote.length, candidate, context);
    if (!best || score > best.score) best = { ...candidate, score };
  }
  if (!best) return null;

  const quoteSimilarity = 1 - best.errors / quote.length;
  const distinctive = best.errors === 0 && quote.length >= DISTINCTIVE_LENGTH;
  if (!distinctive && (quoteSimilarity < MIN_QUOTE_SIMILARITY || best.score < MIN_SCORE)) return null;
  return { ...snapToContext(text, best, quote.length, context), score: best.score };
}

/**
 * The edit-distance alignment leaves the ends of a changed quote uncertain: with its first word
 * changed ("Whoever" → "Whichever side") the cheapest match starts mid-word ("r side boards…").
 * Where the saved prefix or suffix stands verbatim near an end (within the error budget, the
 * most the edits of an acceptable match can have moved it), that end is moved to it, so the
 * highlight covers the changed words and none of the context.
 */
function snapToContext(text: string, m: Candidate, quoteLength: number, context: QuoteContext): { start: number; end: number } {
  let { start, end } = m;
  if (m.errors === 0) return { start, end };
  const slack = errorBudget(quoteLength);
  const suffix = context.suffix?.slice(0, MAX_CONTEXT);
  if (suffix) {
    const from = Math.max(start + 1, end - slack);
    const at = text.slice(from, end + slack + suffix.length).indexOf(suffix);
    if (at !== -1) end = from + at;
  }
  const prefix = context.prefix?.slice(-MAX_CONTEXT);
  if (prefix) {
    const from = Math.max(0, start - slack - prefix.length);
    const at = text.slice(from, Math.min(end - 1, start + slack)).lastIndexOf(prefix);
    if (at !== -1) start = from + at + prefix.length;
  }
  return { start, end };
}

function occurrences(text: string, quote: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    out.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return out;
}

function nearest(candidates: Candidate[], hint: number | undefined): Candidate[] {
  if (candidates.length <= MAX_CANDIDATES) return candidates;
  if (typeof hint !== 'number') return candidates.slice(0, MAX_CANDIDATES);
  // Stable sort: equally distant candidates keep text order, so the result is deterministic.
  return [...candidates].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, MAX_CANDIDATES);
}

function scoreCandidate(text: string, quoteLength: number, m: Candidate, context: QuoteContext): number {
  const quoteScore = 1 - m.errors / quoteLength;
  const prefix = context.prefix?.slice(-MAX_CONTEXT);
  const suffix = context.suffix?.slice(0, MAX_CONTEXT);
  const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
  const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
  // Clamped: a hint from a longer text (offsets past this one's end) must not subtract from the score.
  const positionScore = typeof context.hint === 'number' ? Math.max(0, 1 - Math.abs(m.start - context.hint) / text.length) : 1;
  const raw = QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
  return raw / TOTAL_WEIGHT;
}

/** 0–1: how much of `expected` survives in `actual` (1 − edit distance / length). */
function similarity(actual: string, expected: string): number {
  if (actual.length === 0 || expected.length === 0) return 0;
  if (actual.includes(expected)) return 1;
  const [match] = search(actual, expected, expected.length);
  return match ? Math.max(0, 1 - match.errors / expected.length) : 0;
}
