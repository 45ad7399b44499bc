/** The tab the popup speaks of: `?tab=ID` when given (tests, or a popup opened as a page), else the active tab. */
import { browser } from 'wxt/browser';
import type { Result, TabState } from '../messaging/protocol';
import { ask } from '../messaging/ask';
import { tabKey } from '../storage/session-keys';

export async function currentTabId(search: string = location.search): Promise<number | null> {
  const given = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(given) && given > 0) return given;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** What the background knows of the tab; a Result, never a throw. */
export async function fetchTabState(tabId: number | null): Promise<Result<TabState | null>> {
  if (tabId === null) return { ok: true, value: null };
  return ask({ type: 'tab:get', tabId });
}

/**
 * Calls `onChange` whenever the background records a new state for the tab: a popup opened
 * before the page was read (the content script waits for idle) then shows the result.
 * Returns the function that stops listening.
 */
export function watchTabState(tabId: number, onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && tabKey(tabId) in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
