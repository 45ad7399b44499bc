/**
 * One set of limits, enforced on save and on import: what the library holds always imports back.
 * An over-long title, byline, name, role or cue is shortened on save (never between the halves of
 * an emoji); what cannot be shortened without losing the article is refused with a clear reason.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { toJsonLines } from '@/lib/export/jsonl';
import { parseImport } from '@/lib/export/import';
import { LIMITS, savedArticleSchema } from '@/lib/export/schema';
import type { SourcelightDB } from '@/lib/db/schema';
import { fitToLimits } from '@/lib/library/fit-limits';
import { route } from '@/lib/background/router';
import { importSaved, putAnnotation, saveArticle } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';
import { freshStore } from '../../helpers/remember';
import { machineSaved, reviewedSaved, sampleReading } from '../export/fixtures';

let db: SourcelightDB;
// The background's answer to a library message, on this store.
const handleLibrary = async (message: unknown, store: SourcelightDB) =>
  (await route(message, {}, { db: () => store })) ?? { ok: false, error: 'not answered' };
beforeEach(() => {
  db = freshStore();
});

const long = (n: number, unit = 'x') => unit.repeat(n);
/** A string of `n` units whose emoji straddles the limit: a cut there would leave half of it. */
const emojiAtTheLimit = (n: number) => long(LIMITS.short - 2) + '🌊'.repeat(Math.ceil((n - LIMITS.short + 2) / 2));
const isWhole = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('fitToLimits shortens what a page or the analysis made too long', () => {
  it('gives an article within the limits back as it is', () => {
    const article = reviewedSaved();
    expect(fitToLimits(article)).toEqual({ ok: true, value: article });
    expect((fitToLimits(article) as { value: SavedArticle }).value).toBe(article);
  });

  it.each<[string, (a: SavedArticle) => void, (a: SavedArticle) => string | null | undefined]>([
    ['a title', (a) => (a.title = long(5000)), (a) => a.title],
    ['a title with an emoji across the limit', (a) => (a.title = emojiAtTheLimit(2100)), (a) => a.title],
    ['a byline', (a) => (a.byline = long(3000, 'By ')), (a) => a.byline],
    ['an outlet name', (a) => (a.outletName = long(2001)), (a) => a.outletName],
    ['an entity’s role', (a) => (a.entities[0]!.role = long(2001)), (a) => a.entities[0]!.role],
    ['an entity’s name', (a) => (a.entities[0]!.name = emojiAtTheLimit(2500)), (a) => a.entities[0]!.name],
    ['the machine’s cue', (a) => (a.annotations[0]!.machine!.cue = long(2001)), (a) => a.annotations[0]!.machine!.cue],
    ['the machine’s speaker', (a) => (a.annotations[0]!.machine!.speaker = long(4000)), (a) => a.annotations[0]!.machine!.speaker],
    ['a tag', (a) => (a.tags = [long(2001)]), (a) => a.tags[0]],
  ])('%s', (_, change, field) => {
    const article = machineSaved();
    change(article);
    expect(savedArticleSchema.safeParse(article).success).toBe(false);
    const fitted = fitToLimits(article);
    expect(fitted.ok).toBe(true);
    const value = field((fitted as { value: SavedArticle }).value)!;
    expect(value.length).toBeLessThanOrEqual(LIMITS.short);
    expect(value.length).toBeGreaterThan(LIMITS.short - 3);
    expect(value.endsWith('…')).toBe(true);
    expect(isWhole(value)).toBe(true);
    // What was not too long is as it was, and the article given is not changed.
    expect({
      ...(fitted as { value: SavedArticle }).value,
      title: null,
      byline: null,
      outletName: null,
      entities: [],
      annotations: [],
      tags: [],
    }).toEqual({ ...article, title: null, byline: null, outletName: null, entities: [], annotations: [], tags: [] });
    expect(field(article)!.length).toBeGreaterThan(LIMITS.short);
  });

  it.each<[string, (a: SavedArticle) => void, (a: SavedArticle) => unknown, unknown]>([
    ['a date too long to be one is dropped', (a) => (a.publishedAt = `2026-11-25 ${long(100)}`), (a) => a.publishedAt, null],
    ['a language tag too long to be one is dropped', (a) => (a.language = long(40)), (a) => a.language, null],
    [
      'more tags than the limit keep the first',
      (a) => (a.tags = Array.from({ length: 250 }, (_, i) => `t${i}`)),
      (a) => a.tags.slice(-1),
      [`t${LIMITS.tags - 1}`],
    ],
    ['empty tags are no tags', (a) => (a.tags = ['', 'fees', '']), (a) => a.tags, ['fees']],
  ])('%s', (_, change, field, expected) => {
    const article = machineSaved();
    change(article);
    const fitted = fitToLimits(article);
    expect(fitted.ok).toBe(true);
    expect(field((fitted as { value: SavedArticle }).value)).toEqual(expected);
  });

  it.each<[string, (a: SavedArticle) => void, RegExp]>([
    [
      'a text over the limit',
      (a) => (a.text = long(LIMITS.text + 1)),
      /^this article cannot be kept in the library: text: is longer than 5000000 characters\. The library keeps what its import accepts/,
    ],
    [
      'a URL over the limit',
      (a) => (a.url = `https://harbourcourier.example/${long(LIMITS.url)}`),
      /^this article cannot be kept in the library: url: is longer than 8192 characters/,
    ],
    ['a URL that is not a page’s', (a) => (a.url = 'javascript:alert(1)'), /url: should be an http\(s\) or file URL/],
    [
      'more annotations than the limit',
      (a) =>
        (a.annotations = Array.from({ length: LIMITS.annotations + 1 }, (_, i) => ({
          ...a.annotations[0]!,
          id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        }))),
      /annotations: has more than 10000 items/,
    ],
  ])('refuses %s, with the limit it passes', (_, change, error) => {
    const article = machineSaved();
    change(article);
    expect(fitToLimits(article)).toEqual({ ok: false, error: expect.stringMatching(error) });
  });
});

