/**
 * The background's share of reading a page: the content script sends a copy of the page's HTML
 * (it never leaves the browser), and extraction and analysis run here, off the page's main
 * thread, so that a long article does not make the page stutter.
 */
import { parseHTML } from 'linkedom';
import { extractArticle } from '../article/extract';
import { indexRuns } from '../article/indexed-map';
import { registrableDomain } from '../article/outlet';
import type { ExtractAnswer, ExtractRequest, Result } from '../messaging/protocol';
import { analyze } from '../nlp/analyze';

// Pages past this many elements are not read: Readability's cost grows with the page, and no
// news article needs a hundred thousand elements.
const MAX_ELEMENTS = 100_000;

export function extractPage(request: ExtractRequest): Result<ExtractAnswer> {
  try {
    const { document } = parseHTML(request.html);
    const doc = document as unknown as Document;
    const { article, map } = extractArticle(doc, {
      url: request.url,
      detection: request.detection,
      domainOf: registrableDomain,
      maxElements: MAX_ELEMENTS,
    });
    const analysis = analyze(article.text, { language: article.language });
    return { ok: true, value: { article, runs: indexRuns(doc.documentElement, map), analysis } };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
