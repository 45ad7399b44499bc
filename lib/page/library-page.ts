/**
 * The research library on the page: saving the article read here (its text and analysis go to the
 * background, the only writer), and painting a saved version's annotations on the live page again.
 * The background places them in the article text (lib/library/placement.ts); those it could not
 * place are counted and listed, never dropped.
 */
import { i18n } from '#i18n';
import type { Extraction } from '../article/extract';
import { rangesFor } from '../anchoring/text-range';
import { nativeHighlightApi } from '../highlight/css-highlights';
import type { SavedArticle } from '../library/types';
import { rememberedUrl } from '../memory/remembered-url';
import { ask } from '../messaging/ask';
import type { Result, SavedOnPage, SavedPlacement } from '../messaging/protocol';
import type { Analysis } from '../nlp/types';

/** Saves the reading; answers the record as stored, and its annotations placed in this page's text. */
export async function saveReading(
  extraction: Extraction | null,
  analysis: Analysis | null,
  pageUrl: string,
): Promise<Result<{ saved: SavedArticle; placement: SavedPlacement }>> {
  const url = extraction && rememberedUrl(extraction.article.canonicalUrl, pageUrl);
  if (!extraction || !analysis || !url) return { ok: false, error: i18n.t('error.nothingToSave') };
  // The background makes the library's record of it (the library's only writer).
  return ask({ type: 'library:save', article: { ...extraction.article, canonicalUrl: url }, analysis });
}

const HIGHLIGHT = 'sourcelight-saved';

/** The saved version of this page's article placed in its text, if there is one. */
async function fetchPlacement(extraction: Extraction, doc: Document): Promise<SavedPlacement | null> {
  const url = rememberedUrl(extraction.article.canonicalUrl, doc.URL);
  const answer = url ? await ask({ type: 'library:place', url, text: extraction.article.text }) : null;
  return answer?.ok ? answer.value : null;
}

/**
 * Paints the saved annotations of this page's article and says what could not be placed. `known`
 * is their placement when the caller has it (saving answers it, and so does the background's
 * extraction: null, none saved); undefined, it is asked for.
 */
export async function placeSaved(extraction: Extraction, doc: Document, known?: SavedPlacement | null): Promise<SavedOnPage | null> {
  const placement = known === undefined ? await fetchPlacement(extraction, doc) : known;
  if (!placement) return null;
  const api = nativeHighlightApi();
  api?.registry.set(
    HIGHLIGHT,
    new api.Highlight(...placement.ranges.flatMap(([start, end]) => rangesFor(extraction.map, start, end, doc))),
  );
  return { savedAt: placement.savedAt, placed: placement.ranges.length, orphans: placement.orphans };
}

export function clearSaved(): void {
  nativeHighlightApi()?.registry.delete(HIGHLIGHT);
}
