/**
 * The background's share of reading a page: the content script sends a copy of the page's HTML
 * (it never leaves the browser), and extraction and analysis run here, off the page's main
 * thread, so that a long article does not make the page stutter.
 */
import { extractOwnCopy } from '../article/extract';
import { parsePage } from '../article/parse-page';
import { indexRuns, textIndex } from '../article/indexed-map';
import { registrableDomain } from '../article/outlet';
import type { ExtractAnswer, ExtractRequest, Result } from '../messaging/protocol';
import type { ArticleInfo } from '../types';
import { digestAnalysis } from '../memory/digest';
import { analyze } from '../nlp/analyze';

// Pages past this many elements are not read: Readability's cost grows with the page, and no
// news article needs a hundred thousand elements.
const MAX_ELEMENTS = 100_000;

/** A clock that hears the end of each step: how long each took since the one before, ms. */
function steps(): { took: Record<string, number>; lap(name: string): void } {
  const took: Record<string, number> = {};
  let last = performance.now();
  return {
    took,
    lap: (name) => {
      const now = performance.now();
      took[name] = Math.round((now - last) * 10) / 10;
      last = now;
    },
  };
}

/** The page's copy parsed, and each of its text nodes' place in document order (taken before Readability moves them). */
function parseCopy(html: string): { doc: Document; index: Map<Node, number> } {
  const doc = parsePage(html);
  return { doc, index: textIndex(doc.documentElement) };
}

/**
 * The page's copy read: parsed, its article extracted, then analysed. `onArticle` hears the article
 * between the extraction and the analysis (the background starts the library's lookup of it there,
 * so that IndexedDB answers while the analysis runs).
 */
export function extractPage(request: ExtractRequest, onArticle?: (article: ArticleInfo) => void): Result<ExtractAnswer> {
  try {
    const { took, lap } = steps();
    let { doc, index } = parseCopy(request.html);
    lap('parse');
    const options = { url: request.url, detection: request.detection, domainOf: registrableDomain, maxElements: MAX_ELEMENTS };
    // The copy is ours alone: read in place, without the clone extractArticle makes of a page
    // others read; a fresh copy, with its own index, where Readability found nothing.
    const fresh = () => {
      ({ doc, index } = parseCopy(request.html));
      return doc;
    };
    const { article, map } = extractOwnCopy(doc, fresh, options);
    lap('extract');
    onArticle?.(article);
    const analysis = analyze(article.text, { language: article.language, languageChecked: true });
    lap('analyze');
    const runs = indexRuns(index, map);
    lap('runs');
    // What the store keeps of it, made here rather than in the page: the page hands it back with its
    // state (page:read), and its code stays out of the script every page loads.
    return { ok: true, value: { article, runs, analysis, digest: digestAnalysis(analysis), took } };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
