/**
 * The research library in the store (schema v3: `saved`, `trash`). The background writes; the
 * library page reads, and asks the background to write. A researcher's work is never lost: saving
 * again keeps their verdicts, corrections and notes; deleting goes to a trash that can be undone;
 * a full disk fails the one write, in its transaction, leaving what was saved as it was.
 */
import { i18n } from '#i18n';
import type { SourcelightDB } from '../db/schema';
import { orderedAnnotation, orderedArticle } from '../export/field-order';
import { mergeArticles, type Orphan } from '../export/merge';
import { savedArticleSchema, validate } from '../export/schema';
import type { Result } from '../messaging/result';
import { fitToLimits } from './fit-limits';
import type { SavedAnnotation, SavedArticle } from './types';

/** How long a deleted article can be brought back. */
export const UNDO_MS = 10 * 60_000;

/** Has the researcher touched it? Then a new machine reading must not replace it. */
export function isResearchers(a: SavedAnnotation): boolean {
  return a.verdict !== 'unreviewed' || a.type === 'highlight' || a.note !== '' || a.tags.length > 0;
}

/** The same annotation with the same reading: everything but its times equal. */
function isSameReading(a: SavedAnnotation, b: SavedAnnotation): boolean {
  const untimed = (x: SavedAnnotation) => JSON.stringify(orderedAnnotation({ ...x, created: '', modified: '' }));
  return untimed(a) === untimed(b);
}

/**
 * The article saved again: the machine's new annotations, the researcher's kept over them by id.
 * A machine annotation that the new reading finds again unchanged keeps its times, and an article
 * nothing changed in keeps its `updatedAt`: the same library gives the same export however often
 * the page was saved. Only what changed carries the new time.
 */
export function mergeSave(existing: SavedArticle | undefined, incoming: SavedArticle): SavedArticle {
  if (!existing) return incoming;
  const mine = new Map(existing.annotations.filter(isResearchers).map((a) => [a.id, a]));
  const machine = new Map(existing.annotations.filter((a) => !isResearchers(a)).map((a) => [a.id, a]));
  const annotations = incoming.annotations.map((a) => {
    const kept = machine.get(a.id);
    return mine.get(a.id) ?? (kept && isSameReading(kept, a) ? kept : a);
  });
  const seen = new Set(annotations.map((a) => a.id));
  for (const a of mine.values()) if (!seen.has(a.id)) annotations.push(a);
  const merged = { ...incoming, annotations, tags: [...new Set([...existing.tags, ...incoming.tags])], savedAt: existing.savedAt };
  const unchanged =
    JSON.stringify(orderedArticle({ ...merged, updatedAt: existing.updatedAt })) === JSON.stringify(orderedArticle(existing));
  return unchanged ? { ...merged, updatedAt: existing.updatedAt } : merged;
}

export function describeStoreError(e: unknown): string {
  const names = [e, (e as { inner?: unknown })?.inner].map((x) => (x as { name?: string } | undefined)?.name);
  if (names.includes('QuotaExceededError')) return i18n.t('save.storageFull');
  return e instanceof Error ? e.message : String(e);
}

/** What the store puts: within the import's limits (fit-limits.ts), or an error that aborts the write. */
function storable(article: SavedArticle): SavedArticle {
  const fitted = fitToLimits(article);
  if (!fitted.ok) throw new Error(fitted.error);
  return fitted.value;
}

async function attempt<T>(work: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: describeStoreError(e) };
  }
}

export function saveArticle(db: SourcelightDB, article: SavedArticle): Promise<Result<SavedArticle>> {
  return attempt(() =>
    db.transaction('rw', db.saved, db.trash, async () => {
      const merged = storable(mergeSave(await db.saved.get(article.url), article));
      await db.saved.put(merged);
      await db.trash.delete(article.url);
      return merged;
    }),
  );
}

