/** Saving the article in a tab: its content script holds the text and the analysis, and sends them. */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { askTab } from '../messaging/ask';
import type { Result } from '../messaging/result';
import { setBadgeText } from '../tabs/badge';
import type { SavedArticle } from './types';

/** Asks the tab's content script to save: it sends the article to the background, and answers what was stored. */
export function saveTab(tabId: number): Promise<Result<SavedArticle>> {
  return askTab(tabId, { type: 'page:save' });
}

export interface ActiveTabDeps {
  activeTab: () => Promise<number | undefined>;
  save: (tabId: number) => Promise<Result<SavedArticle>>;
  badge: (tabId: number, text: string) => Promise<void>;
}

const BROWSER: ActiveTabDeps = {
  activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  save: saveTab,
  badge: (tabId, text) => setBadgeText(tabId, text),
};

/** The keyboard shortcut's save: the active tab of the current window. */
export async function saveActiveTab(deps: ActiveTabDeps = BROWSER): Promise<Result<SavedArticle>> {
  const tabId = await deps.activeTab();
  if (tabId === undefined) return { ok: false, error: i18n.t('error.noTab') };
  const result = await deps.save(tabId);
  // The badge says it worked (or not) where the reader is looking; a badge that cannot be set
  // (thrown or rejected) must not turn a saved article into a failed save.
  try {
    await deps.badge(tabId, result.ok ? '★' : '!');
  } catch {
    // the save itself stands
  }
  return result;
}
