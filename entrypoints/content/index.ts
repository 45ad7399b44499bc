import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Extraction } from '@/lib/article/extract';
import type { Analysis } from '@/lib/nlp/types';
import { clearSaved, placeSaved, saveReading } from '@/lib/page/library-page';
import { isPageQuery, isSaveQuery, summariseArticle, type TabState, type ExtractAnswer, type ExtractRequest, type Message, type PingAnswer, type Result } from '@/lib/messaging/protocol';
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
    const onMessage = (message: unknown) => {
      if (isPageQuery(message)) return Promise.resolve<PingAnswer>({ pageId });
      if (isSaveQuery(message)) return saveAndShow();
      return undefined;
    };
    // The state last reported, to report again once the article is saved.
    let reported: TabState | null = null;
    const saveAndShow = async () => {
      const result = await saveReading(reading.extraction, reading.analysis, location.href);
      // Saved: its annotations placed and the popup told, without reading the page again (which
      // would also close the card the reader saved from).
      if (result.ok) queue = queue.then(showSaved, showSaved);
      return result;
    };
    const showSaved = async () => {
      if (!reading.extraction || !reported) return;
      reported.saved = (await placeSaved(reading.extraction, document).catch(() => null)) ?? undefined;
      const message: Message = { type: 'page:read', state: reported };
      await browser.runtime.sendMessage(message).catch(() => {});
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
      const message: Message = { type: 'page:read', state };
      await browser.runtime.sendMessage(message).catch(() => {});
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
      const send = (request: ExtractRequest) => browser.runtime.sendMessage(request) as Promise<Result<ExtractAnswer> | undefined>;
      const remote = await readPageRemote(document, { send, pause: yieldToPage, time: timed, stage: (name) => (stage.name = name) });
      if (ctx.isInvalid) return;
      const state: TabState = remote.kind === 'read'
        ? { pageId, article: summariseArticle(remote.extraction.article), reason: remote.extraction.article.reason, error: null, checkedAt: Date.now() }
        : { pageId, article: null, reason: remote.kind === 'unread' ? 'could not read the page' : remote.reason, error: remote.kind === 'unread' ? remote.error : null, checkedAt: Date.now() };
      state.host = location.hostname;
      const options = { paint: !settings || isActiveOn(settings, location.hostname), namesOnly: settings?.level === 'names', asOurs: watch.ours };
      const extraction = remote.kind === 'read' ? remote.extraction : null;
      if (remote.kind === 'read') {
        const { extraction, analysis } = remote;
        await yieldToPage();
        if (ctx.isInvalid) return;
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
      stage.name = 'report';
      watch.resume(extraction ? articleRoot(extraction.map.runs.map((r) => r.node), document.body) : document.body);
      state.timing = { longestTaskMs: Math.round(longest), msToDone: Math.round(performance.now() - loadedAt()), stages };
      reported = state;
      const message: Message = { type: 'page:read', state };
      await browser.runtime.sendMessage(message).catch(() => {});
    };
    // Single-page sites change their article without loading a new document.
    ctx.addEventListener(window, 'wxt:locationchange', () => void report());
    await report();
  },
});
