/** The article pipeline in one call: detect, then extract. */
import { detectArticle } from './detect';
import { extractArticle, type Extraction } from './extract';
import { readPageMeta } from './page-meta';

export interface ReadPageOptions {
  url?: string | null;
  /** Extract even when detection says the page is not an article (the CLI does, for evaluation). */
  always?: boolean;
  maxElements?: number;
  domainOf?: (url: string) => string | null;
}

/**
 * Detects and extracts the article of `doc`. Returns null when the page is not an article and
 * `always` is not set: the cheap gates spare the clone and Readability on most pages.
 */
export function readArticle(doc: Document, options: ReadPageOptions = {}): Extraction | null {
  const meta = readPageMeta(doc);
  const detection = detectArticle(doc, options.url ?? doc.URL, meta);
  if (!detection.isArticle && !options.always) return null;
  return extractArticle(doc, { ...options, detection, meta });
}

export { detectArticle, extractArticle, readPageMeta };
export type { Extraction };
