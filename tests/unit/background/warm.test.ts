/**
 * A tab starting to load a page has the worker read a page of its own (the browser starts a stopped
 * worker for that event, entrypoints/background.ts listens), so that the page's reading finds the
 * parse, the extraction and the analysis compiled and their data built. Once per worker, and not
 * after the worker has read a page of the reader's.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { WARM_PAGE, WARM_PAGE_URL } from '@/lib/background/warm-page';
import { freshStore } from '../../helpers/remember';

/** The URLs extractPage was asked to read, in order. */
const readings: string[] = [];

beforeEach(() => {
  readings.length = 0;
  // A fresh module each time: whether this worker has warmed up is the module's own state.
  vi.resetModules();
  vi.doMock('@/lib/tabs/extract-page', async (original) => {
    const real = await original<typeof import('@/lib/tabs/extract-page')>();
    return {
      ...real,
      extractPage: (...args: Parameters<typeof real.extractPage>) => {
        readings.push(args[0].url);
        return real.extractPage(...args);
      },
    };
  });
});

afterEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
  vi.doUnmock('@/lib/tabs/extract-page');
});

const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 } as Browser.tabs.Tab;
/** Only the timers the warm-up sets: IndexedDB's own scheduling (fake-indexeddb) stays real. */
const fakeTimers = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

it('a tab starting to load builds the analysis a turn later and reads the warm-up page after a delay, once; other tab updates do not', async () => {
  const { warmWhenTabsLoad, WARM_DELAY_MS } = await import('@/lib/background/handlers/extract');
  fakeTimers();
  warmWhenTabsLoad();
  await fakeBrowser.tabs.onUpdated.trigger(1, { title: 'A page' }, tab);
  await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' }, tab);
  expect(vi.getTimerCount()).toBe(0);
  await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, tab);
  expect(vi.getTimerCount()).toBe(2); // the analysis's data, then the warm-up page
  await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading' }, { ...tab, id: 2 });
  expect(vi.getTimerCount()).toBe(2);
  vi.advanceTimersByTime(0);
  expect(vi.getTimerCount()).toBe(1);
  expect(readings).toEqual([]); // the analysis ran on a sentence, not a page
  vi.advanceTimersByTime(WARM_DELAY_MS);
  expect(readings).toEqual([WARM_PAGE_URL]);
  await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, { ...tab, id: 3 });
  expect(vi.getTimerCount()).toBe(0);
});

it("page:warm answers at once and warms up as a tab's loading does, once per worker", async () => {
  const { route } = await import('@/lib/background/router');
  fakeTimers();
  expect(await route({ type: 'page:warm' }, { tab: { id: 1 } })).toEqual({ ok: true, value: null });
  expect(vi.getTimerCount()).toBe(2);
  expect(await route({ type: 'page:warm' }, { tab: { id: 1 } })).toEqual({ ok: true, value: null });
  expect(vi.getTimerCount()).toBe(2);
  vi.runAllTimers();
  expect(readings).toEqual([WARM_PAGE_URL]);
});

const pageRequest = (url: string) => ({ type: 'page:extract', html: WARM_PAGE, url, detection: { isArticle: true, reason: 'test' } });

it("a page's reading that comes within the delay is read instead of the warm-up page", async () => {
  const { route } = await import('@/lib/background/router');
  const db = freshStore();
  fakeTimers();
  await route({ type: 'page:warm' }, { tab: { id: 1 } });
  const url = 'https://news.example/world/harbour-talks';
  const answer = await route(pageRequest(url), { tab: { id: 1 } }, { db: () => db });
  expect(answer).toMatchObject({ ok: true, value: { article: { detected: true } } });
  vi.runAllTimers();
  expect(readings).toEqual([url]);
});

it("a worker that has read a reader's page does not warm up after it", async () => {
  const { warmWhenTabsLoad } = await import('@/lib/background/handlers/extract');
  const { route } = await import('@/lib/background/router');
  const db = freshStore();
  const url = 'https://news.example/world/harbour-talks';
  const answer = await route(pageRequest(url), { tab: { id: 1 } }, { db: () => db });
  expect(answer).toMatchObject({ ok: true, value: { article: { detected: true } } });
  fakeTimers();
  warmWhenTabsLoad();
  await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, tab);
  expect(vi.getTimerCount()).toBe(0);
  expect(readings).toEqual([url]);
});
