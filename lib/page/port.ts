/**
 * The page session's messages, all in one place: the copy of the page sent to the background, the
 * state reported to it, and the questions the popup and the background ask the page. The session
 * takes a PagePort, so that its tests talk to a fake.
 */
import { browser } from 'wxt/browser';
import type { SavedArticle } from '../library/types';
import { pageListener } from '../messaging/answer-page';
import { ask, send } from '../messaging/ask';
import type { ExtractAnswer, ExtractRequest, PingAnswer, Result, TabState } from '../messaging/protocol';

export interface PagePort {
  /** Asks the background to extract and analyse a copy of the page (undefined: no answer). */
  extract(request: ExtractRequest): Promise<Result<ExtractAnswer> | undefined>;
  /** Tells the background a reading is coming (page:warm), so that a stopped worker starts now; never rejects. */
  warm(): void;
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
    extract: (request) => ask(request),
    warm: () => void send({ type: 'page:warm' }),
    report: (state) => send({ type: 'page:read', state }),
    listen: (handlers) => {
      // The typed table of lib/messaging/answer-page.ts: anything else is another listener's to answer.
      const answer = pageListener({
        'page:ping': async () => ({ ok: true, value: handlers.ping() }),
        'page:save': () => handlers.save(),
      });
      browser.runtime.onMessage.addListener(answer);
      return () => browser.runtime.onMessage.removeListener(answer);
    },
  };
}