/** Puts the researcher's version of one annotation (a verdict, a correction, a note, or a new one). */
export function putAnnotation(db: SourcelightDB, url: string, annotation: SavedAnnotation): Promise<Result<SavedArticle>> {
  return attempt(() =>
    db.transaction('rw', db.saved, async () => {
      const article = await db.saved.get(url);
      if (!article) throw new Error(`${url} is not in the library`);
      const rest = article.annotations.filter((a) => a.id !== annotation.id);
      const index = article.annotations.findIndex((a) => a.id === annotation.id);
      const annotations = index < 0 ? [...rest, annotation] : article.annotations.map((a) => (a.id === annotation.id ? annotation : a));
      const next = storable({ ...article, annotations, updatedAt: annotation.modified });
      await db.saved.put(next);
      return next;
    }),
  );
}

/** Deletes to the trash; `undoDelete` brings it back within UNDO_MS. */
export function deleteSaved(db: SourcelightDB, url: string, now = Date.now()): Promise<Result<boolean>> {
  return attempt(() =>
    db.transaction('rw', db.saved, db.trash, async () => {
      const article = await db.saved.get(url);
      if (!article) return false;
      await db.trash.put({ url, article, deletedAt: now });
      await db.saved.delete(url);
      return true;
    }),
  );
}

export function undoDelete(db: SourcelightDB, url: string, now = Date.now()): Promise<Result<boolean>> {
  return attempt(() =>
    db.transaction('rw', db.saved, db.trash, async () => {
      const row = await db.trash.get(url);
      if (!row || now - row.deletedAt > UNDO_MS) return false;
      await db.saved.put(row.article);
      await db.trash.delete(url);
      return true;
    }),
  );
}

/** Empties the trash of what can no longer be undone. */
export async function purgeTrash(db: SourcelightDB, now = Date.now()): Promise<number> {
  return db.trash
    .where('deletedAt')
    .below(now - UNDO_MS)
    .delete();
}

export interface ImportOutcome {
  added: number;
  updated: number;
  unchanged: number;
  /** Annotations kept but not placed in their article's text (merge.ts). */
  orphans: Orphan[];
  /** Articles not taken, each with why (the merged article would pass the limits). */
  rejected: string[];
}

/**
 * Imports articles, merging by URL and annotations by id (the later `modified` wins): nothing is
 * duplicated. Each article is checked again here, the boundary of the store (the page validated it,
 * but the store must never hold what an import would refuse); one that fails, or whose merge with
 * the library's would pass the limits, is left out and listed, and the others are written.
 */
export function importSaved(db: SourcelightDB, incoming: SavedArticle[]): Promise<Result<ImportOutcome>> {
  return attempt(() =>
    db.transaction('rw', db.saved, async () => {
      const outcome: ImportOutcome = { added: 0, updated: 0, unchanged: 0, orphans: [], rejected: [] };
      const writes: SavedArticle[] = [];
      const existing = new Map(
        (await db.saved.bulkGet(incoming.map((a) => a.url))).filter((a): a is SavedArticle => !!a).map((a) => [a.url, a]),
      );
      for (const article of incoming) {
        const valid = validate(savedArticleSchema, article);
        if (!valid.ok) {
          outcome.rejected.push(`${String((article as { url?: unknown })?.url).slice(0, 200)}: ${valid.error}`);
          continue;
        }
        const had = existing.get(article.url);
        const { merged, added, updated, unchanged, orphans } = mergeArticles(had ? [had] : [], [valid.value]);
        const fitted = fitToLimits(merged.at(-1)!);
        if (!fitted.ok) {
          outcome.rejected.push(`${article.url}: ${fitted.error}`);
          continue;
        }
        if (updated || added) writes.push(fitted.value);
        existing.set(article.url, fitted.value);
        Object.assign(outcome, {
          added: outcome.added + added,
          updated: outcome.updated + updated,
          unchanged: outcome.unchanged + unchanged,
        });
        outcome.orphans.push(...orphans);
      }
      await db.saved.bulkPut(writes);
      return outcome;
    }),
  );
}
