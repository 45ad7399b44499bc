import { describe, expect, it, test } from 'vitest';
import type { SavedOnPage, TabState } from '@/lib/messaging/protocol';
import { digestAnalysis } from '@/lib/memory/digest';
import { analyze } from '@/lib/nlp/analyze';
import { buildTabState, unreadReason, withSaved, type ReadingContext, type ReadingOutcome } from '@/lib/page/tab-state';
import type { ArticleInfo } from '@/lib/types';

const TEXT =
  '"We are closer than we have been at any point this year," said Mikhail Orlovskiy, the spokesperson of the Estmere foreign ministry. Residents of the harbour said the night was quiet.';
const analysis = analyze(TEXT, { language: 'en' });
const digest = digestAnalysis(analysis);

const article: ArticleInfo = {
  detected: true,
  reason: 'json-ld:NewsArticle',
  title: 'Estmere and Calvara extend harbour talks',
  byline: 'A. Writer',
  outlet: { name: 'The Harbour Courier', domain: null },
  publishedAt: '2024-03-01T10:00:00.000Z',
  language: 'en',
  canonicalUrl: 'http://127.0.0.1:8080/world/harbour-talks.html',
  excerpt: 'The talks go on.',
  text: TEXT,
  wordCount: 31,
};

const saved: SavedOnPage = { savedAt: '2024-03-02T00:00:00.000Z', placed: 1, orphans: [{ quote: 'gone', note: '', speaker: null }] };
const context: ReadingContext = { pageId: 'page-1', host: '127.0.0.1', checkedAt: 42 };
const timing = { longestTaskMs: 7, msToDone: 180, stages: [3, 7] };

describe('buildTabState: the one way a reading becomes a TabState', () => {
  test.each<[string, ReadingOutcome, Partial<TabState>]>([
    [
      'a page that is not an article says why',
      { kind: 'not-article', reason: 'url: home page' },
      { article: null, reason: 'url: home page', error: null },
    ],
    [
      'a page the background did not answer for says so, with what to do',
      { kind: 'unread', error: 'the extension’s background did not answer; reload the page to try again' },
      { article: null, reason: unreadReason(), error: 'the extension’s background did not answer; reload the page to try again' },
    ],
  ])('%s', (_what, outcome, expected) => {
    const state = buildTabState(context, outcome);
    expect(state).toEqual({ pageId: 'page-1', host: '127.0.0.1', checkedAt: 42, ...expected });
  });

  it('an article: its summary without its text, what was found and painted, and the digest', () => {
    const state = buildTabState(context, { kind: 'article', article, analysis, digest, painted: 5, saved: null });
    expect(state.article).toEqual({
      title: article.title,
      byline: 'A. Writer',
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      language: 'en',
      canonicalUrl: article.canonicalUrl,
      wordCount: 31,
      reason: 'json-ld:NewsArticle',
    });
    expect(state).toMatchObject({ reason: 'json-ld:NewsArticle', error: null });
    expect(state.found).toMatchObject({ people: 1, highlights: 5, supported: true });
    expect(state.found!.claims).toBe(analysis.attributions.length);
    expect(state.found!.direct + state.found!.reported).toBe(state.found!.claims);
    expect(state.digest!.entities[0]).toMatchObject({ name: 'Mikhail Orlovskiy' });
    expect('saved' in state).toBe(false);
    // Names and claims go to the popup in the digest; the article's text stays in the page.
    expect(JSON.stringify({ ...state, digest: undefined })).not.toContain('Residents of the harbour');
  });

  it('carries the saved version placed on the page, and the timing, when there are', () => {
    const state = buildTabState({ ...context, timing }, { kind: 'article', article, analysis, digest, painted: 0, saved });
    expect(state.saved).toEqual(saved);
    expect(state.timing).toEqual(timing);
    expect(buildTabState({ ...context, timing }, { kind: 'unread', error: 'x' }).timing).toEqual(timing);
  });
});

describe('withSaved: saving builds a new state, never changes a reported one', () => {
  it('adds the saved version to a copy', () => {
    const reported = buildTabState(context, { kind: 'article', article, analysis, digest, painted: 2, saved: null });
    const before = structuredClone(reported);
    const next = withSaved(reported, saved);
    expect(next).not.toBe(reported);
    expect(next).toEqual({ ...before, saved });
    expect(reported).toEqual(before);
  });

  it('drops a saved version that can no longer be found', () => {
    const reported = buildTabState(context, { kind: 'article', article, analysis, digest, painted: 2, saved });
    const next = withSaved(reported, null);
    expect('saved' in next).toBe(false);
    expect(reported.saved).toEqual(saved);
  });
});
