/**
 * The research library on the page: saving the article read here (its text and analysis go to the
 * background, the only writer), and placing a saved version's annotations on the live page again.
 * Annotations that cannot be placed are counted and listed, never dropped.
 */
import { i18n } from '#i18n';
import type { Extraction } from '../article/extract';
import { rangesFor } from '../anchoring/text-range';
import { anchorAll } from '../anchoring/reanchor';
import { nativeHighlightApi } from '../highlight/css-highlights';
import { effective, type SavedArticle } from '../library/types';
import { rememberedUrl } from '../memory/remembered-url';
import { ask } from '../messaging/ask';
import type { Result, SavedOnPage } from '../messaging/protocol';
import type { Analysis } from '../nlp/types';

export async function saveReading(
  extraction: Extraction | null,
  analysis: Analysis | null,
  pageUrl: string,
): Promise<Result<SavedArticle>> {
  const url = extraction && rememberedUrl(extraction.article.canonicalUrl, pageUrl);
  if (!extraction || !analysis || !url) return { ok: false, error: i18n.t('error.nothingToSave') };
  // The background makes the library's record of it (the library's only writer).
  return ask({ type: 'library:save', article: { ...extraction.article, canonicalUrl: url }, analysis });
}

/** The researcher's annotations are what is shown again: the machine's own are painted anyway. */
function isShown(a: SavedArticle['annotations'][number]): boolean {
  return a.verdict !== 'unreviewed';
}

const HIGHLIGHT = 'sourcelight-saved';

/** The saved version of this page's article, if there is one. */
async function fetchSaved(extraction: Extraction, doc: Document): Promise<SavedArticle | null> {
  const url = rememberedUrl(extraction.article.canonicalUrl, doc.URL);
  const answer = url ? await ask({ type: 'library:get', url }) : null;
  return answer?.ok ? answer.value : null;
}

/**
 * Places the saved annotations of this page's article, paints them, and says what could not be
 * placed. `known` is the saved version when the caller has it (saving answers it, and so does the
 * background's extraction: null, none saved); undefined, it is asked for.
 */
export async function placeSaved(extraction: Extraction, doc: Document, known?: SavedArticle | null): Promise<SavedOnPage | null> {
  const saved = known === undefined ? await fetchSaved(extraction, doc) : known;
  if (!saved) return null;
  const { placed, orphans } = anchorAll(extraction.article.text, saved.annotations.filter(isShown));
  const api = nativeHighlightApi();
  api?.registry.set(HIGHLIGHT, new api.Highlight(...placed.flatMap((p) => rangesFor(extraction.map, p.start, p.end, doc))));
  return {
    savedAt: saved.updatedAt,
    placed: placed.length,
    orphans: orphans.map((a) => ({ quote: a.selector.quote.exact.slice(0, 200), note: a.note, speaker: effective(a)?.speaker ?? null })),
  };
}

export function clearSaved(): void {
  nativeHighlightApi()?.registry.delete(HIGHLIGHT);
}
