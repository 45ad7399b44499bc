/** A message to the background, answered with a Result whatever happens on the way. */
import { browser } from 'wxt/browser';
import type { LibraryMessage, Message, Result } from './protocol';

export function failed(e: unknown): { ok: false; error: string } {
  const message = e instanceof Error ? e.message : String(e);
  // A store written by a newer Sourcelight cannot be opened by this one: say so plainly.
  if (e instanceof Error && e.name === 'VersionError') return { ok: false, error: `the local store is from a newer version of Sourcelight (${message})` };
  return { ok: false, error: message };
}

export async function ask<T>(message: Message | LibraryMessage): Promise<Result<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Result<T> | undefined;
    return answer ?? { ok: false, error: 'no answer from the background' };
  } catch (e) {
    return failed(e);
  }
}
