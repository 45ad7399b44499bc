/**
 * What a handler of a message to the background is: typed by the protocol, given the message, its
 * sender and what it reaches outside itself (injected, so that tests can stand in for it).
 */
import { browser } from 'wxt/browser';
import { openStore, type SourcelightDB } from '../db/schema';
import type { AnswerOf, BackgroundType, KnowledgeReply, RequestOf } from '../messaging/protocol';
import type { Result } from '../messaging/result';
import type { KnowledgeRequest } from '../services/knowledge';
import type { CoverageAnswer } from '../services/gdelt';
import { gdeltClient } from '../services/online-coverage';
import { hasOnlineConsent } from '../services/data-consent';
import { knowledgeClient } from '../services/online-knowledge';
import { askTab } from '../messaging/ask';
import type { OnlineSetting } from '../settings/online-hosts';

/** Who sent a message (runtime.MessageSender, what is used of it). */
export interface Sender {
  tab?: { id?: number; incognito?: boolean };
  /** The URL of the frame that sent the message. */
  url?: string;
}

/** The id of the document the tab's content script is on, or null when none answers. */
export type PingTab = (tabId: number) => Promise<string | null>;

export const pingTab: PingTab = async (tabId) => {
  const answer = await askTab(tabId, { type: 'page:ping' });
  // No content script there: a browser page, or a page still loading.
  return answer.ok && typeof answer.value.pageId === 'string' ? answer.value.pageId : null;
};

export interface Deps {
  ping: PingTab;
  db: () => SourcelightDB;
  /** GDELT's coverage of a name (behind the cache and the rate limiter). */
  coverage: (name: string) => Promise<CoverageAnswer>;
  /** Who a person is (Wikidata, Wikipedia; behind the cache and the JSON client's limits). */
  knowledge: (request: KnowledgeRequest) => Promise<KnowledgeReply>;
  /** Has the browser itself allowed the names of `setting` to go out (its hosts; Firefox's data collection)? */
  onlineConsent: (setting: OnlineSetting) => Promise<boolean>;
  /** Shows the options page, where a yes can raise the browser's prompt (a page's card cannot). */
  openOptions: () => Promise<void>;
  now: () => number;
}

export const DEFAULT_DEPS: Deps = {
  ping: pingTab,
  db: openStore,
  coverage: (name) => gdeltClient(openStore()).coverage(name),
  knowledge: (request) => knowledgeClient(openStore()).lookup(request),
  onlineConsent: hasOnlineConsent,
  openOptions: () => browser.runtime.openOptionsPage(),
  now: Date.now,
};

/** Answers one type of message; may throw (the router turns it into an error the UI can show). */
export type Handler<K extends BackgroundType> = (
  message: RequestOf<K>,
  sender: Sender,
  deps: Deps,
) => Promise<Result<AnswerOf<K>>> | Result<AnswerOf<K>>;
export type Handlers = { [K in BackgroundType]: Handler<K> };
