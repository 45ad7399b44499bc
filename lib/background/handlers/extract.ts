/**
 * The page's reading: extraction and analysis (lib/tabs/extract-page.ts), answered together with
 * the library's saved version of the article, so that the page places it without a second round
 * trip (and without asking at all when nothing is saved); and the page's word that it is about to be
 * read, which starts a stopped worker early and has it read a page of its own (warm-page.ts) before
 * the page's copy arrives, as a tab starting to load a page does earlier still (warmWhenTabsLoad).
 */
import { browser } from 'wxt/browser';
import { rememberedUrl } from '../../memory/remembered-url';
import type { Handlers } from '../handler';
import { extractPage } from '../../tabs/extract-page';
import { libraryHandlers } from './library';
import { WARM_PAGE, WARM_PAGE_URL } from '../warm-page';
import { analyze } from '../../nlp/analyze';

/** The analysis's data (lexicon, tagger) is built on its first use: here, in the turn after the wake-up. */
function warmAnalysis(): void {
  analyze('Mayor Ana Ruiz said on Monday that the talks would go on.', { language: 'en' });
}

/**
 * A reading of our own page, answered to no one. A worker's first reading pays for what V8 does the
 * first time: each function that the parse, Readability and the analysis call runs slowly until it
 * is hot (Chromium keeps the worker's compiled code from one start to the next, not its speed).
 * Paid here, while the tab is still loading, the page's own reading finds it done.
 */
function warmReading(): void {
  extractPage({ type: 'page:extract', html: WARM_PAGE, url: WARM_PAGE_URL, detection: { isArticle: true, reason: 'warm-up' } });
}

/**
 * How long the warm-up reading waits. A page that asked before the worker had started has its
 * reading queued, and the browser hands it over within a few ms of the start. Read first, the
 * warm-up page held that reading back by all its own first-time cost, ~65 ms, more than it saved
 * (cold-start's load → done: 207 ms against 170 without it). Asked for within this delay, the
 * page's reading is read instead. The analysis's data is built at once either way: every reading
 * needs it.
 */
export const WARM_DELAY_MS = 25;

let warmed = false;
let warmTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Warms the worker up soon, once per worker: at the page's word that a reading is coming
 * (page:warm), or as soon as a tab starts loading a page (entrypoints/background.ts), whichever
 * comes first. The warm-up reading is left out once a page's own reading has come, which warms the
 * worker as much.
 */
export function warmReadingSoon(): void {
  if (warmed) return;
  warmed = true;
  setTimeout(warmAnalysis, 0);
  warmTimer = setTimeout(() => {
    warmTimer = null;
    warmReading();
  }, WARM_DELAY_MS);
}

/** A page's own reading came: the warm-up reading, if it has not run yet, is not needed. */
function cancelWarmUp(): void {
  warmed = true;
  if (warmTimer === null) return;
  clearTimeout(warmTimer);
  warmTimer = null;
}

/**
 * A tab starting to load a page: the browser starts a stopped worker for this event, and the
 * warm-up reading runs while the page loads, not after it (the page's own page:warm comes at
 * document_idle). Nothing of the tab is read: neither its address nor its title. Returns the way to stop.
 */
export function warmWhenTabsLoad(): () => void {
  const listener = (_tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') warmReadingSoon();
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
    warmReadingSoon();
    return { ok: true, value: null };
  },
  'page:extract': async (message, sender, deps) => {
    const arrived = epochMs();
    cancelWarmUp();
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
