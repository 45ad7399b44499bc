/**
 * Sending a message, typed by the protocol (./protocol.ts): the answer's type follows from the
 * message's type, never from the caller. Every ask answers a Result whatever happens on the way
 * (no listener, a closed port, a thrown handler).
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { AnswerOf, BackgroundMessage, PageMessage } from './protocol';
import { failed, type Result } from './result';

export { failed } from './result';

/** Asks the background. */
export async function ask<M extends BackgroundMessage>(message: M): Promise<Result<AnswerOf<M['type']>>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Result<AnswerOf<M['type']>> | undefined;
    return answer ?? { ok: false, error: i18n.t('error.noBackground') };
  } catch (e) {
    return failed(e);
  }
}

/** Tells the background, for whom the answer is of no use: never rejects. */
export async function send(message: BackgroundMessage): Promise<void> {
  await ask(message);
}

/** Asks the content script in tab `tabId`. */
export async function askTab<M extends PageMessage>(tabId: number, message: M): Promise<Result<AnswerOf<M['type']>>> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, message)) as Result<AnswerOf<M['type']>> | undefined;
    return answer ?? { ok: false, error: i18n.t('error.pageSilent') };
  } catch {
    // No content script there: a browser page, a page still loading, or one from before an update.
    return { ok: false, error: i18n.t('error.notRunning') };
  }
}
