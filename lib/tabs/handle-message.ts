/** The background's answers to messages (lib/messaging/protocol.ts). */
import { registrableDomain } from '../article/outlet';
import { browser } from 'wxt/browser';
import { forgetAll, forgetArticle, forgetSite } from '../db/forget';
import { recordArticle } from '../db/record-article';
import { openStore, type SourcelightDB } from '../db/schema';
import { isMessage, type ForgetScope, type KnowledgeReply, type PageQuery, type PingAnswer, type Result, type TabState } from '../messaging/protocol';
import { gdeltClient, onlineCoverage } from '../services/online-coverage';
import { hasDataConsent } from '../services/data-consent';
import { knowledgeClient, lookUpPerson } from '../services/online-knowledge';
import type { KnowledgeRequest } from '../services/knowledge';
import type { CoverageAnswer } from '../services/gdelt';
import { loadSettings } from '../settings/settings';
import { showBadge } from './badge';
import { articleToRemember } from './remember';
import { loadTabState, saveTabState } from './tab-store';

export interface Sender {
  tab?: { id?: number; incognito?: boolean };
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

/** The id of the document the tab's content script is on, or null when none answers. */
export type PingTab = (tabId: number) => Promise<string | null>;

export const pingTab: PingTab = async (tabId) => {
  try {
    const query: PageQuery = { type: 'page:ping' };
    const answer = (await browser.tabs.sendMessage(tabId, query)) as PingAnswer | undefined;
    return typeof answer?.pageId === 'string' ? answer.pageId : null;
  } catch {
    return null; // no content script there: a browser page, or a page still loading
  }
};

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

export interface Deps {
  ping: PingTab;
  db: () => SourcelightDB;
  /** GDELT's coverage of a name (behind the cache and the rate limiter). */
  coverage: (name: string) => Promise<CoverageAnswer>;
  /** Who a person is (Wikidata, Wikipedia; behind the cache and the JSON client's limits). */
  knowledge: (request: KnowledgeRequest) => Promise<KnowledgeReply>;
  /** Has the browser itself allowed names to go out (Firefox's data-collection consent)? */
  dataConsent: () => Promise<boolean>;
  now: () => number;
}

const DEFAULT_DEPS: Deps = {
  ping: pingTab,
  db: openStore,
  coverage: (name) => gdeltClient(openStore()).coverage(name),
  knowledge: (request) => knowledgeClient(openStore()).lookup(request),
  dataConsent: hasDataConsent,
  now: Date.now,
};

async function forget(db: SourcelightDB, scope: ForgetScope): Promise<number> {
  if ('all' in scope) return forgetAll(db);
  if ('outlet' in scope) return forgetSite(db, scope.outlet);
  const row = await db.articles.where('url').equals(scope.article).first();
  return row?.id === undefined ? 0 : forgetArticle(db, row.id);
}

/** Answers a message of ours; `undefined` for anything else, so another listener may answer it. */
export async function handleMessage(message: unknown, sender: Sender, deps: Partial<Deps> | PingTab = {}): Promise<Result<unknown> | undefined> {
  if (!isMessage(message)) return undefined;
  const { ping, db, coverage, knowledge, dataConsent, now } = { ...DEFAULT_DEPS, ...(typeof deps === 'function' ? { ping: deps } : deps) };
  try {
    switch (message.type) {
      case 'page:read': {
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
      }
      case 'tab:get':
        return { ok: true, value: await currentTabState(message.tabId, ping) };
      case 'memory:forget':
        return { ok: true, value: await forget(db(), message.scope) };
      case 'coverage:online': {
        // The reader's yes, and in Firefox the browser's own data-collection consent.
        const allowed = (await loadSettings()).onlineCoverage === 'allowed' && (await dataConsent());
        return { ok: true, value: await onlineCoverage(message.name, allowed, coverage) };
      }
      case 'knowledge:lookup':
        if (!(await dataConsent())) return { ok: true, value: { status: 'not-allowed' } };
        return { ok: true, value: await lookUpPerson(message.request, message.once === true, await loadSettings(), knowledge) };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
