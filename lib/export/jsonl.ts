/**
 * Saved articles as JSON Lines (https://jsonlines.org/): one full record a line, the lossless
 * format: text, annotations and all, read back to equal records.
 */
import type { SavedArticle } from '../library/types';
import { orderedArticle } from './field-order';
import { parseJson, savedArticleSchema, validate, type Parsed } from './schema';

/** Has the keys of a saved article: worth validating field by field, rather than another tool's record. */
export function isArticleLike(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v) && 'url' in v && 'annotations' in v;
}

/** One line an article, its fields in one order (field-order.ts): the same library gives the same bytes. */
export function toJsonLines(articles: SavedArticle[]): string {
  return articles.map((a) => JSON.stringify(orderedArticle(a)) + '\n').join('');
}

/**
 * The articles of a JSON Lines export, each line validated; blank lines are skipped. The error
 * names the line. One article a URL and one annotation an id across the file: a repeat is an error,
 * not something to choose between silently.
 */
export function fromJsonLines(text: string): Parsed<SavedArticle[]> {
  const articles: SavedArticle[] = [];
  const urls = new Map<string, number>();
  const ids = new Map<string, number>();
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const where = lines.length > 1 ? `line ${i + 1}: ` : '';
    const json = parseJson(line);
    if (!json.ok) return { ok: false, error: `${where}${json.error}` };
    if (!isArticleLike(json.value)) return { ok: false, error: `${where}not a Sourcelight saved article (an object with url, text and annotations): is the file from another tool?` };
    const article = validate(savedArticleSchema, json.value);
    if (!article.ok) return { ok: false, error: `${where}${article.error}` };
    const { url, annotations } = article.value;
    if (urls.has(url)) return { ok: false, error: `${where}${url} is already on line ${urls.get(url)}` };
    urls.set(url, i + 1);
    for (const a of annotations) {
      if (ids.has(a.id)) return { ok: false, error: `${where}annotation ${a.id} is already on line ${ids.get(a.id)}` };
      ids.set(a.id, i + 1);
    }
    articles.push(article.value);
  }
  if (!articles.length) return { ok: false, error: 'has no articles' };
  return { ok: true, value: articles };
}
