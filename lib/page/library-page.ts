/**
 * The research library on the page: saving the article read here (its text and analysis go to the
 * background, the only writer), and placing a saved version's annotations on the live page again.
 * Annotations that cannot be placed are counted and listed, never dropped.
 */
import { browser } from 'wxt/browser';
import type { Extraction } from '../article/extract';
import { rangesFor } from '../anchoring/text-range';
import { anchorAll } from '../anchoring/reanchor';
import { savedFromAnalysis } from '../export/from-analysis';
import { effective, type SavedArticle } from '../library/types';
import type { Message, Result, SavedOnPage } from '../messaging/protocol';
import type { Analysis } from '../nlp/types';

type Send = (message: unknown) => Promise<unknown>;
const send: Send = (message) => browser.runtime.sendMessage(message);

export async function saveReading(extraction: Extraction | null, analysis: Analysis | null, pageUrl: string, post: Send = send): Promise<Result<SavedArticle>> {
  if (!extraction || !analysis) return { ok: false, error: 'there is no article on this page to save' };
  const article = { ...extraction.article, canonicalUrl: extraction.article.canonicalUrl ?? pageUrl.replace(/#.*$/, '') };
  const saved = savedFromAnalysis(article, analysis, new Date().toISOString());
  const answer = (await post({ type: 'library:save', article: saved }).catch((e: unknown) => ({ ok: false, error: String(e) }))) as Result<SavedArticle> | undefined;
  return answer ?? { ok: false, error: 'no answer from the background' };
}

/** The researcher's annotations are what is shown again: the machine's own are painted anyway. */
function isShown(a: SavedArticle['annotations'][number]): boolean {
  return a.verdict !== 'unreviewed';
}

const HIGHLIGHT = 'sourcelight-saved';

/** Places the saved annotations of this page's article, paints them, and says what could not be placed. */
export async function placeSaved(extraction: Extraction, doc: Document, post: Send = send): Promise<SavedOnPage | null> {
  const url = extraction.article.canonicalUrl ?? doc.URL.replace(/#.*$/, '');
  const message: Message | { type: 'library:get'; url: string } = { type: 'library:get', url };
  const answer = (await post(message).catch(() => undefined)) as Result<SavedArticle | null> | undefined;
  const saved = answer?.ok ? answer.value : null;
  if (!saved) return null;
  const shown = saved.annotations.filter(isShown);
  const { placed, orphans } = anchorAll(extraction.article.text, shown);
  const ranges = placed.flatMap((p) => rangesFor(extraction.map, p.start, p.end, doc));
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) registry.set(HIGHLIGHT, new HighlightCtor(...ranges));
  return {
    savedAt: saved.updatedAt,
    placed: placed.length,
    orphans: orphans.map((a) => ({ quote: a.selector.quote.exact.slice(0, 200), note: a.note, speaker: effective(a)?.speaker ?? null })),
  };
}

export function clearSaved(): void {
  (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete(HIGHLIGHT);
}
