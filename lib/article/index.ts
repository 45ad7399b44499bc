/** The article pipeline in one call: detect, then extract. */
import { detectArticle } from './detect';
import { emptyExtraction, extractArticle, type Extraction } from './extract';
import { readPageMeta } from './page-meta';

export interface ReadPageOptions {
  url?: string | null;
  /** Extract even when detection says the page is not an article (the CLI does, for evaluation). */
  always?: boolean;
  maxElements?: number;
  domainOf?: (url: string) => string | null;
}

/**
 * Detects and extracts the article of `doc`. When the page is not an article and `always` is not
 * set, the extraction is empty (with detection's reason): the cheap gates spare most pages the
 * clone and Readability.
 */
export function readArticle(doc: Document, options: ReadPageOptions = {}): Extraction {
  const meta = readPageMeta(doc);
  const detection = detectArticle(doc, options.url ?? doc.URL, meta);
  if (!detection.isArticle && !options.always) return emptyExtraction(detection);
  return extractArticle(doc, { ...options, detection, meta });
}

export { detectArticle, extractArticle, readPageMeta };
export type { Extraction };
