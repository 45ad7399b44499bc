/** Remembering an article: its row, its entities across articles, a mention row per entity (lib/db/mention-rows.ts). */
import { fullestName, identify } from '../memory/identity';
import type { ArticleDigest, DigestEntity } from '../memory/digest';
import type { EntityKind } from '../nlp/types';
import { mentionKeysOf, mentionRowsOf } from './mention-rows';
import type { ArticleEntity, ArticleRow, EntityRow } from './records';
import type { SourcelightDB } from './schema';

/** What the background hands over: the article's row but for what the store works out itself. */
export type ArticleInput = Omit<ArticleRow, 'id' | 'outlet' | 'entities' | 'claims'> & {
  outlet: string | null;
  digest: ArticleDigest;
};

/**
 * The store's id for each name. A surname alone ("Peskov") stands for the one full name in the
 * store with that surname, first in this article, then across articles; when two people share it
 * ("Trump": Donald and Melania) it stays a person of its own, never a guess between them.
 */
export async function resolveEntityIds(db: SourcelightDB, entities: Array<{ name: string; kind: EntityKind }>): Promise<string[]> {
  const ids = entities.map((e) => identify(e.name, e.kind));
  const fullHere = ids.filter((i) => i.surname && !i.partial);
  return Promise.all(
    ids.map(async (identity) => {
      if (!identity.partial || !identity.surname) return identity.id;
      const here = new Set(fullHere.filter((i) => i.surname === identity.surname).map((i) => i.id));
      if (here.size === 1) return [...here][0]!;
      if (here.size > 1) return identity.id;
      const known = await db.entities.where('surname').equals(identity.surname).primaryKeys();
      const full = known.filter((id) => id !== identity.id && id.includes(' '));
      return full.length === 1 ? full[0]! : identity.id;
    }),
  );
}

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

/**
 * Records an article (again: the same URL replaces what was stored of it). Returns its id. Three
 * rounds of requests, each sent at once: the URL's row and the entities' rows read; the article row
 * and the entities' rows written (the mention rows of an earlier reading deleted by key); the
 * mention rows, keyed by the article's id. A surname alone costs one index read before.
 */
export async function recordArticle(db: SourcelightDB, input: ArticleInput): Promise<number> {
  return db.transaction('rw', db.articles, db.entities, db.coverage, async () => {
    const ids = await resolveEntityIds(db, input.digest.entities);
    const entities = mergeByEntity(input.digest.entities, ids);
    const row = articleRow(input, entities);
    const now = entities.map((e) => e.entityId);
    const [existing, stored] = await Promise.all([db.articles.where('url').equals(input.url).first(), db.entities.bulkGet(now)]);
    const before = new Set(existing?.entities.map((e) => e.entityId));
    const gone = [...before].filter((id) => !now.includes(id));
    const rows = entities.map((e, i) => updatedEntity(stored[i], e, input.readAt, !before.has(e.entityId)));
    // The entities' writes go with the article's: only the mention rows wait, for the article's id.
    const writeEntities = async () => {
      const dropped = (gone.length ? await db.entities.bulkGet(gone) : []).filter((r): r is EntityRow => !!r);
      await Promise.all([
        db.entities.bulkPut([...rows, ...dropped.filter((r) => r.articles > 1).map((r) => ({ ...r, articles: r.articles - 1 }))]),
        db.entities.bulkDelete(dropped.filter((r) => r.articles <= 1).map((r) => r.id)),
      ]);
    };
    const writeArticle = async () => {
      const [id] = await Promise.all([
        (existing?.id !== undefined ? db.articles.put({ ...row, id: existing.id }) : db.articles.add(row)) as Promise<number>,
        existing?.id !== undefined && db.coverage.bulkDelete(mentionKeysOf({ ...existing, id: existing.id })),
      ]);
      await db.coverage.bulkPut(mentionRowsOf({ ...row, id }));
      return id;
    };
    const [articleId] = await Promise.all([writeArticle(), writeEntities()]);
    return articleId;
  });
}
