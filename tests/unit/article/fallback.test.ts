/**
 * Extraction when Readability fails inside (it threw on 7 of the L3S pages parsed by linkedom
 * alone): the longest run of prose stands in for its result, so the reader still gets the
 * article. Readability is made to throw here, on real news pages of different layouts, and the
 * fallback's text is compared with what the L3S assessors marked as the article.
 */
import { describe, expect, test, vi } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { expectRunsFaithful } from '../../helpers/expect-runs';
import { hasShared, L3S_GROUND_TRUTH, l3sGold, parseL3s } from '../../helpers/shared-data';

vi.mock('@mozilla/readability', async (original) => {
  const actual = await original<typeof import('@mozilla/readability')>();
  class ThrowingReadability {
    parse(): never {
      throw new TypeError("Cannot read properties of null (reading 'tagName')");
    }
  }
  return { ...actual, Readability: ThrowingReadability };
});

/** The share of the gold text's word 4-grams that `text` holds, and of `text`'s that are gold's. */
function shingleOverlap(text: string, gold: string): { recall: number; precision: number } {
  const grams = (s: string) => {
    const words = s.match(/[\p{L}\p{N}_]+/gu) ?? [];
    const out = new Map<string, number>();
    for (let i = 0; i + 4 <= words.length; i++) {
      const k = words.slice(i, i + 4).join(' ');
      out.set(k, (out.get(k) ?? 0) + 1);
    }
    return out;
  };
  const a = grams(text);
  const g = grams(gold);
  let common = 0;
  for (const [k, n] of a) common += Math.min(n, g.get(k) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0) || 1;
  return { recall: common / total(g), precision: common / total(a) };
}

describe.runIf(hasShared(L3S_GROUND_TRUTH, 'L3S-GN1 news pages'))('extraction when Readability throws', () => {
  test.each([
    // [page, layout]
    ['885c3db6-4717-4842-b85f-46123026019d', 'a short agency story in <p>s'],
    ['31288d4b-7150-4b3d-8420-5b80d4c11e11', 'a table layout of many cells'],
    ['087f7e09-127b-4637-a436-139e0aa00217', 'a story in one table cell, paragraphs between <br>s'],
    ['48101d52-a9ab-456b-a278-795eb2c53473', 'short paragraphs in <div>s'],
  ])('%s (%s): the longest run of prose, mapped onto the page', (id) => {
    const doc = parseL3s(id);
    const { article, map } = extractArticle(doc, { detection: { isArticle: true, reason: 'test' } });
    expect(article.detected).toBe(true);
    expectRunsFaithful(map);
    const { recall, precision } = shingleOverlap(article.text, l3sGold(id));
    expect(recall).toBeGreaterThan(0.7);
    expect(precision).toBeGreaterThan(0.5);
  });
});
