/**
 * Saved articles as a spreadsheet: one row per attribution (highlights are passages, not claims),
 * in reading order. A researcher's sheet shows what they rejected too: those rows keep the values
 * they rejected, marked by the verdict column, rather than vanishing from the count.
 */
import Papa from 'papaparse';
import { effective, type SavedAnnotation, type SavedArticle } from '../library/types';

export const CSV_COLUMNS = [
  'article',
  'url',
  'outlet',
  'date',
  'speaker',
  'role',
  'source type',
  'cue',
  'content',
  'direct',
  'corrected',
  'verdict',
  'note',
] as const;

/** Excel reads a file as UTF-8 only when it begins with a byte-order mark. */
const BOM = '\uFEFF';

/**
 * OWASP's CSV injection guard: a cell beginning with = + - @ (or tab, carriage return) gets a
 * leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 * Our own pattern, not papaparse's `true`: its /^[=+\-@\t\r].*$/ misses a cell with a line break
 * in it, since `.` stops at the newline and `$` then fails.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The day of an ISO date ("2026-11-24"), which spreadsheets sort and read as a date; otherwise as written. */
function dayOf(publishedAt: string | null): string {
  if (!publishedAt) return '';
  return /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : publishedAt;
}

function rowOf(article: SavedArticle, a: SavedAnnotation): string[] {
  // Effective values; for a rejected row, what was rejected (the researcher's version, else the machine's).
  const data = effective(a) ?? a.correction ?? a.machine;
  return [
    article.title ?? '',
    article.url,
    article.outletName || article.outlet,
    dayOf(article.publishedAt),
    // The source as written when no named speaker was resolved ("a senior official", "he").
    data?.speaker ?? data?.source ?? '',
    data?.role ?? '',
    data?.sourceType ?? '',
    data?.cue ?? '',
    data?.content ?? '',
    data ? String(data.direct) : '',
    String(a.machine !== null && a.correction !== null),
    a.verdict,
    a.note,
  ];
}

/** The attributions of `articles` as CSV: BOM, header row, CRLF line ends, quotes where needed. */
export function toCsv(articles: SavedArticle[]): string {
  const data = articles.flatMap((article) =>
    article.annotations
      .filter((a) => a.type === 'attribution')
      .sort((x, y) => x.selector.position.start - y.selector.position.start)
      .map((a) => rowOf(article, a)),
  );
  const body = Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
  // A final line end, as RFC 4180 allows and line-based tools expect (papaparse ends a header-only file with one).
  return BOM + body + (body.endsWith('\r\n') ? '' : '\r\n');
}
