import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readArticle } from '@/lib/article';
import { extractArticle } from '@/lib/article/extract';
import { registrableDomain } from '@/lib/article/outlet';
import { hasShared, parse, readSample, SEED_PAGE } from '../../helpers/shared-data';
import { expectRunsFaithful } from '../../helpers/expect-runs';

describe.runIf(hasShared(SEED_PAGE, 'seed page extraction'))('the seed page', () => {
  // Read in the tests, not here: describe bodies run even when the block is skipped.
  let html = '';
  beforeAll(() => {
    html = readFileSync(SEED_PAGE, 'utf8');
  });

  it('extracts the article without the "most read" list, with its metadata', () => {
    const doc = parse(html);
    const { article, map } = readArticle(doc, { domainOf: registrableDomain });
    expect(article).toMatchObject({
      detected: true,
      title: "Vladimir Putin may be using North Korean missiles in Ukraine — here's real truth",
      byline: 'World Desk',
      outlet: { name: 'The Daily Ledger', domain: 'dailyledger.example' },
      publishedAt: '2024-01-09T10:30:00.000Z',
      language: 'en',
      canonicalUrl: 'https://dailyledger.example/world/putin-north-korean-missiles-ukraine',
    });
    expect(article.text).toContain('Kremlin spokesperson Dmitry Peskov responded, "No comment," to a call with reporters.');
    expect(article.text).toContain('111 injuries, according to Russian media.');
    for (const outside of ['Most read', 'Alan Cumming', 'Peter Steinberger', 'Bad Bunny', 'About us', 'Politics']) {
      expect(article.text).not.toContain(outside);
    }
    expect(article.text).not.toMatch(/^By World Desk/m); // the byline line is metadata, not body
    expect(article.text.split('\n\n')).toHaveLength(7); // standfirst + six paragraphs
    expectRunsFaithful(map);
  });

  it('maps the text back to the page it was given, which it leaves unchanged', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    const { article, map } = extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    const at = article.text.indexOf('Dmitry Peskov');
    const run = map.runs.find((r) => r.start <= at && at < r.end)!;
    // The run's node belongs to the page passed in, not to the clone Readability worked on.
    expect(doc.body.contains(run.node)).toBe(true);
    expect(run.node.parentElement?.tagName).toBe('P');
  });
});

describe('the sample article (sample/world/harbour-talks.html)', () => {
  const doc = parse(readSample('world', 'harbour-talks.html'));
  const { article, map } = readArticle(doc, { domainOf: registrableDomain });

  it('has its metadata', () => {
    expect(article).toMatchObject({
      detected: true,
      title: 'Estmere and Calvara extend harbour talks as fishing dispute drags on',
      byline: 'Daniel Ferrow',
      outlet: { name: 'The Harbour Courier', domain: 'harbourcourier.example' },
      publishedAt: '2026-11-24T08:15:00.000Z',
      language: 'en',
    });
    expect(article.wordCount).toBeGreaterThan(550);
  });

  it('leaves out ads, related links, most-read, comments and share bars', () => {
    expect(article.text).toContain('“We have narrowed the gaps, but we are not there yet,” Foreign Minister Elena Marsh');
    expect(article.text).toContain('Harald Brenn');
    for (const outside of [
      'Advertisement',
      'Odile Brandvik',
      'Kasimir Volk',
      'saltwater_jen',
      'Piet Vandermolen',
      'Share on',
      'Copy link',
      'Subscribe',
      'Read more',
    ]) {
      expect(article.text).not.toContain(outside);
    }
    expectRunsFaithful(map);
  });

  it('keeps every paragraph of the story, from the first subheading to the last line', () => {
    // The end-to-end tests count highlights on this text: boilerplate removal must not touch it.
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(14);
    expect(paragraphs[0]).toBe('Fishing rights');
    expect(paragraphs.at(-1)).toMatch(/^The fourth round of talks will open on December 8.*according to the foreign ministry\.$/);
  });
});

describe('widget removal', () => {
  const para = (i: number) =>
    `<p>Paragraph ${i}: the minister said the talks, which began in Geneva on Monday, would continue next week after both delegations asked for more time to consult.</p>`;
  const body = Array.from({ length: 8 }, (_, i) => para(i + 1)).join('');

  it('keeps an article whose wrapper has a widget-like class', () => {
    const html = `<html><body><div class="post has-newsletter-signup">${body}</div><div class="newsletter">Sign up for our newsletter</div></body></html>`;
    const { article } = readArticle(parse(html), { always: true });
    expect(article.text).toContain('Paragraph 1:');
    expect(article.text).toContain('Paragraph 8:');
    expect(article.text).not.toContain('Sign up');
  });

  it('drops a most-read list and an ad inside the article body', () => {
    const html = `<html><body><article>${para(1)}<div class="ad-slot">Advertisement</div>${body}<ol class="most-read"><li><a href="/x">Other story about Bad Bunny</a></li></ol></article></body></html>`;
    const { article } = readArticle(parse(html), { always: true });
    expect(article.text).toContain('Paragraph 8:');
    expect(article.text).not.toMatch(/Advertisement|Bad Bunny/);
  });
});

describe('bad input', () => {
  it.each([
    ['an empty file', ''],
    ['a fragment with no html element', 'just some words'],
    ['unclosed tags', '<html><body><div><p>Unclosed <b>bold <i>and more'],
    ['a binary-looking file', '\u0000\u0001\u0002PNG\u0000'],
  ])('%s gives an empty or tiny article, not an exception', (_name, html) => {
    const { article } = readArticle(parse(html), { always: true });
    expect(article.detected).toBe(false);
    expect(typeof article.text).toBe('string');
  });

  it('stops on a page with more elements than allowed', () => {
    const html = `<html><body><article>${'<p>Some words here in a paragraph of the article.</p>'.repeat(2000)}</article></body></html>`;
    expect(() => readArticle(parse(html), { always: true, maxElements: 500 })).toThrow(/page too large to read: \d+ elements/);
  });

  it('reads a large article (1 MB of text)', () => {
    const para =
      '<p>The minister said the talks, which began in Geneva on Monday, would continue next week after both delegations asked for more time.</p>';
    const html = `<html><head><meta property="og:type" content="article"></head><body><article>${para.repeat(8000)}</article></body></html>`;
    const { article } = readArticle(parse(html));
    expect(article.detected).toBe(true);
    expect(article.text.length).toBeGreaterThan(1_000_000);
  });

  it('says which language a non-English page is in, whatever its lang attribute', () => {
    const fr =
      '<p>Le ministre des affaires étrangères a déclaré mardi que les négociations reprendraient le mois prochain et que les deux délégations avaient réduit leurs différences sur l’accès aux ports.</p>';
    const { article } = readArticle(parse(`<html lang="en"><body><article>${fr.repeat(6)}</article></body></html>`), { always: true });
    expect(article.language).toBe('fr');
  });
});
