/** The toolbar badge: a mark when the tab holds an article, nothing otherwise. */
import { browser } from 'wxt/browser';
import type { TabState } from '../messaging/protocol';

// MV3 has `action`; Firefox's MV2 build has `browserAction`.
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export function badgeFor(state: TabState | null): { text: string; title: string } {
  if (state?.article) {
    const title = state.article.title ? `: ${state.article.title}` : '';
    return { text: '✓', title: `Sourcelight — article found${title}` };
  }
  if (state?.error) return { text: '!', title: `Sourcelight — could not read this page: ${state.error}` };
  return { text: '', title: 'Sourcelight — no article on this page' };
}

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const action = toolbarAction();
  const { text, title } = badgeFor(state);
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setTitle({ tabId, title }),
    text ? action.setBadgeBackgroundColor({ tabId, color: state?.error ? '#b3261e' : '#1f6f50' }) : Promise.resolve(),
  ]);
}
