/** Remembering an article: its row, its entities across articles, a mention row per entity (lib/db/mention-rows.ts). */
import { fullestName, identify } from '../memory/identity';
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

/**
 * Records an article (again: the same URL replaces what was stored of it). Returns its id. Two
 * rounds of requests, each sent at once, then the commit: every read (the URL's row, the last
 * article id, the entities' rows, the entities under a surname printed alone), then every write
 * (the article row under an id chosen here, so its mention rows need not wait for it; the mention
 * rows; the entities' rows that changed). Re-reading an article that dropped an entity costs one
 * read more, for the dropped entities' rows.
 */
export async function recordArticle(db: SourcelightDB, input: ArticleInput): Promise<number> {
  return db.transaction('rw', db.articles, db.entities, db.coverage, async () => {
    const { ids, ask } = identitiesOf(input.digest.entities);
    const [existing, lastId, stored, bySurname] = await Promise.all([
      db.articles.where('url').equals(input.url).first(),
      db.articles.toCollection().lastKey() as Promise<number | undefined>,
      db.entities.bulkGet([...new Set(ids.map((i) => i.id))]),
      rowsBySurname(db, ask),
    ]);
    const rowsById = new Map([...stored, ...[...bySurname.values()].flat()].filter((r) => !!r).map((r) => [r!.id, r!]));
    const known = new Map([...bySurname].map(([s, rows]) => [s, rows.map((r) => r.id)]));
    const entities = mergeByEntity(input.digest.entities, resolveWith(ids, known));
    // The next id IndexedDB would give, but for a forgotten last article's, which nothing refers to once its rows are gone.
    const id = existing?.id ?? (lastId ?? 0) + 1;
    const row = { ...articleRow(input, entities), id };
    const before = new Set(existing?.entities.map((e) => e.entityId));
    const gone = [...before].filter((e) => !entities.some((x) => x.entityId === e));
    const changed = entities
      .map((e) => [rowsById.get(e.entityId), updatedEntity(rowsById.get(e.entityId), e, input.readAt, !before.has(e.entityId))] as const)
      .filter(([was, now]) => JSON.stringify(was) !== JSON.stringify(now))
      .map(([, now]) => now);
    const stale = existing ? staleKeys(mentionKeysOf({ ...existing, id }), mentionKeysOf(row)) : [];
    // The stale keys are none of the new rows', so the order the deletes and puts run in does not matter.
    await Promise.all([
      stale.length > 0 && db.coverage.bulkDelete(stale),
      db.articles.put(row),
      db.coverage.bulkPut(mentionRowsOf(row)),
      changed.length > 0 && db.entities.bulkPut(changed),
      gone.length > 0 && uncountEntities(db, new Map(gone.map((e) => [e, 1]))),
    ]);
    return id;
  });
}
