/** The background's answers to messages (lib/messaging/protocol.ts). */
import { registrableDomain } from '../article/outlet';
import { isMessage, type Result, type TabState } from '../messaging/protocol';
import { showBadge } from './badge';
import { loadTabState, saveTabState } from './tab-store';

export interface Sender {
  tab?: { id?: number };
  /** The URL of the frame that sent the message. */
  url?: string;
}

/** The content script leaves the outlet's domain to us: the Public Suffix List lives here. */
function withDomain(state: TabState, pageUrl: string | undefined): TabState {
  const article = state.article;
  if (!article || article.outlet.domain) return state;
  const domain = registrableDomain(article.canonicalUrl) ?? registrableDomain(pageUrl);
  return { ...state, article: { ...article, outlet: { ...article.outlet, domain } } };
}

export async function handleMessage(message: unknown, sender: Sender): Promise<Result<TabState | null> | undefined> {
  if (!isMessage(message)) return undefined; // not ours: let another listener answer
  try {
    switch (message.type) {
      case 'page:read': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'page:read came from outside a tab' };
        const state = withDomain(message.state, sender.url);
        await saveTabState(tabId, state);
        await showBadge(tabId, state);
        return { ok: true, value: state };
      }
      case 'tab:get':
        return { ok: true, value: await loadTabState(message.tabId) };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
