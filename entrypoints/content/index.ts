import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Extraction } from '@/lib/article/extract';
import type { Analysis } from '@/lib/nlp/types';
import { clearSaved, placeSaved, saveReading } from '@/lib/page/library-page';
import type { TabState } from '@/lib/messaging/protocol';
import { ask, send } from '@/lib/messaging/ask';
import { pageListener } from '@/lib/messaging/answer-page';
import type { SavedArticle } from '@/lib/library/types';
import { CardController, type CardSource } from '@/lib/overlay/cards';
import { guardReading, type Stage } from '@/lib/page/guard-reading';
import { whenIdle } from '@/lib/page/idle';
import { countFound, paintAnalysisInStretches, type MarkUp } from '@/lib/page/mark-up';
import { readPageRemote } from '@/lib/page/read-remote';
import { digestAnalysis } from '@/lib/memory/digest';
import { articleRoot, watchPage } from '@/lib/page/watch';
import { knowledgeAdapter } from '@/lib/page/knowledge-adapter';
import { uuidV4 } from '@/lib/uuid';
import { changesHighlights, isActiveOn, loadSettings, watchSettings, type Settings } from '@/lib/settings/settings';
import './style.css';

/** When the page finished loading, on the performance clock. */
function loadedAt(): number {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.loadEventEnd || nav?.domContentLoadedEventEnd || 0;
}

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const pageId = uuidV4();
    // What was read last, for saving to the library.
    let reading: { extraction: Extraction | null; analysis: Analysis | null } = { extraction: null, analysis: null };
    const onMessage = pageListener({
      'page:ping': async () => ({ ok: true, value: { pageId } }),
      'page:save': () => saveAndShow(),
    });
    // The state last reported, to report again once the article is saved.
    let reported: TabState | null = null;
    const saveAndShow = async () => {
      const result = await saveReading(reading.extraction, reading.analysis, location.href);
      // Saved: its annotations placed (from the answer: no need to ask for it again) and the popup
      // told, without reading the page again (which would also close the card the reader saved from).
      if (result.ok) queue = queue.then(() => showSaved(result.value), () => showSaved(result.value));
      return result;
    };
    const showSaved = async (saved: SavedArticle) => {
      if (!reading.extraction || !reported) return;
      reported.saved = (await placeSaved(reading.extraction, document, saved).catch(() => null)) ?? undefined;
      await send({ type: 'page:read', state: reported });
    };
    browser.runtime.onMessage.addListener(onMessage);
    let current: MarkUp | null = null;
    let cards: CardController | null = null;
    let shown: CardSource | null = null;
    // The settings as they stand, for the cards (consent to look people up) without a storage read per hover.
    let settings: Settings | null = await loadSettings().catch(() => null);
    const stopWatching = watchSettings((next) => {
      const repaint = changesHighlights(settings, next);
      settings = next;
      // Consent or remembering changing must not close an open card by repainting the page.
      if (repaint) void report();
    });
    // Late content, re-renders and pages that change their article: read again once quiet.
    const watch = watchPage(() => void report(), ctx.signal);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      stopWatching();
      current?.highlighter.clear();
    });

    // One reading at a time: a settings change and a page change arriving together queue up.
    let queue: Promise<void> = Promise.resolve();
    const report = (): Promise<void> => (queue = queue.then(guarded, guarded));
    // Whatever happens in a reading, the tab gets a state: an error the popup shows, naming the stage.
    const guarded = () => guardReading(read, async (error) => {
      if (ctx.isInvalid) return;
      // The page keeps being watched: a failed reading may succeed once the page has changed.
      watch.resume(document.body);
      const state: TabState = { pageId, host: location.hostname, article: null, reason: 'could not read the page', error, checkedAt: Date.now() };
      reported = state;
      await send({ type: 'page:read', state });
    });
    const read = async (stage: Stage) => {
      stage.name = 'wait for idle';
      const idle = await whenIdle(2000, ctx.signal).then(() => true, () => false);
      if (!idle || ctx.isInvalid) return; // the extension was reloaded or the page is closing
      // Our own marks go before the page is read again: the new text map must point at the page's nodes.
      // (The highlighter makes its changes through the watcher's `ours`: they are not the page's.)
      current?.highlighter.clear();
      clearSaved();
      current = null;
      // Until this reading finds an article, there is none to save (a single-page site may have left it).
      reading = { extraction: null, analysis: null };
      shown = null;
      cards?.close(false);
      // The longest stretch of our work without yielding, and each stretch, for `npm run corpus`.
      let longest = 0;
      const stages: number[] = [];
      const timed = (ms: number) => {
        longest = Math.max(longest, ms);
        stages.push(Math.round(ms));
      };
      const yieldToPage = () => whenIdle(1000, ctx.signal).catch(() => {});
      const { state, extraction, analysis } = await readPageRemote(document, pageId, { send: ask, pause: yieldToPage, time: timed, stage: (name) => (stage.name = name) });
      if (ctx.isInvalid) return;
      state.host = location.hostname;
      const options = { paint: !settings || isActiveOn(settings, location.hostname), namesOnly: settings?.level === 'names', asOurs: watch.ours };
      if (extraction) {
        await yieldToPage();
        if (ctx.isInvalid) return;
        if (!analysis) {
          // The background analyses (DESIGN.md: one reading path); a page that cannot reach it says
          // so in the popup rather than analysing here, which would ship lib/nlp into every page.
          state.error = 'its analysis could not be made (the extension’s background did not answer); reload the page to try again';
        } else {
          stage.name = 'paint';
          current = await paintAnalysisInStretches(extraction, analysis, document, options, yieldToPage, timed);
          if (ctx.isInvalid) return;
          state.found = countFound(current.analysis, current.painted);
          state.digest = digestAnalysis(current.analysis);
          reading = { extraction, analysis: current.analysis };
          const saved = await placeSaved(extraction, document).catch(() => null);
          if (saved) state.saved = saved;
          if (options.paint) {
            shown = { analysis: current.analysis, map: extraction.map, date: extraction.article.publishedAt };
            cards ??= new CardController(document, () => shown, ctx.signal, knowledgeAdapter(() => settings), () => saveAndShow());
          }
        }
      }
      stage.name = 'report';
      watch.resume(extraction ? articleRoot(extraction.map.runs.map((r) => r.node), document.body) : document.body);
      state.timing = { longestTaskMs: Math.round(longest), msToDone: Math.round(performance.now() - loadedAt()), stages };
      reported = state;
      await send({ type: 'page:read', state });
    };
    // Single-page sites change their article without loading a new document.
    ctx.addEventListener(window, 'wxt:locationchange', () => void report());
    await report();
  },
});
