/** Remembering an article: its row and a pending row now; its mention rows and its entities' rows when fold.ts folds it. */
import { Dexie } from 'dexie';
import { fullestName } from '../memory/identity';
import { foldPending, FOLD_EVERY } from './fold';
import type { ArticleDigest, DigestEntity } from '../memory/digest';
import { mentionKeysOf, mentionRowsOf, type MentionKey } from './mention-rows';
import type { ArticleEntity, ArticleRow } from './records';
import { identitiesOf, knownBySurname, resolveWith } from './resolve-ids';
import { readingOf, readingSteps, replayAll } from './replay';
import type { SourcelightDB } from './schema';

/** What the background hands over: the article's row but for what the store works out itself. */
export type ArticleInput = Omit<ArticleRow, 'id' | 'outlet' | 'entities' | 'claims'> & {
  outlet: string | null;
  digest: ArticleDigest;
};

export { resolveEntityIds } from './resolve-ids';
export { updatedEntity } from './replay';
export { articleDate } from './mention-rows';

/** Two names of this article that are one entity in the store become one, mentions and claims added up. */
function mergeByEntity(entities: DigestEntity[], ids: string[]): ArticleEntity[] {
  const byId = new Map<string, ArticleEntity>();
  entities.forEach((e, i) => {
    const entityId = ids[i]!;
    const seen = byId.get(entityId);
    if (!seen) {
      byId.set(entityId, { entityId, ...e, claims: [...e.claims] });
      return;
    }
    seen.name = fullestName(seen.name, e.name);
    seen.role ??= e.role;
    seen.official ||= e.official;
    seen.mentions += e.mentions;
    seen.claims = [...new Set([...seen.claims, ...e.claims])].sort((a, b) => a - b);
  });
  return [...byId.values()];
}

/** The article's row, its entities already given their store ids. */
export function articleRow(input: ArticleInput, entities: ArticleEntity[]): ArticleRow {
  const { digest, outlet, ...rest } = input;
  return { ...rest, outlet: outlet ?? '', entities, claims: digest.claims };
}

/** The keys of `before` that `after` does not have (a re-read article whose date or entities changed). */
function staleKeys(before: MentionKey[], after: MentionKey[]): MentionKey[] {
  const kept = new Set(after.map((k) => k.join('\u0000')));
  return before.filter((k) => !kept.has(k.join('\u0000')));
}

/**
 * An article read again after it was folded: folded again at once, with every pending article
 * before it (so that their steps keep their order), as v4 recorded every article: its mention
 * rows and its entities' rows rewritten, the entities by the replay of this one reading (the
 * entities it names and those it no longer does, read in one round). Rare, so not worth deferring.
 */
async function rewriteFolded(db: SourcelightDB, existing: ArticleRow, row: ArticleRow & { id: number }, readAt: number, pending: number) {
  if (pending > 0) await foldPending(db);
  const before = new Set(existing.entities.map((e) => e.entityId));
  const steps = new Map(readingSteps(before, readingOf(row.entities, readAt), row.url, 0).map(([id, step]) => [id, [step]]));
  const ids = [...steps.keys()];
  const stored = await db.entities.bulkGet(ids);
  const rows = replayAll(ids, stored, steps);
  const changed = ids.filter((id, i) => rows.get(id) && JSON.stringify(stored[i]) !== JSON.stringify(rows.get(id)));
  const gone = ids.filter((id, i) => stored[i] && !rows.get(id));
  // The stale keys are none of the new rows', so the order the deletes and puts run in does not matter.
  const stale = staleKeys(mentionKeysOf({ ...existing, id: row.id }), mentionKeysOf(row));
  await Promise.all([
    stale.length > 0 && db.coverage.bulkDelete(stale),
    db.articles.put(row),
    db.coverage.bulkPut(mentionRowsOf(row)),
    changed.length > 0 && db.entities.bulkPut(changed.map((id) => rows.get(id)!)),
    gone.length > 0 && db.entities.bulkDelete(gone),
  ]);
}

/**
 * Tells IndexedDB that the current transaction makes no more requests, so that it commits as soon
 * as they are done, rather than once their answers are back here and nothing new was asked (a
 * round trip to the browser's IndexedDB process less). Where commit() is missing, it commits as ever.
 */
function commitNow(): void {
  (Dexie.currentTransaction as { idbtrans?: IDBTransaction } | null)?.idbtrans?.commit?.();
}

/**
 * Records an article (again: the same URL replaces what was stored of it). Returns its id. Two
 * rounds of requests, each sent at once, then the commit: every read (the URL's row, the
 * pending articles' URLs, and, for a surname printed alone, the entities under it), then two
 * writes: the article row (a new one under the next id IndexedDB gives), and its pending
 * row with this reading added (fold.ts writes the rest later). When FOLD_EVERY articles are
 * pending, they are folded after the commit, in a transaction of their own.
 */
export async function recordArticle(db: SourcelightDB, input: ArticleInput): Promise<number> {
  const { id, due } = await db.transaction('rw', db.articles, db.entities, db.coverage, db.pending, async () => {
    const { ids, ask } = identitiesOf(input.digest.entities);
    // Where a surname is asked, knownBySurname reads the pending rows: their URLs are taken from that read, not asked again.
    const pendingRows = ask.length > 0 ? db.pending.toArray() : undefined;
    const [existing, pendingUrls, known] = await Promise.all([
      db.articles.where('url').equals(input.url).first(),
      pendingRows ? pendingRows.then((rows) => rows.map((p) => p.url)) : db.pending.toCollection().primaryKeys(),
      knownBySurname(db, ask, pendingRows),
    ]);
    const count = pendingUrls.length;
    const entities = mergeByEntity(input.digest.entities, resolveWith(ids, known));
    const row = articleRow(input, entities);
    if (existing && !pendingUrls.includes(input.url)) {
      await rewriteFolded(db, existing, { ...row, id: existing.id! }, input.readAt, count);
      return { id: existing.id!, due: false };
    }
    // Read again before it was folded (rare): its readings so far, in a round of their own.
    const earlier = existing ? ((await db.pending.get(input.url))?.readings ?? []) : [];
    const readings = [...earlier, readingOf(entities, input.readAt)];
    // A new article takes the next id IndexedDB gives: no read of the last one.
    const writes = Promise.all([
      existing ? db.articles.put({ ...row, id: existing.id! }) : db.articles.add(row),
      db.pending.put({ url: input.url, readings }),
    ]);
    commitNow();
    const [id] = await writes;
    return { id: id as number, due: count + (existing ? 0 : 1) >= FOLD_EVERY };
  });
  if (due) await foldPending(db);
  return id;
}
