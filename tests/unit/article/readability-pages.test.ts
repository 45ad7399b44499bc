/**
 * Detection and extraction over the 130 pages of Readability's test suite (../shared/data),
 * against the metadata Readability itself expects. `readerable` there is Readability's own
 * judgement, not ground truth, so agreement is required to be high, not total.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle, type Extraction } from '@/lib/article';
import { expectRunsFaithful } from '../../helpers/expect-runs';
import { hasShared, parse, READABILITY_PAGES, readabilityCases, type ReadabilityCase } from '../../helpers/shared-data';

describe.runIf(hasShared(READABILITY_PAGES, 'Readability test pages'))('the Readability test pages', () => {
  // Computed before the tests, not here: describe bodies run even when the block is skipped.
  type Result = { c: ReadabilityCase; extraction: Extraction | null; unchanged: boolean; error: string | null };
  let cases: ReadabilityCase[] = [];
  let results: Result[] = [];
  beforeAll(() => {
    cases = readabilityCases();
    results = cases.map((c) => {
      try {
        const doc = parse(c.html);
        // linkedom creates a missing <head> or <body> when first asked for; a browser's parser always has them.
        void doc.head;
        void doc.body;
        const before = doc.documentElement?.outerHTML;
        const extraction = readArticle(doc, { always: true });
        return { c, extraction, unchanged: doc.documentElement?.outerHTML === before, error: null };
      } catch (e) {
        return { c, extraction: null, unchanged: true, error: String(e) };
      }
    });
    // 130 pages take some seconds alone, and well over Vitest's 10 s on a machine shared with other runs.
  }, 60_000);
  const share = (pred: (r: Result) => boolean) => results.filter(pred).length / results.length;

  it('reads all 130 without an exception', () => {
    expect(cases.length).toBeGreaterThanOrEqual(130);
    expect(results.filter((r) => r.error).map((r) => `${r.c.name}: ${r.error}`)).toEqual([]);
  });

  it('agrees with readerable on at least 95% of pages', () => {
    expect(share((r) => r.extraction?.article.detected === r.c.expected.readerable)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the expected title and byline on at least 95% of pages', () => {
    expect(share((r) => (r.extraction?.article.title ?? null) === (r.c.expected.title ?? null))).toBeGreaterThanOrEqual(0.95);
    expect(share((r) => (r.extraction?.article.byline ?? null) === (r.c.expected.byline ?? null))).toBeGreaterThanOrEqual(0.95);
  });

  it('never changes the page, and maps every run of text to its node exactly', () => {
    for (const r of results) {
      expect(r.unchanged, r.c.name).toBe(true);
      if (r.extraction) expectRunsFaithful(r.extraction.map);
    }
  });

  it('gives a body of text for every page Readability finds readable', () => {
    const empty = results.filter((r) => r.c.expected.readerable && !r.extraction?.article.text).map((r) => r.c.name);
    expect(empty).toEqual([]);
  });
});
