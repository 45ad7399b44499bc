/**
 * The prose signal of detection (prose.ts) over real news pages of 2008 (L3S-GN1, every one an
 * article) that Readability's readerable check misses: short wire paragraphs, paragraphs set as
 * table rows, text between <br>s or between empty <p></p>s inside a <font>. And the pages of
 * Readability's own suite that it judges no article stay below the signal's bar.
 */
import { describe, expect, test } from 'vitest';
import { detectArticle } from '@/lib/article/detect';
import { findProse } from '@/lib/article/prose';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hasShared, L3S_PAGES, parse, parseL3s, READABILITY_PAGES } from '../../helpers/shared-data';

describe.runIf(hasShared(L3S_PAGES, 'L3S-GN1 news pages'))('the prose signal on news pages Readability calls not readerable', () => {
  test.each([
    // [page, what its layout is, the container's tag]
    ['087f7e09-127b-4637-a436-139e0aa00217', 'a story in one table cell, paragraphs between <br>s', 'TD'],
    ['1ef621ac-550e-41c8-ba42-e55c58be1c48', 'paragraphs between empty <p></p>s inside a <font>', null],
    ['48101d52-a9ab-456b-a278-795eb2c53473', 'short paragraphs in <div>s', null],
    ['d00505ef-6e10-4616-88f0-d1165292c417', 'a cell of <br>-separated text inside an ASP.NET <form>', 'TD'],
    ['ed6922c6-e0e6-47b7-aa3c-15589135b3e3', 'a long story in a table layout', null],
  ])('%s (%s) is an article by its prose', (id, _layout, tag) => {
    const file = path.join(L3S_PAGES, `${id}.html`);
    if (!hasShared(file, `L3S page ${id}`)) return;
    const doc = parseL3s(id);
    const detection = detectArticle(doc, `http://127.0.0.1/${id}.html`);
    expect(detection.isArticle).toBe(true);
    expect(detection.reason).toMatch(/^prose: /);
    if (tag) expect(findProse(doc.documentElement).container?.tagName).toBe(tag);
  });
});

describe.runIf(hasShared(L3S_PAGES, 'L3S-GN1 news pages'))('the frame of a report: a headline the title names, a date', () => {
  test.each([
    // [page, what it is, the reason detection gives]
    ['02841370-c748-4afe-93c7-1c40436f37b6', 'a three-paragraph agency brief', /^news brief: /],
    ['885c3db6-4717-4842-b85f-46123026019d', 'three short paragraphs of agency copy', /^prose: /],
    ['ee190bc4-b017-4a2c-b981-a88245c07278', 'a brief under a headline in an <h1>', /^news brief: /],
    ['10abe0fd-d700-41a5-932c-6252b9c65b7e', 'a story beside a wall of linked headlines', /^readerable$/],
    ['b44ce3e2-4af5-4ab4-89a0-51b3d29e2156', 'a story beside a wall of linked headlines', /^readerable$/],
  ])('%s (%s) is an article', (id, _what, reason) => {
    if (!hasShared(path.join(L3S_PAGES, `${id}.html`), `L3S page ${id}`)) return;
    const detection = detectArticle(parseL3s(id), `http://127.0.0.1/${id}.html`);
    expect(detection).toMatchObject({ isArticle: true });
    expect(detection.reason).toMatch(reason);
  });
});

describe.runIf(hasShared(READABILITY_PAGES, 'Readability test pages'))('the prose signal on pages that are no article', () => {
  test.each(['mozilla-2', 'ol', 'remove-aria-hidden', 'mathjax', 'js-link-replacement', 'lazy-image-3'])('%s is not an article', (name) => {
    const doc = parse(readFileSync(path.join(READABILITY_PAGES, name, 'source.html'), 'utf8'));
    const detection = detectArticle(doc, `http://127.0.0.1/${name}/source.html`);
    expect(detection.isArticle).toBe(false);
    const prose = findProse(doc.documentElement);
    expect(prose.letters).toBeLessThan(450);
  });
});
