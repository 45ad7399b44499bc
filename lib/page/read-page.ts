/** The content script's work on a page: detect and extract its article, never throwing. */
import { readArticle, type Extraction } from '../article';
import { summariseArticle, type TabState } from '../messaging/protocol';

// Pages past this many elements are not read: Readability's cost grows with the page, and no
// news article needs a hundred thousand elements.
const MAX_ELEMENTS = 100_000;

export interface PageReading {
  state: TabState;
  /** The extraction, for highlighting; null when there is no article. */
  extraction: Extraction | null;
}

export function readPage(doc: Document, pageId: string, now: number = Date.now()): PageReading {
  try {
    const extraction = readArticle(doc, { url: doc.URL, maxElements: MAX_ELEMENTS });
    if (!extraction.article.detected) {
      const reason = extraction.article.reason;
      return { state: { pageId, article: null, reason, error: null, checkedAt: now }, extraction: null };
    }
    const article = summariseArticle(extraction.article);
    return { state: { pageId, article, reason: article.reason, error: null, checkedAt: now }, extraction };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { state: { pageId, article: null, reason: 'could not read the page', error, checkedAt: now }, extraction: null };
  }
}
