/** Saving the article in a tab: its content script holds the text and the analysis, and sends them. */
import { browser } from 'wxt/browser';
import type { Result, SaveQuery } from '../messaging/protocol';
import type { SavedArticle } from './types';

export async function saveTab(tabId: number): Promise<Result<SavedArticle>> {
  try {
    const query: SaveQuery = { type: 'page:save' };
    const answer = (await browser.tabs.sendMessage(tabId, query)) as Result<SavedArticle> | undefined;
    return answer ?? { ok: false, error: 'this page has no article Sourcelight has read' };
  } catch {
    return { ok: false, error: 'Sourcelight is not running on this page' };
  }
}

/** The keyboard shortcut's save: the active tab of the current window. */
export async function saveActiveTab(): Promise<Result<SavedArticle>> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, error: 'no active tab' };
  const result = await saveTab(tab.id);
  // The badge says it worked (or not) where the reader is looking.
  await browser.action.setBadgeText({ tabId: tab.id, text: result.ok ? '★' : '!' }).catch(() => {});
  return result;
}
