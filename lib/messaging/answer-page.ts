/**
 * The content script's side of the protocol: a handler for each message to a page (ToPage in
 * ./protocol.ts), typed by its answer. Those requests carry no fields but their type, so checking
 * the type is checking the message whole (and the content script ships no schema library).
 */
import type { AnswerOf, PageType, RequestOf } from './protocol';
import { failed, type Result } from './result';

export type PageHandlers = { [K in PageType]: (message: RequestOf<K>) => Promise<Result<AnswerOf<K>>> };

/**
 * The runtime.onMessage listener answering `handlers`' messages through sendResponse, returning
 * true to say the answer comes later; `undefined`, synchronously, for anything else. The content
 * script runs on the browser's own API, not the polyfill (wxt.config.ts): Chrome takes a listener's
 * answer only through sendResponse, not as a returned promise, and Firefox takes it either way.
 */
export function pageListener(
  handlers: PageHandlers,
): (message: unknown, sender: unknown, sendResponse: (answer: Result<unknown>) => void) => true | undefined {
  return (message, _sender, sendResponse) => {
    const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as PageType] as (m: unknown) => Promise<Result<unknown>>;
    void handler(message).catch(failed).then(sendResponse);
    return true;
  };
}
