import { beforeEach, describe, expect, test, vi } from 'vitest';
import { deleteSaved, importSaved, mergeSave, purgeTrash, putAnnotation, saveArticle, UNDO_MS, undoDelete } from '@/lib/library/store';
import { buildIndex, claimsBy, facets, findArticles, NO_FILTERS } from '@/lib/library/search';
import type { SourcelightDB } from '@/lib/db/schema';
import { toJsonLines } from '@/lib/export/jsonl';
import { freshStore } from '../../helpers/remember';
import { machineSaved, reviewedSaved } from '../export/fixtures';

let db: SourcelightDB;
beforeEach(() => {
  db = freshStore();
});

describe("saving keeps the researcher's work", () => {
  test("saving again brings the machine's new reading and keeps every verdict, correction, note and highlight", async () => {
    const reviewed = reviewedSaved();
    expect((await saveArticle(db, reviewed)).ok).toBe(true);
    const again = machineSaved('2026-11-28T00:00:00.000Z');
    const r = await saveArticle(db, again);
    expect(r.ok).toBe(true);
    const stored = (await db.saved.get(reviewed.url))!;
    const mine = reviewed.annotations.filter((a) => a.verdict !== 'unreviewed');
    for (const a of mine) expect(stored.annotations).toContainEqual(a);
    expect(stored.annotations).toHaveLength(new Set([...again.annotations, ...mine].map((a) => a.id)).size);
    expect(stored.savedAt).toBe(reviewed.savedAt);
  });

  test('saving the same reading again keeps the machine’s times and the article’s: the same library gives the same export', async () => {
    const first = machineSaved('2026-11-25T09:00:00.000Z');
    await saveArticle(db, first);
    const r = await saveArticle(db, machineSaved('2026-12-01T00:00:00.000Z'));
    expect(r).toEqual({ ok: true, value: first });
    expect(toJsonLines([(await db.saved.get(first.url))!])).toBe(toJsonLines([first]));
  });

  test('only an annotation the new reading changed, or found new, carries the new time', () => {
    const first = machineSaved('2026-11-25T09:00:00.000Z');
    const later = '2026-12-01T00:00:00.000Z';
    const again = machineSaved(later);
    const [changed, , gone] = again.annotations;
    const fresh = { ...gone!, id: 'urn:uuid:3f0b1c8e-0000-4000-8000-000000000001' };
    const incoming = {
      ...again,
      annotations: again.annotations.map((a) =>
        a === changed ? { ...a, machine: { ...a.machine!, sourceType: 'other' as const } } : a === gone ? fresh : a,
      ),
    };
    const merged = mergeSave(first, incoming);
    const times = new Map(merged.annotations.map((a) => [a.id, [a.created, a.modified]]));
    expect(times.get(changed!.id)).toEqual([later, later]);
    expect(times.get(fresh.id)).toEqual([later, later]);
    expect(times.has(gone!.id)).toBe(false);
    const kept = merged.annotations.filter((a) => a.id !== changed!.id && a.id !== fresh.id);
    expect(kept).toEqual(first.annotations.filter((a) => a.id !== changed!.id && a.id !== gone!.id));
    expect(merged.updatedAt).toBe(later);
    expect(merged.savedAt).toBe(first.savedAt);
  });

  test('mergeSave with nothing stored is the article itself', () => {
    const a = machineSaved();
    expect(mergeSave(undefined, a)).toBe(a);
  });

  test('a full disk fails the one write with a clear error and leaves what was saved as it was', async () => {
    const first = reviewedSaved();
    await saveArticle(db, first);
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(db.saved, 'put').mockRejectedValueOnce(quota);
    const r = await saveArticle(db, { ...first, title: 'changed' });
    spy.mockRestore();
    expect(r).toEqual({ ok: false, error: expect.stringContaining('storage for Sourcelight is full') });
    expect((await db.saved.get(first.url))!.title).toBe(first.title);
  });

  test("one annotation at a time: a correction is kept apart from the machine's output", async () => {
    const article = machineSaved();
    await saveArticle(db, article);
    const [a] = article.annotations;
    const corrected = {
      ...a!,
      verdict: 'corrected' as const,
      correction: { ...a!.machine!, speaker: 'Someone else' },
      modified: '2026-11-29T00:00:00.000Z',
    };
    const r = await putAnnotation(db, article.url, corrected);
    expect(r.ok && r.value.annotations.find((x) => x.id === a!.id)).toMatchObject({
      machine: a!.machine,
      correction: { speaker: 'Someone else' },
    });
    expect((await putAnnotation(db, 'https://nowhere.example/', corrected)).ok).toBe(false);
  });
});

describe('deleting asks the trash first', () => {
  test('a deleted article comes back within the undo window, not after', async () => {
    const article = reviewedSaved();
    await saveArticle(db, article);
    const t = Date.parse('2026-11-29T12:00:00Z');
    expect(await deleteSaved(db, article.url, t)).toEqual({ ok: true, value: true });
    expect(await db.saved.get(article.url)).toBeUndefined();
    expect(await undoDelete(db, article.url, t + 60_000)).toEqual({ ok: true, value: true });
    expect(await db.saved.get(article.url)).toEqual(article);
    await deleteSaved(db, article.url, t);
    expect(await undoDelete(db, article.url, t + UNDO_MS + 1)).toEqual({ ok: true, value: false });
    expect(await purgeTrash(db, t + UNDO_MS + 1)).toBe(1);
  });
});

describe('import merges without duplicates', () => {
  test('the same export twice adds once; a newer annotation wins', async () => {
    const reviewed = reviewedSaved();
    expect(await importSaved(db, [reviewed])).toMatchObject({ ok: true, value: { added: 1, updated: 0 } });
    expect(await importSaved(db, [reviewed])).toMatchObject({ ok: true, value: { added: 0, unchanged: 1 } });
    expect(await db.saved.count()).toBe(1);
    const stored = (await db.saved.get(reviewed.url))!;
    expect(stored.annotations.length).toBe(reviewed.annotations.length);
  });
});

describe('finding saved articles', () => {
  test('search by a person, a word of a note, with filters; every claim of a person across articles', () => {
    const reviewed = reviewedSaved();
    const articles = [reviewed];
    const speaker = reviewed.annotations.find((a) => a.machine?.speaker)!.machine!.speaker!;
    const surname = speaker.split(' ').at(-1)!;
    expect(findArticles(articles, { ...NO_FILTERS, query: surname }).map((a) => a.url)).toEqual([reviewed.url]);
    expect(findArticles(articles, { ...NO_FILTERS, query: 'zzzzqq' })).toEqual([]);
    expect(findArticles(articles, { ...NO_FILTERS, query: 'ministry' }, buildIndex(articles))).toHaveLength(1);
    expect(findArticles(articles, { ...NO_FILTERS, person: speaker })).toHaveLength(1);
    expect(findArticles(articles, { ...NO_FILTERS, outlet: 'elsewhere.example' })).toEqual([]);
    expect(findArticles(articles, { ...NO_FILTERS, tag: 'fees' })).toHaveLength(1);
    expect(findArticles(articles, { ...NO_FILTERS, from: '2999-01-01' })).toEqual([]);
    expect(facets(articles).people).toContain(speaker);
    const claims = claimsBy(articles, speaker);
    expect(claims.length).toBeGreaterThan(0);
    // A rejected claim is not the person's any more.
    const rejected = reviewed.annotations.find((a) => a.verdict === 'rejected')!;
    expect(claims.map((c) => c.annotationId)).not.toContain(rejected.id);
  });
});
