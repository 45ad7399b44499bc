// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ArticleCard } from '@/components/ArticleCard';
import type { TabState } from '@/lib/messaging/protocol';
import { describeReason } from '@/lib/popup/describe-reason';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

const state: TabState = {
  pageId: 'p',
  article: {
    title: 'Vladimir Putin may be using North Korean missiles in Ukraine',
    byline: 'World Desk',
    outlet: { name: 'The Daily Ledger', domain: 'dailyledger.example' },
    publishedAt: '2024-01-09T10:30:00.000Z',
    language: 'en',
    canonicalUrl: null,
    wordCount: 1234,
    reason: 'json-ld:NewsArticle',
  },
  reason: 'json-ld:NewsArticle',
  error: null,
  checkedAt: 0,
};

describe('ArticleCard', () => {
  it('shows the title, outlet, date and word count', () => {
    const el = root();
    render(<ArticleCard state={state} />, el);
    expect(el.querySelector('[data-testid=article-title]')?.textContent).toBe(state.article!.title);
    expect(el.textContent).toContain('The Daily Ledger');
    expect(el.textContent).toContain('dailyledger.example');
    expect(el.querySelector('[data-testid=article-date]')?.textContent).toMatch(/January 9, 2024|9 January 2024/);
    expect(el.querySelector('[data-testid=article-words]')?.textContent).toBe('1,234 words');
  });

  it('renders page text as text, never as HTML', () => {
    const el = root();
    const hostile = { ...state, article: { ...state.article!, title: '<img src=x onerror=alert(1)>Title' } };
    render(<ArticleCard state={hostile} />, el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('[data-testid=article-title]')?.textContent).toBe('<img src=x onerror=alert(1)>Title');
  });

  it('says there is no article, and why in plain words', () => {
    const el = root();
    render(<ArticleCard state={{ ...state, article: null, reason: 'url: home page' }} describe={describeReason} />, el);
    expect(el.querySelector('[data-testid=no-article]')?.textContent).toContain('No article on this page');
    expect(el.textContent).toContain('This looks like a home page.');
    expect(el.textContent).not.toContain('url:');
  });

  it('tells a failure apart from "no article"', () => {
    const el = root();
    render(<ArticleCard state={{ ...state, article: null, error: 'page too large to read: 200000 elements' }} />, el);
    expect(el.textContent).toContain('could not read this page: page too large');
    // Not "no article": the page may well hold one.
    expect(el.querySelector('.empty__title')?.textContent).toBe('This page could not be read');
    expect(el.textContent).not.toContain('No article on this page');
    render(<ArticleCard state={undefined} error="Could not establish connection" />, el);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Could not establish connection');
  });

  it('shows a page never read (a browser page) as no article, and a missing date plainly', () => {
    const el = root();
    render(<ArticleCard state={null} />, el);
    expect(el.textContent).toContain('No article on this page');
    render(<ArticleCard state={{ ...state, article: { ...state.article!, publishedAt: null, byline: null } }} />, el);
    expect(el.querySelector('[data-testid=article-date]')?.textContent).toBe('date not given');
  });
});

describe('describeReason', () => {
  it.each([
    ['url: home page', 'home page'],
    ['listing: 20 headline links, 1 paragraphs', 'list of headlines'],
    ['json-ld:Product', 'product page'],
    ['og:type=video.other', 'video page'],
    ['og:type=article, but too little prose', 'too little running text'],
    ['not readerable', 'too little running text'],
    ['site rule bbc.co.uk: not an article path', 'section page'],
    ['something new', 'looks like something else'],
  ])('%s', (reason, words) => expect(describeReason(reason)).toContain(words));
});

describe('the sourcing summary', () => {
  it('counts claims by source type, named and anonymous, direct and reported', () => {
    const el = root();
    const found = {
      people: 3,
      officials: 3,
      claims: 7,
      highlights: 17,
      supported: true,
      direct: 1,
      reported: 6,
      bySourceType: { 'named-person': 2, anonymous: 1, institution: 3, media: 1, document: 0, other: 0 },
    };
    render(<ArticleCard state={{ ...state, found }} />, el);
    const summary = el.querySelector('[data-testid=summary]')!;
    expect(summary.textContent).toContain('3 people (3 officials) · 7 attributed claims');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '2 from named persons',
      '3 from institutions',
      '1 from news media',
      '1 from anonymous source',
    ]);
    expect(summary.textContent).toContain('Named 2 · anonymous 1 · quoted directly 1 · reported 6');
  });

  it('says when the language is not supported', () => {
    const el = root();
    const found = {
      people: 0,
      officials: 0,
      claims: 0,
      highlights: 0,
      supported: false,
      direct: 0,
      reported: 0,
      bySourceType: { 'named-person': 0, anonymous: 0, institution: 0, media: 0, document: 0, other: 0 },
    };
    render(<ArticleCard state={{ ...state, found }} />, el);
    expect(el.querySelector('[data-testid=summary]')!.textContent).toContain('language is not supported');
  });
});
