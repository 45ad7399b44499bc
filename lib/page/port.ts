/**
 * The page session's messages, all in one place: the copy of the page sent to the background, the
 * state reported to it, and the questions the popup and the background ask the page. The session
 * takes a PagePort, so that its tests talk to a fake.
 */
import { browser } from 'wxt/browser';
import type { SavedArticle } from '../library/types';
import { isPageQuery, isSaveQuery, type ExtractAnswer, type ExtractRequest, type Message, type PingAnswer, type Result, type TabState } from '../messaging/protocol';

export interface PagePort {
  /** Asks the background to extract and analyse a copy of the page (undefined: no answer). */
  extract(request: ExtractRequest): Promise<Result<ExtractAnswer> | undefined>;
  /** Tells the background what the page's reading found; never rejects. */
  report(state: TabState): Promise<void>;
  /** Answers the messages sent to the page; returns the way to stop. */
  listen(handlers: PageHandlers): () => void;
}

/** What the page answers. */
export interface PageHandlers {
  /** page:ping (the background): which document is this? */
  ping(): PingAnswer;
  /** page:save (the popup, the save-article command): save the article read here to the library. */
  save(): Promise<Result<SavedArticle>>;
}

export function browserPort(): PagePort {
  return {
    extract: (request) => browser.runtime.sendMessage(request) as Promise<Result<ExtractAnswer> | undefined>,
    report: async (state) => {
      const message: Message = { type: 'page:read', state };
      await browser.runtime.sendMessage(message).catch(() => {});
    },
    listen: (handlers) => {
      const answer = (message: unknown) => {
        if (isPageQuery(message)) return Promise.resolve(handlers.ping());
        if (isSaveQuery(message)) return handlers.save();
        return undefined; // not the page's to answer: another listener's
      };
      browser.runtime.onMessage.addListener(answer);
      return () => browser.runtime.onMessage.removeListener(answer);
    },
  };
}
