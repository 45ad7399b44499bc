/**
 * The content script's side of the protocol: a handler for each message to a page (ToPage in
 * ./protocol.ts), typed by its answer. Those requests carry no fields but their type, so checking
 * the type is checking the message whole (and the content script ships no schema library).
 */
import type { AnswerOf, PageType, RequestOf } from './protocol';
import { failed, type Result } from './result';

export type PageHandlers = { [K in PageType]: (message: RequestOf<K>) => Promise<Result<AnswerOf<K>>> };

/**
 * The runtime.onMessage listener answering `handlers`' messages; `undefined`, synchronously, for
 * anything else (the polyfill answers whatever a listener returns a promise for).
 */
export function pageListener(handlers: PageHandlers): (message: unknown) => Promise<Result<unknown>> | undefined {
  return (message) => {
    const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as PageType] as (m: unknown) => Promise<Result<unknown>>;
    return handler(message).catch(failed);
  };
}
