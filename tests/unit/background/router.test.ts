import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/messaging/protocol';
import { badgeFor } from '@/lib/tabs/badge';
import { route as handleMessage, type PingTab } from '@/lib/background/router';
import { forgetTab, loadTabState } from '@/lib/tabs/tab-store';

const found: TabState = {
  pageId: 'page-a',
  article: {
    title: 'Estmere and Calvara extend harbour talks',
    byline: 'Daniel Ferrow',
    outlet: { name: 'The Harbour Courier', domain: null },
    publishedAt: '2026-11-24T08:15:00.000Z',
    language: 'en',
    canonicalUrl: 'https://www.harbourcourier.example/world/harbour-talks',
    wordCount: 675,
    reason: 'json-ld:NewsArticle',
  },
  reason: 'json-ld:NewsArticle',
  error: null,
  checkedAt: 1,
};

// The tab's content script, as the background's ping sees it: still on page-a.
const onPageA: PingTab = async () => 'page-a';

describe('the background message handler', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records what a tab found, with the outlet domain from the canonical URL, and answers the popup', async () => {
    const saved = await handleMessage({ type: 'page:read', state: found }, { tab: { id: 7 }, url: 'http://127.0.0.1:9/x.html' });
    expect(saved).toMatchObject({ ok: true, value: { article: { outlet: { domain: 'harbourcourier.example' } } } });
    const answer = await handleMessage({ type: 'tab:get', tabId: 7 }, {}, onPageA);
    expect(answer).toEqual(saved);
    expect(await handleMessage({ type: 'tab:get', tabId: 8 }, {}, onPageA)).toEqual({ ok: true, value: null });
  });

  it('answers null once the tab shows another document, or one it cannot run in', async () => {
    await handleMessage({ type: 'page:read', state: found }, { tab: { id: 7 } });
    expect(await handleMessage({ type: 'tab:get', tabId: 7 }, {}, async () => 'page-b')).toEqual({ ok: true, value: null });
    expect(await handleMessage({ type: 'tab:get', tabId: 7 }, {}, async () => null)).toEqual({ ok: true, value: null });
    // Asking with no content script to answer (the fake browser has none) is no error either.
    expect(await handleMessage({ type: 'tab:get', tabId: 7 }, {})).toEqual({ ok: true, value: null });
  });

  it('falls back to the page URL for the domain when there is no canonical URL', async () => {
    const state = { ...found, article: { ...found.article!, canonicalUrl: null } };
    await handleMessage({ type: 'page:read', state }, { tab: { id: 3 }, url: 'https://news.bbc.co.uk/story' });
    expect((await loadTabState(3))?.article?.outlet.domain).toBe('bbc.co.uk');
  });

  it('ignores messages that are not ours and refuses page:read from outside a tab', async () => {
    expect(await handleMessage({ type: 'something-else' }, {})).toBeUndefined();
    expect(await handleMessage('hello', {})).toBeUndefined();
    expect(await handleMessage({ type: 'page:read', state: found }, {})).toEqual({ ok: false, error: 'page:read came from outside a tab' });
  });

  it('forgets a tab', async () => {
    await handleMessage({ type: 'page:read', state: found }, { tab: { id: 5 } });
    await forgetTab(5);
    expect(await loadTabState(5)).toBeNull();
    expect(await browser.storage.session.get(null)).toEqual({});
  });
});

describe('badgeFor', () => {
  it.each([
    ['an article', found, '✓', /article found: Estmere/],
    [
      'an article in the library',
      { ...found, saved: { savedAt: '2026-11-25T10:00:00.000Z', placed: 2, orphans: [] } },
      '★',
      /article found, in your library: Estmere/,
    ],
    ['no article', { ...found, article: null, reason: 'url: home page' }, '', /no article/],
    ['a failure', { ...found, article: null, error: 'page too large to read' }, '!', /could not read this page: page too large/],
    ['a page never read', null, '', /no article/],
  ])('%s', (_name, state, text, title) => {
    const badge = badgeFor(state as TabState | null);
    expect(badge.text).toBe(text);
    expect(badge.title).toMatch(title);
  });
});

describe('the router', () => {
  beforeEach(() => fakeBrowser.reset());

  it('leaves what is not ours to other listeners, at once (a promise would answer it)', () => {
    for (const message of [{ type: 'something-else' }, { type: 'constructor' }, { type: 'toString' }, { kind: 'tab:get' }, null, 7]) {
      expect(handleMessage(message, {})).toBeUndefined();
    }
  });

  it('answers a malformed message of ours with what is wrong, and its handler never sees it', async () => {
    const broken = { ...found, pageId: 42 };
    expect(await handleMessage({ type: 'page:read', state: broken }, { tab: { id: 9 } })).toEqual({
      ok: false,
      error: 'Sourcelight cannot take this "page:read" message: state.pageId: should be text, not a number',
    });
    expect(await loadTabState(9)).toBeNull();
  });

  it('turns a handler that throws into an error the UI can show', async () => {
    const request = { name: 'Mikhail Orlovsky', context: { role: null, organizations: [], places: [], date: null } };
    const refusing = { onlineConsent: async () => Promise.reject(new Error('the consent API is gone')) };
    expect(await handleMessage({ type: 'knowledge:lookup', request, once: true }, {}, refusing)).toEqual({
      ok: false,
      error: 'the consent API is gone',
    });
  });
});
