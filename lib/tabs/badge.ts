/** The toolbar badge: a mark when the tab holds an article (a star once it is saved), nothing otherwise. */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { TabState } from '../messaging/protocol';

/** Where the toolbar button's API lives: MV3 has `action`; Firefox's MV2 build has `browserAction`. */
export type ToolbarHost = Partial<Pick<typeof browser, 'action' | 'browserAction'>>;

/** What both toolbar APIs have, and all that is used of them. */
interface ToolbarAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setTitle(details: { tabId: number; title: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
}

function toolbarAction(host: ToolbarHost = browser): ToolbarAction {
  const action = host.action ?? host.browserAction;
  if (!action) throw new Error('this browser has no toolbar button API');
  return action;
}

/**
 * Sets a tab's badge text, whichever toolbar API this build has. Async, so that a browser lacking
 * the API rejects rather than throwing in the caller (a `.catch` on the promise then catches it).
 */
export async function setBadgeText(tabId: number, text: string, host: ToolbarHost = browser): Promise<void> {
  await toolbarAction(host).setBadgeText({ tabId, text });
}

export function badgeFor(state: TabState | null): { text: string; title: string } {
  if (state?.article) {
    const title = state.article.title ? `: ${state.article.title}` : '';
    // An article in the research library keeps the star its saving gave it: the page reports its
    // state again right after a save, which would otherwise take the save shortcut's star away.
    if (state.saved) return { text: '★', title: i18n.t('badge.saved', [title]) };
    return { text: '✓', title: i18n.t('badge.found', [title]) };
  }
  if (state?.error) return { text: '!', title: i18n.t('badge.unread', [state.error]) };
  return { text: '', title: i18n.t('badge.none') };
}

/**
 * The badge sits on the icon's corner: not the icon tile's green (assets/icon.svg), where it melted
 * into the tile, nor its amber. Indigo and red under the browser's white badge text: 7.9:1 and 6.5:1.
 */
export const FOUND_BADGE = '#3949ab';
export const ERROR_BADGE = '#b3261e';

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const action = toolbarAction();
  const { text, title } = badgeFor(state);
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setTitle({ tabId, title }),
    text ? action.setBadgeBackgroundColor({ tabId, color: state?.error ? ERROR_BADGE : FOUND_BADGE }) : Promise.resolve(),
  ]);
}