describe('what can be saved imports back', () => {
  it('an article saved with an over-long title and byline exports and imports back, whole', async () => {
    const article = { ...reviewedSaved(), title: emojiAtTheLimit(4000), byline: long(2500, 'By ') };
    expect((await saveArticle(db, article)).ok).toBe(true);
    const stored = (await db.saved.get(article.url))!;
    const back = parseImport('library.jsonl', toJsonLines([stored]));
    expect(back).toEqual({ ok: true, format: 'jsonl', articles: [stored], rejected: [], notes: [] });
    expect(stored.title!.length).toBeLessThanOrEqual(LIMITS.short);
    expect(stored.annotations).toEqual(article.annotations);
  });

  type Read = ReturnType<typeof sampleReading>['article'];
  it.each<[string, (a: Read) => Read, RegExp | null]>([
    ['an over-long title is shortened', (a) => ({ ...a, title: long(3000) }), null],
    [
      'a text over the limit is refused',
      (a) => ({ ...a, text: long(LIMITS.text + 1) }),
      /^this article cannot be kept in the library: text: is longer than 5000000 characters/,
    ],
  ])('the background’s save (library:save): %s', async (_, change, error) => {
    const { article, analysis } = sampleReading();
    const read = change(article);
    const r = await handleLibrary({ type: 'library:save', article: read, analysis }, db);
    if (error) {
      expect(r).toEqual({ ok: false, error: expect.stringMatching(error) });
      expect(await db.saved.count()).toBe(0);
    } else {
      expect(r.ok).toBe(true);
      expect(savedArticleSchema.safeParse(await db.saved.get(read.canonicalUrl)).success).toBe(true);
    }
  });

  it('a save that cannot be fitted is refused and leaves what was saved as it was', async () => {
    const first = reviewedSaved();
    await saveArticle(db, first);
    const r = await saveArticle(db, { ...first, text: long(LIMITS.text + 1) });
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^this article cannot be kept in the library: text: is longer than 5000000 characters/),
    });
    expect(await db.saved.get(first.url)).toEqual(first);
  });

  it('a note over the limit is refused on annotating, and the annotation stays as it was', async () => {
    const article = reviewedSaved();
    await saveArticle(db, article);
    const a = article.annotations[0]!;
    const r = await putAnnotation(db, article.url, { ...a, note: long(LIMITS.note + 1), modified: '2026-12-01T00:00:00.000Z' });
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/annotation 1 \(urn:uuid:[0-9a-f-]+\), note: is longer than 100000 characters/),
    });
    expect((await db.saved.get(article.url))!.annotations[0]).toEqual(a);
  });

  it('an import that would pass the limits once merged is left out and listed; the rest is written', async () => {
    const article = reviewedSaved();
    const full = {
      ...article,
      annotations: Array.from({ length: LIMITS.annotations }, (_, i) => ({
        ...article.annotations[0]!,
        id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      })),
    };
    expect((await importSaved(db, [full])).ok).toBe(true);
    const other = { ...machineSaved(), url: 'https://harbourcourier.example/other', annotations: [] };
    const r = await importSaved(db, [article, other]);
    expect(r).toEqual({
      ok: true,
      value: {
        added: 1,
        updated: 0,
        unchanged: 0,
        orphans: [],
        rejected: [
          expect.stringMatching(
            /^https:\/\/harbourcourier\.example\/world\/harbour-talks: this article cannot be kept in the library: annotations: has more than 10000 items/,
          ),
        ],
      },
    });
    expect((await db.saved.get(article.url))!.annotations).toHaveLength(LIMITS.annotations);
    expect(await db.saved.get(other.url)).toEqual(other);
  });

  it('an import lists the annotations it could not place in the library’s text', async () => {
    const old = reviewedSaved();
    await saveArticle(db, old);
    const gone = old.annotations[0]!;
    const newer = {
      ...old,
      text: old.text.replace(gone.selector.quote.exact, 'Marsh declined to comment further'),
      annotations: [],
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    const r = await importSaved(db, [newer]);
    expect(r).toEqual({
      ok: true,
      value: {
        added: 0,
        updated: 1,
        unchanged: 0,
        rejected: [],
        orphans: [{ url: old.url, title: old.title, id: gone.id, quote: gone.selector.quote.exact }],
      },
    });
  });
});
