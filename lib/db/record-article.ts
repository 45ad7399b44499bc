/** Remembering an article: its row, its entities across articles, and (fold.ts, later) a mention row per entity (mention-rows.ts). */
import { fullestName, identify } from '../memory/identity';
import { foldPending, FOLD_EVERY, withPending } from './fold';
import { uncountEntities } from './forget';
import type { ArticleDigest, DigestEntity } from '../memory/digest';
import { mentionKeysOf, mentionRowsOf, type MentionKey } from './mention-rows';
import type { ArticleEntity, ArticleRow, EntityRow } from './records';
import { identitiesOf, resolveWith, rowsBySurname } from './resolve-ids';
import type { SourcelightDB } from './schema';

/** What the background hands over: the article's row but for what the store works out itself. */
export type ArticleInput = Omit<ArticleRow, 'id' | 'outlet' | 'entities' | 'claims'> & {
  outlet: string | null;
  digest: ArticleDigest;
};

export { resolveEntityIds } from './resolve-ids';
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

/** An entity's row after one more reading (a new row when the store has none); the bench's fill uses it too. */
export function updatedEntity(row: EntityRow | undefined, e: ArticleEntity, readAt: number, isNewHere: boolean): EntityRow {
  const surname = identify(e.name, e.kind).surname ?? '';
  if (!row) {
    return {
      id: e.entityId,
      name: e.name,
      kind: e.kind,
      surname,
      names: [e.name],
      official: e.official,
      firstSeen: readAt,
      lastSeen: readAt,
      articles: 1,
    };
  }
  return {
    ...row,
    // The fullest spelling names the entity ("Dmitry Peskov" over "Peskov").
    name: fullestName(row.name, e.name),
    surname: row.surname || surname,
    names: row.names.includes(e.name) ? row.names : [...row.names, e.name],
    official: row.official || e.official,
    firstSeen: Math.min(row.firstSeen, readAt),
    lastSeen: Math.max(row.lastSeen, readAt),
    articles: row.articles + (isNewHere ? 1 : 0),
  };
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

/** What recording read: the URL's row if any, the new article's row, and the entity rows it names. */
interface Reading {
  existing: ArticleRow | undefined;
  row: ArticleRow & { id: number };
  rowsById: Map<string, EntityRow>;
  readAt: number;
}

/** The entity rows recording writes while an article is pending: new ones (counting nothing yet) and renamed ones. */
function namedEntities({ row, rowsById, readAt }: Reading): EntityRow[] {
  return row.entities.flatMap((e) => {
    const was = rowsById.get(e.entityId);
    if (!was) return [{ ...updatedEntity(undefined, e, readAt, true), articles: 0 }];
    const now = { ...updatedEntity(was, e, readAt, false), firstSeen: was.firstSeen, lastSeen: was.lastSeen };
    return JSON.stringify(was) === JSON.stringify(now) ? [] : [now];
  });
}

/**
 * Entities a pending article named and its new reading does not. A row counting no article, that
 * no other pending article names, goes (the article made it); the others keep that they were seen
 * then, as a folded article's entities do (forget.ts uncounts, and leaves their dates).
 */
async function dropUnnamed(db: SourcelightDB, gone: string[], was: ArticleRow & { id: number }): Promise<void> {
  const [rows, pending] = await Promise.all([db.entities.bulkGet(gone), db.pending.toArray()]);
  const named = new Set(pending.filter((p) => p.articleId !== was.id).flatMap((p) => p.entityIds));
  const live = rows.filter((r) => !!r).map((r) => r!);
  const drop = live.filter((r) => r.articles === 0 && !named.has(r.id)).map((r) => r.id);
  const seen = live
    .filter((r) => !drop.includes(r.id) && (r.lastSeen < was.readAt || r.firstSeen > was.readAt))
    .map((r) => withPending(r, { articles: 0, first: was.readAt, last: was.readAt }));
  await Promise.all([drop.length > 0 && db.entities.bulkDelete(drop), seen.length > 0 && db.entities.bulkPut(seen)]);
}

/** A new article, or one read again before it was folded: its row, its pending row, new or renamed entities. */
async function writePending(db: SourcelightDB, reading: Reading, gone: string[]): Promise<void> {
  const { row, readAt, existing } = reading;
  const changed = namedEntities(reading);
  await Promise.all([
    db.articles.put(row),
    db.pending.put({ articleId: row.id, readAt, entityIds: [...new Set(row.entities.map((e) => e.entityId))] }),
    changed.length > 0 && db.entities.bulkPut(changed),
    gone.length > 0 && dropUnnamed(db, gone, { ...existing!, id: row.id }),
  ]);
}

/**
 * An article read again after it was folded: its mention rows and its entities' counts are
 * rewritten at once (rare, so not worth deferring). The stale keys are none of the new rows', so
 * the order the deletes and puts run in does not matter.
 */
async function rewriteFolded(db: SourcelightDB, reading: Reading & { existing: ArticleRow }, gone: string[]): Promise<void> {
  const { existing, row, rowsById, readAt } = reading;
  const before = new Set(existing.entities.map((e) => e.entityId));
  const changed = row.entities
    .map((e) => [rowsById.get(e.entityId), updatedEntity(rowsById.get(e.entityId), e, readAt, !before.has(e.entityId))] as const)
    .filter(([was, now]) => JSON.stringify(was) !== JSON.stringify(now))
    .map(([, now]) => now);
  const stale = staleKeys(mentionKeysOf({ ...existing, id: row.id }), mentionKeysOf(row));
  await Promise.all([
    stale.length > 0 && db.coverage.bulkDelete(stale),
    db.articles.put(row),
    db.coverage.bulkPut(mentionRowsOf(row)),
    changed.length > 0 && db.entities.bulkPut(changed),
    gone.length > 0 && uncountEntities(db, new Map(gone.map((e) => [e, 1]))),
  ]);
}

/**
 * Records an article (again: the same URL replaces what was stored of it). Returns its id. Two
 * rounds of requests, each sent at once, then the commit: every read (the URL's row, the last
 * article id, the entities' rows, the entities under a surname printed alone, the pending
 * articles' ids), then every write: the article row under an id chosen here, its pending row, the
 * entities that are new or newly spelled (fold.ts writes the rest later). When FOLD_EVERY articles
 * are pending, they are folded after the commit, in a transaction of their own.
 */
export async function recordArticle(db: SourcelightDB, input: ArticleInput): Promise<number> {
  const { id, due } = await db.transaction('rw', db.articles, db.entities, db.coverage, db.pending, async () => {
    const { ids, ask } = identitiesOf(input.digest.entities);
    const [existing, lastId, stored, bySurname, pendingIds] = await Promise.all([
      db.articles.where('url').equals(input.url).first(),
      db.articles.toCollection().lastKey() as Promise<number | undefined>,
      db.entities.bulkGet([...new Set(ids.map((i) => i.id))]),
      rowsBySurname(db, ask),
      db.pending.toCollection().primaryKeys(),
    ]);
    const rowsById = new Map([...stored, ...[...bySurname.values()].flat()].filter((r) => !!r).map((r) => [r!.id, r!]));
    const known = new Map([...bySurname].map(([s, rows]) => [s, rows.map((r) => r.id)]));
    const entities = mergeByEntity(input.digest.entities, resolveWith(ids, known));
    // The next id IndexedDB would give, but for a forgotten last article's, which nothing refers to once its rows are gone.
    const id = existing?.id ?? (lastId ?? 0) + 1;
    const reading = { existing, row: { ...articleRow(input, entities), id }, rowsById, readAt: input.readAt };
    const gone = [...new Set(existing?.entities.map((e) => e.entityId))].filter((e) => !entities.some((x) => x.entityId === e));
    if (existing && !pendingIds.includes(id)) {
      await rewriteFolded(db, { ...reading, existing }, gone);
      return { id, due: false };
    }
    await writePending(db, reading, gone);
    return { id, due: pendingIds.length + (existing ? 0 : 1) >= FOLD_EVERY };
  });
  if (due) await foldPending(db);
  return id;
}
