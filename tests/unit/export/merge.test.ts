import { describe, expect, it } from 'vitest';
import { mergeArticles, parseImport } from '@/lib/export/import';
import { toWebAnnotations } from '@/lib/export/jsonld';
import type { SavedArticle } from '@/lib/library/types';
import { machineSaved, REVIEWED_AT, reviewedSaved } from './fixtures';

const fromJsonLd = (articles: SavedArticle[]): SavedArticle[] => {
  const result = parseImport('a.jsonld', JSON.stringify(toWebAnnotations(articles)));
  if (!result.ok) throw new Error(result.error);
  return result.articles;
};
const ids = (a: SavedArticle) => a.annotations.map((x) => x.id);
const other: SavedArticle = { ...machineSaved(), url: 'https://harbourcourier.example/world/other', annotations: [] };

describe('mergeArticles', () => {
  it('adds what the library lacks, and changes nothing when the same file comes again', () => {
    const first = mergeArticles([other], [reviewedSaved()]);
    expect(first).toMatchObject({ added: 1, updated: 0, unchanged: 0, orphans: [] });
    expect(first.merged).toEqual([other, reviewedSaved()]);
    const again = mergeArticles(first.merged, [reviewedSaved()]);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(again.merged).toEqual(first.merged);
  });

  it('merges annotations by id, the later `modified` winning either way', () => {
    const machine = machineSaved();
    const reviewed = reviewedSaved();
    const up = mergeArticles([machine], [reviewed]);
    expect(up).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(up.merged[0]!.annotations).toEqual(reviewed.annotations);
    // An older machine reading arriving later does not undo the researcher's review.
    const down = mergeArticles([reviewed], [machine]);
    expect(down).toMatchObject({ updated: 0, unchanged: 1 });
    expect(down.merged[0]!.annotations.map((a) => a.verdict)).toEqual(reviewed.annotations.map((a) => a.verdict));
  });

  it('keeps the library’s text when the import is from JSON-LD, which has none', () => {
    const incoming = fromJsonLd([reviewedSaved()]);
    expect(incoming[0]!.text).toBe('');
    const { merged, updated, orphans } = mergeArticles([machineSaved()], incoming);
    expect({ updated, orphans }).toEqual({ updated: 1, orphans: [] });
    expect(merged).toEqual([{ ...reviewedSaved() }]);
  });

  it('adds a JSON-LD article the library lacks without its text, its annotations on their selectors', () => {
    const { merged, added } = mergeArticles([], fromJsonLd([reviewedSaved()]));
    expect(added).toBe(1);
    expect(merged[0]).toEqual({ ...reviewedSaved(), text: '' });
  });

  it('duplicates nothing when annotations arrive in both directions', () => {
    const reviewed = reviewedSaved();
    const mine = { ...reviewed, annotations: reviewed.annotations.slice(0, 10) };
    const theirs = { ...reviewed, annotations: reviewed.annotations.slice(5) };
    const { merged } = mergeArticles([mine], [theirs]);
    expect(ids(merged[0]!)).toEqual(ids(reviewed));
    expect(new Set(ids(merged[0]!)).size).toBe(reviewed.annotations.length);
  });

  it('moves annotations onto a newer text of the article, and keeps (and lists) the ones whose passage is gone', () => {
    const old = reviewedSaved();
    const gone = old.annotations[0]!;
    const text =
      'Updated at 11:00 with the envoy’s reply.\n\n' + old.text.replace(gone.selector.quote.exact, 'Marsh declined to comment further');
    const newer: SavedArticle = { ...old, text, annotations: [], updatedAt: '2026-12-01T00:00:00.000Z' };
    const { merged, orphans } = mergeArticles([old], [newer]);
    // Listed with what finds it in the library: the article, the annotation and its quote.
    expect(orphans).toEqual([{ url: old.url, title: old.title, id: gone.id, quote: gone.selector.quote.exact }]);
    const article = merged[0]!;
    expect(article.text).toBe(text);
    expect(ids(article).sort()).toEqual(ids(old).sort());
    const kept = article.annotations.find((a) => a.id === gone.id)!;
    expect(kept).toEqual(gone);
    for (const a of article.annotations.filter((x) => x.id !== gone.id))
      expect(text.slice(a.selector.position.start, a.selector.position.end)).toBe(a.selector.quote.exact);
    expect(article.annotations.find((a) => a.id === old.annotations[1]!.id)!.selector.position.start).toBeGreaterThan(
      old.annotations[1]!.selector.position.start,
    );
  });

  it('keeps the earliest savedAt, the latest updatedAt and every tag', () => {
    const reviewed = reviewedSaved();
    const later = { ...reviewed, tags: ['fisheries'], savedAt: '2026-12-24T00:00:00.000Z', updatedAt: '2026-12-24T00:00:00.000Z' };
    const [article] = mergeArticles([reviewed], [later]).merged;
    expect(article).toMatchObject({
      savedAt: reviewed.savedAt,
      updatedAt: '2026-12-24T00:00:00.000Z',
      tags: ['estmere-calvara', 'fisheries'],
    });
    expect(REVIEWED_AT < article!.updatedAt).toBe(true);
  });
});
