/** The content script's listener: answers the page's messages by type, leaves the rest, never rejects. */
import { describe, expect, it } from 'vitest';
import { pageListener } from '@/lib/messaging/answer-page';
import type { SavedArticle } from '@/lib/library/types';

const saved = { url: 'https://example.org/a', annotations: [] } as unknown as SavedArticle;

/** The answer `listener` sends for `message`, as the browser would hear it (sendResponse), and what the listener returned. */
function ask(listener: ReturnType<typeof pageListener>, message: unknown): { returned: true | undefined; answer: Promise<unknown> } {
  let returned: true | undefined;
  const answer = new Promise((resolve) => (returned = listener(message, {}, resolve)));
  return { returned, answer };
}

describe('pageListener', () => {
  const listener = pageListener({
    'page:ping': async () => ({ ok: true, value: { pageId: 'page-a' } }),
    'page:save': async () => ({ ok: true, value: saved }),
  });

  it.each([
    ['page:ping', { ok: true, value: { pageId: 'page-a' } }],
    ['page:save', { ok: true, value: saved }],
  ])('answers %s through sendResponse, saying the answer comes later', async (type, answer) => {
    const asked = ask(listener, { type });
    expect(asked.returned).toBe(true);
    expect(await asked.answer).toEqual(answer);
  });

  it.each([[{ type: 'tab:get', tabId: 1 }], [{ type: 'constructor' }], [{ type: 7 }], ['page:ping'], [null]])(
    'leaves %j to other listeners, at once',
    (message) => {
      let answered = false;
      expect(listener(message, {}, () => (answered = true))).toBeUndefined();
      expect(answered).toBe(false);
    },
  );

  it('answers a handler that fails with its error, rather than leaving the sender waiting', async () => {
    const failing = pageListener({
      'page:ping': async () => ({ ok: true, value: { pageId: 'p' } }),
      'page:save': async () => Promise.reject(new Error('the page went away')),
    });
    expect(await ask(failing, { type: 'page:save' }).answer).toEqual({ ok: false, error: 'the page went away' });
  });
});
