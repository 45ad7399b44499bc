/** The content script's listener: answers the page's messages by type, leaves the rest, never rejects. */
import { describe, expect, it } from 'vitest';
import { pageListener } from '@/lib/messaging/answer-page';
import type { SavedArticle } from '@/lib/library/types';

const saved = { url: 'https://example.org/a', annotations: [] } as unknown as SavedArticle;

describe('pageListener', () => {
  const listener = pageListener({
    'page:ping': async () => ({ ok: true, value: { pageId: 'page-a' } }),
    'page:save': async () => ({ ok: true, value: saved }),
  });

  it.each([
    ['page:ping', { ok: true, value: { pageId: 'page-a' } }],
    ['page:save', { ok: true, value: saved }],
  ])('answers %s', async (type, answer) => {
    expect(await listener({ type })).toEqual(answer);
  });

  it.each([[{ type: 'tab:get', tabId: 1 }], [{ type: 'constructor' }], [{ type: 7 }], ['page:ping'], [null]])(
    'leaves %j to other listeners, at once',
    (message) => {
      expect(listener(message)).toBeUndefined();
    },
  );

  it('answers a handler that fails with its error, rather than leaving the sender waiting', async () => {
    const failing = pageListener({
      'page:ping': async () => ({ ok: true, value: { pageId: 'p' } }),
      'page:save': async () => Promise.reject(new Error('the page went away')),
    });
    expect(await failing({ type: 'page:save' })).toEqual({ ok: false, error: 'the page went away' });
  });
});
