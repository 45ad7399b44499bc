/**
 * The page's reading: extraction and analysis (lib/tabs/extract-page.ts), answered together with
 * the library's saved version of the article, so that the page places it without a second round
 * trip (and without asking at all when nothing is saved); and the page's word that it is about to be
 * read, which starts a stopped worker early and builds the analysis's data before the page's copy
 * arrives, as a tab starting to load a page does earlier still (warmWhenTabsLoad).
 */
import { browser } from 'wxt/browser';
import { rememberedUrl } from '../../memory/remembered-url';
import type { Handlers } from '../handler';
import { extractPage } from '../../tabs/extract-page';
import { libraryHandlers } from './library';
import { analyze } from '../../nlp/analyze';

/** The analysis's data (lexicon, tagger) is built on its first use: here, a turn after the answer. */
function warmAnalysis(): void {
  analyze('Mayor Ana Ruiz said on Monday that the talks would go on.', { language: 'en' });
}

let warmed = false;

/**
 * Builds the analysis's data soon, once per worker: at the page's word that a reading is coming
 * (page:warm), or as soon as a tab starts loading a page (entrypoints/background.ts), whichever
 * comes first. The page's extraction, arriving meanwhile, waits behind it, not for it twice.
 */
export function warmAnalysisSoon(): void {
  if (!warmed) setTimeout(warmAnalysis, 0);
  warmed = true;
}

/**
 * A tab starting to load a page: the browser starts a stopped worker for this event, and the
 * analysis's data is built while the page loads, not after it (the page's own page:warm comes at
 * document_idle). Nothing of the tab is read: neither its address nor its title. Returns the way to stop.
 */
export function warmWhenTabsLoad(): () => void {
  const listener = (_tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') warmAnalysisSoon();
  };
  browser.tabs.onUpdated.addListener(listener);
  return () => browser.tabs.onUpdated.removeListener(listener);
}

/** The library's answer: the saved version placed in the text, or null, or why it could not be read. */
type Placed = Awaited<ReturnType<(typeof libraryHandlers)['library:place']>>;

/** Now on a clock the page shares (the worker's performance clock starts elsewhere), ms. */
const epochMs = () => performance.timeOrigin + performance.now();

export const extractHandlers: Pick<Handlers, 'page:warm' | 'page:extract'> = {
  'page:warm': () => {
    warmAnalysisSoon();
    return { ok: true, value: null };
  },
  'page:extract': async (message, sender, deps) => {
    const arrived = epochMs();
    // The library's own read (handlers/library.ts: one rule for what "saved" is), started as soon as
    // the article's address and text are known, before the analysis: IndexedDB answers meanwhile
    // (on a stopped worker it opens the database too), and the answer waits for it the less.
    // None where the article has no address to remember it by (or none was found).
    const pending: { lookup?: Promise<Placed | null> } = {};
    const answer = extractPage(message, (article) => {
      const url = article.detected ? rememberedUrl(article.canonicalUrl, message.url) : null;
      if (!url) return;
      const place = { type: 'library:place' as const, url, text: article.text };
      // Called now, not in a later turn: its read is sent to IndexedDB before the analysis starts.
      pending.lookup = Promise.resolve(libraryHandlers['library:place'](place, sender, deps)).catch(() => null);
    });
    if (!answer.ok || !answer.value.article.detected) return answer;
    if (!pending.lookup) return { ok: true, value: { ...answer.value, saved: null } };
    const asked = performance.now();
    const saved = await pending.lookup;
    const took = { ...answer.value.took, saved: Math.round((performance.now() - asked) * 10) / 10, arrived, answered: epochMs() };
    // A lookup that failed leaves `saved` out: the page asks again itself, nothing is lost.
    return { ok: true, value: { ...answer.value, took, ...(saved?.ok ? { saved: saved.value } : {}) } };
  },
};
