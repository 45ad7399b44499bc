/**
 * A tab starting to load a page readies the analysis's data (the browser starts a stopped worker
 * for that event, entrypoints/background.ts listens), so that the page's reading does not wait for it.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { warmWhenTabsLoad } from '@/lib/background/handlers/extract';

afterEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
});

it('a tab starting to load readies the analysis once per worker; other tab updates do not', async () => {
  vi.useFakeTimers();
  warmWhenTabsLoad();
  const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 } as Browser.tabs.Tab;
  await fakeBrowser.tabs.onUpdated.trigger(1, { title: 'A page' }, tab);
  await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' }, tab);
  expect(vi.getTimerCount()).toBe(0);
  await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' }, tab);
  expect(vi.getTimerCount()).toBe(1); // the analysis, a turn later
  await fakeBrowser.tabs.onUpdated.trigger(2, { status: 'loading' }, { ...tab, id: 2 });
  expect(vi.getTimerCount()).toBe(1);
  vi.runAllTimers();
  expect(vi.getTimerCount()).toBe(0);
});
