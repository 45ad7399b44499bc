/**
 * What was found in each tab, kept in storage.session: the service worker can die at any moment,
 * and session storage outlives it but not the browser session (nothing of it reaches the disk).
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../messaging/protocol';
import { tabKey as key } from '../storage/session-keys';

export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
