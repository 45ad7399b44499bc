// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SavedArticle } from '@/lib/library/types';
import type { ExtractAnswer, ExtractRequest, RequestOf, Result, TabState } from '@/lib/messaging/protocol';
import type { PageHandlers, PagePort } from '@/lib/page/port';
import { noAnswer } from '@/lib/page/read-remote';
import { PageSession, type SessionDeps } from '@/lib/page/session';
import { unreadReason } from '@/lib/page/tab-state';
import type { PageWatch } from '@/lib/page/watch';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { extractPage } from '@/lib/tabs/extract-page';
import { savedFromAnalysis } from '@/lib/export/from-analysis';
import { placeSavedIn } from '@/lib/library/placement';
import { readSample } from '../../helpers/shared-data';

const TITLE = 'Estmere and Calvara extend harbour talks as fishing dispute drags on';

function load(html: string, url = 'http://127.0.0.1:8080/world/harbour-talks.html') {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

type Extract = (request: ExtractRequest) => Promise<Result<ExtractAnswer> | undefined>;

/** A session on the page with every dependency faked, and what it did: a log of its messages. */
function harness(
  extract: Extract = async (r) => extractPage(r),
  settings: Settings | null | Promise<Settings | null> = DEFAULT_SETTINGS,
  answerWithin?: number,
) {
  const log: string[] = [];
  const reports: TabState[] = [];
  const resumed: Node[] = [];
  const stopped: string[] = [];
  let handlers: PageHandlers | null = null;
  let onSettings: ((next: Settings) => void) | null = null;
  // page:warm goes apart from the log: it is sent before every reading, answered by no one here.
  const warmed: string[] = [];
  const port: PagePort = {
    warm: () => void warmed.push(log.length ? `after ${log.at(-1)}` : 'first'),
    extract: (request) => (log.push('extract'), extract(request)),
    report: async (state) => void (log.push('report'), reports.push(state)),
    listen: (h) => ((handlers = h), () => void stopped.push('messages')),
  };
  const watch = (): PageWatch => ({ pause: () => {}, resume: (root) => void resumed.push(root), ours: (change) => change() });
  const deps: SessionDeps = {
    doc: document,
    pageId: 'page-1',
    port,
    settings: { load: async () => settings, watch: (cb) => ((onSettings = cb), () => void stopped.push('settings')) },
    watch,
    signal: new AbortController().signal,
    isInvalid: () => false,
    loadedAt: () => 0,
    answerWithin,
  };
  return {
    session: new PageSession(deps),
    log,
    warmed,
    reports,
    resumed,
    stopped,
    handlers: () => handlers!,
    changeSettings: (next: Settings) => onSettings!(next),
  };
}

beforeEach(() => load(readSample('world', 'harbour-talks.html')));
afterEach(() => fakeBrowser.reset());

describe('PageSession: detect → ask the background → find the nodes again → paint', () => {
  it('reads the page through the background and reports one state with what was painted', async () => {
    const h = harness();
    await h.session.start();
    await h.session.refresh();
    expect(h.log).toEqual(['extract', 'report']);
    // The background was woken before the page waited for idle and copied itself.
    expect(h.warmed).toEqual(['first']);
    const [state] = h.reports;
    expect(state).toMatchObject({ pageId: 'page-1', host: '127.0.0.1', error: null, article: { title: TITLE } });
    expect(state!.found!.highlights).toBeGreaterThan(0);
    expect(state!.timing!.stages!.length).toBeGreaterThan(2);
    // Where the time went: each phase of the reading, in the order they began, after the load event.
    const phases = Object.entries(state!.timing!.phases!).sort((a, b) => a[1] - b[1]);
    expect(phases.map(([name]) => name)).toEqual([
      'wait for idle',
      'detect',
      'copy',
      'background',
      'map',
      'paint',
      'place saved',
      'report',
    ]);
    expect(phases.at(-1)![1]).toBeLessThanOrEqual(state!.timing!.msToDone);
    // Watched from then on: the article's own container, not the whole page.
    expect(h.resumed).toHaveLength(1);
    expect(h.resumed[0]).not.toBe(document.body);
    expect(h.resumed[0]!.textContent).toContain('Elena Marsh');
  });

  it.each([
    ['complete', false, false],
    ['interactive', true, false],
    ['interactive', false, true],
  ])(
    'a page whose readyState is %s waits for an idle period before it is read: %s (its load event fires: %s)',
    async (readyState, waits, fires) => {
      // An idle period that comes only when the test says so.
      const idle: Array<() => void> = [];
      vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
      const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue(readyState as DocumentReadyState);
      try {
        const h = harness();
        await h.session.start();
        const reading = h.session.refresh();
        // (Once the reading has begun to wait.)
        if (fires) await new Promise((resolve) => setTimeout(resolve, 20)).then(() => window.dispatchEvent(new Event('load')));
        if (waits) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          expect(h.log).toEqual([]);
          expect(idle).toHaveLength(1);
          idle[0]!();
        }
        // Loaded, it is read without an idle period ever coming.
        await reading;
        // Asked for while loading, but read without it once loaded.
        expect(idle).toHaveLength(readyState === 'complete' ? 0 : 1);
        expect(h.log).toEqual(['extract', 'report']);
      } finally {
        state.mockRestore();
        vi.unstubAllGlobals();
      }
    },
  );

  it('asks the background before the settings have answered, and paints by them once they have', async () => {
    let answer: (s: Settings) => void = () => {};
    const h = harness(undefined, new Promise<Settings>((resolve) => (answer = resolve)));
    await h.session.start();
    const reading = h.session.refresh();
    await vi.waitFor(() => expect(h.log).toEqual(['extract']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.reports).toHaveLength(0); // not painted without the settings
    answer({ ...DEFAULT_SETTINGS, enabled: false });
    await reading;
    expect(h.reports[0]).toMatchObject({ article: { title: TITLE }, found: { highlights: 0 } });
  });

  it('reads one page at a time: a second reading asked for meanwhile waits for the first to report', async () => {
    let answerFirst: (() => void) | null = null;
    const held: Extract = (r) =>
      answerFirst ? Promise.resolve(extractPage(r)) : new Promise((resolve) => (answerFirst = () => resolve(extractPage(r))));
    const h = harness(held);
    await h.session.start();
    const first = h.session.refresh();
    const second = h.session.refresh();
    await vi.waitFor(() => expect(answerFirst).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.log).toEqual(['extract']);
    answerFirst!();
    await Promise.all([first, second]);
    expect(h.log).toEqual(['extract', 'report', 'extract', 'report']);
    expect(h.reports.map((s) => s.article?.title)).toEqual([TITLE, TITLE]);
  });

  it('says so when the background does not answer, and reads nothing in the page', async () => {
    const h = harness(() => new Promise(() => {}), DEFAULT_SETTINGS, 50);
    await h.session.start();
    await h.session.refresh();
    expect(h.reports).toEqual([expect.objectContaining({ article: null, reason: unreadReason(), error: noAnswer(), host: '127.0.0.1' })]);
    expect(h.reports[0]!.found).toBeUndefined();
    expect(document.querySelector('mark')).toBeNull();
    expect(h.resumed).toEqual([document.body]);
  });

  it('turns a reading that fails into an error naming its stage, and keeps watching the page', async () => {
    const broken: Extract = async (r) => {
      const answer = extractPage(r);
      return answer.ok ? { ok: true, value: { ...answer.value, runs: null as unknown as ExtractAnswer['runs'] } } : answer;
    };
    const h = harness(broken);
    await h.session.start();
    await h.session.refresh();
    expect(h.reports).toHaveLength(1);
    expect(h.reports[0]).toMatchObject({ article: null, reason: unreadReason() });
    expect(h.reports[0]!.error).toMatch(/^map: /);
    expect(h.resumed).toEqual([document.body]);
  });

  it('reports a page that is not an article without asking the background', async () => {
    load(readSample('index.html'), 'http://127.0.0.1:8080/');
    const h = harness();
    await h.session.start();
    await h.session.refresh();
    expect(h.log).toEqual(['report']);
    expect(h.reports[0]).toMatchObject({ article: null, reason: 'url: home page', error: null });
  });
});

describe('PageSession: messages, settings and saving', () => {
  it("answers the background's ping with its page id", async () => {
    const h = harness();
    await h.session.start();
    expect(h.handlers().ping()).toEqual({ pageId: 'page-1' });
  });

  it('has nothing to save before an article is read', async () => {
    const h = harness();
    await h.session.start();
    expect(await h.handlers().save()).toEqual({ ok: false, error: 'there is no article on this page to save' });
  });

  it('saving reports a new state with the saved version placed, leaving the one reported before as it was', async () => {
    let stored: SavedArticle | null = null;
    // The background's library, as the fake browser delivers answers: through sendResponse.
    fakeBrowser.runtime.onMessage.addListener(
      (m: { type: string } & Partial<RequestOf<'library:save'>>, _sender: unknown, respond: (answer: unknown) => void) => {
        // What the background stores of the reading the page sends (handlers/library.ts).
        if (m.type !== 'library:save') return undefined;
        stored = savedFromAnalysis(m.article!, m.analysis!, '2026-12-01T00:00:00.000Z');
        respond({ ok: true, value: { saved: stored, placement: placeSavedIn(m.article!.text, stored) } });
        return true;
      },
    );
    const h = harness();
    await h.session.start();
    await h.session.refresh();
    const before = h.reports[0]!;
    expect(before.saved).toBeUndefined();
    const result = await h.handlers().save();
    // The popup is answered the record as stored.
    expect(result).toEqual({ ok: true, value: stored });
    await vi.waitFor(() => expect(h.reports).toHaveLength(2));
    expect(h.log).toEqual(['extract', 'report', 'report']); // not read again: an open card stays open
    // Its annotations are the machine's (unreviewed), painted anyway: none to place again.
    expect(h.reports[1]).toEqual({ ...before, saved: { savedAt: stored!.updatedAt, placed: 0, orphans: [] } });
    expect(before.saved).toBeUndefined();
  });

  it.each([
    ['a saved version', true],
    ['none saved', false],
  ])('places what the extraction answered of the library (%s) without asking the library again', async (_name, isSaved) => {
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: { type: string }) => void asked.push(m.type));
    let saved: SavedArticle | null = null;
    const withSaved: Extract = async (r) => {
      const answer = extractPage(r);
      if (!answer.ok) return answer;
      const { article, analysis } = answer.value;
      saved = isSaved ? savedFromAnalysis({ ...article, canonicalUrl: r.url }, analysis, '2026-12-01T00:00:00.000Z') : null;
      return { ok: true, value: { ...answer.value, saved: saved && placeSavedIn(article.text, saved) } };
    };
    const h = harness(withSaved);
    await h.session.start();
    await h.session.refresh();
    expect(asked).toEqual([]);
    expect(h.reports[0]!.saved).toEqual(isSaved ? { savedAt: saved!.updatedAt, placed: 0, orphans: [] } : undefined);
  });

  it('reads again when the highlights change, not when only a consent does', async () => {
    const h = harness();
    await h.session.start();
    await h.session.refresh();
    h.changeSettings({ ...DEFAULT_SETTINGS, knowledge: 'allowed' });
    await h.session.refresh(); // queued after any reading the change began
    expect(h.log.filter((x) => x === 'extract')).toHaveLength(2);
    h.changeSettings({ ...DEFAULT_SETTINGS, knowledge: 'allowed', level: 'names' });
    await vi.waitFor(() => expect(h.log.filter((x) => x === 'extract')).toHaveLength(3));
  });

  it('paints nothing on a site the reader turned off, and still reports what it found', async () => {
    const h = harness(undefined, { ...DEFAULT_SETTINGS, disabledSites: ['127.0.0.1'] });
    await h.session.start();
    await h.session.refresh();
    expect(h.reports[0]).toMatchObject({ article: { title: TITLE }, found: { highlights: 0 } });
    expect(h.reports[0]!.found!.people).toBeGreaterThan(0);
  });

  it('stops answering and watching the settings once stopped', async () => {
    const h = harness();
    await h.session.start();
    h.session.stop();
    expect(h.stopped).toEqual(['messages', 'settings']);
  });
});
