/**
 * Saved articles as JSON Lines (https://jsonlines.org/): one full record a line, the lossless
 * format: text, annotations and all, read back to equal records.
 */
import type { SavedArticle } from '../library/types';
import { quoteStart } from './cut';
import { nameAnnotation, type ImportRead } from './import-report';
import { isPlacedIn, placeIn } from './merge';
import { orderedArticle } from './field-order';
import { parseJson, savedArticleSchema, validate } from './schema';

/** Has the keys of a saved article: worth validating field by field, rather than another tool's record. */
export function isArticleLike(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && 'url' in v && 'annotations' in v;
}

/** One line an article, its fields in one order (field-order.ts): the same library gives the same bytes. */
export function toJsonLines(articles: SavedArticle[]): string {
  return articles.map((a) => JSON.stringify(orderedArticle(a)) + '\n').join('');
}

/**
 * The article with each annotation that does not select its quote (an offset past the end of the
 * text, or a text edited by hand) placed again where its quote is, else kept as it is and listed as
 * not placed: never dropped, never passed on as if it were placed.
 */
function placeAll(article: SavedArticle, where: string): { article: SavedArticle; notes: string[] } {
  const notes: string[] = [];
  const annotations = article.annotations.map((a, i) => {
    if (isPlacedIn(article.text, a)) return a;
    const { start, end } = a.selector.position;
    const why =
      end > article.text.length
        ? `points past the end of the text (characters ${start}–${end} of ${article.text.length})`
        : `does not hold its quote at characters ${start}–${end}`;
    const placed = placeIn(article.text, a);
    const name = `${where}${nameAnnotation(i, a.id)}`;
    notes.push(
      placed
        ? `${name} ${why}; placed again where its quote ${quoteStart(a.selector.quote.exact)} is (characters ${placed.selector.position.start}–${placed.selector.position.end})`
        : `${name} ${why}, and its quote ${quoteStart(a.selector.quote.exact)} is not in the text; imported as not placed`,
    );
    return placed ?? a;
  });
  return { article: notes.length ? { ...article, annotations } : article, notes };
}

/** What a JSON Lines file gave, and how many of its lines were JSON objects (is it JSON Lines at all?). */
export type LinesRead = ImportRead & { objects: number };

/**
 * The articles of a JSON Lines export, each line validated on its own: a line that fails is left out
 * and listed with its line number, and the others are taken; blank lines are skipped. One article a
 * URL and one annotation an id across the file: a line repeating one is left out, not chosen
 * between silently. `lineProblems` are lines already known to be unreadable (bytes not UTF-8).
 */
export function fromJsonLines(text: string, lineProblems: ReadonlyMap<number, string> = new Map()): LinesRead {
  const read: LinesRead = { articles: [], rejected: [], notes: [], objects: 0 };
  const urls = new Map<string, number>();
  const ids = new Map<string, number>();
  const lines = text.split('\n');
  const many = lines.length > 1;
  for (const [i, raw] of lines.entries()) {
    const where = many ? `line ${i + 1}: ` : '';
    const reject = (why: string) => read.rejected.push(`${where}${why}`);
    const problem = lineProblems.get(i + 1);
    if (problem) {
      reject(problem);
      continue;
    }
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const json = parseJson(line);
    if (!json.ok) {
      reject(json.error);
      continue;
    }
    if (json.value && typeof json.value === 'object' && !Array.isArray(json.value)) read.objects++;
    if (!isArticleLike(json.value)) {
      reject('not a Sourcelight saved article (an object with url, text and annotations): is the file from another tool?');
      continue;
    }
    const article = validate(savedArticleSchema, json.value);
    if (!article.ok) {
      reject(article.error);
      continue;
    }
    const { url, annotations } = article.value;
    if (urls.has(url)) {
      reject(`${url} is already on line ${urls.get(url)}`);
      continue;
    }
    const repeated = annotations.find((a) => ids.has(a.id));
    if (repeated) {
      reject(`annotation ${repeated.id} is already on line ${ids.get(repeated.id)}`);
      continue;
    }
    urls.set(url, i + 1);
    for (const a of annotations) ids.set(a.id, i + 1);
    const placed = placeAll(article.value, where);
    read.notes.push(...placed.notes);
    read.articles.push(placed.article);
  }
  return read;
}
