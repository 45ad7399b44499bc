/** A tab's state: what its content script read (page:read), and what the popup asks of it (tab:get). */
import { registrableDomain } from '../../article/outlet';
import { recordArticle } from '../../db/record-article';
import type { TabState } from '../../messaging/protocol';
import { loadSettings } from '../../settings/settings';
import { showBadge } from '../../tabs/badge';
import { articleToRemember } from '../../tabs/remember';
import { loadTabState, saveTabState } from '../../tabs/tab-store';
import type { Handlers, PingTab } from '../handler';

/** The content script leaves the outlet's domain to us: the Public Suffix List lives here. */
function withDomain(state: TabState, pageUrl: string | undefined): TabState {
  const article = state.article;
  if (!article || article.outlet.domain) return state;
  const domain = registrableDomain(article.canonicalUrl) ?? registrableDomain(pageUrl);
  return { ...state, article: { ...article, outlet: { ...article.outlet, domain } } };
}

/**
 * The tab's state if it still describes the page in the tab. A tab that navigated to another
 * document (or to a page we cannot run on) has a content script with another id, or none.
 * Same-document navigations (in-page links, history.pushState) keep the id.
 */
async function currentTabState(tabId: number, ping: PingTab): Promise<TabState | null> {
  const state = await loadTabState(tabId);
  if (!state) return null;
  return (await ping(tabId)) === state.pageId ? state : null;
}

export const tabHandlers: Pick<Handlers, 'page:read' | 'tab:get'> = {
  'page:read': async (message, sender, { db, now }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'page:read came from outside a tab' };
    const state = withDomain(message.state, sender.url);
    await saveTabState(tabId, state);
    await showBadge(tabId, state);
    // Private windows leave nothing behind.
    const input = sender.tab?.incognito ? null : articleToRemember(state, sender.url, await loadSettings(), now());
    // A store that fails (a full disk, say) costs the memory of this article, not the page's state.
    if (input) await recordArticle(db(), input).catch((e) => console.warn('Sourcelight could not remember the article', e));
    return { ok: true, value: state };
  },
  // Whether a saved state is still current is checked when it is asked for: a tab's "loading"
  // status also fires for in-page links, which keep the same document.
  'tab:get': async (message, _sender, { ping }) => ({ ok: true, value: await currentTabState(message.tabId, ping) }),
};
