/**
 * Forgetting, at once and for good: rows are deleted (not flagged) in one transaction, and an
 * entity no remembered article names any more goes with them.
 */
import type { SourcelightDB } from './schema';

async function forgetArticles(db: SourcelightDB, articleIds: number[]): Promise<number> {
  if (articleIds.length === 0) return 0;
  const mentions = await db.mentions.where('articleId').anyOf(articleIds).toArray();
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  await db.mentions.bulkDelete(mentions.map((m) => m.id!));
  await db.articles.bulkDelete(articleIds);
  const ids = [...counts.keys()];
  const rows = await db.entities.bulkGet(ids);
  const keep = [];
  const drop = [];
  for (const [i, row] of rows.entries()) {
    if (!row) continue;
    const left = row.articles - counts.get(ids[i]!)!;
    if (left > 0) keep.push({ ...row, articles: left });
    else drop.push(row.id);
  }
  await db.entities.bulkPut(keep);
  await db.entities.bulkDelete(drop);
  return articleIds.length;
}

/** Forgets one article. Returns how many were forgotten (0 or 1). */
export function forgetArticle(db: SourcelightDB, articleId: number): Promise<number> {
  return db.transaction('rw', db.articles, db.entities, db.mentions, () => forgetArticles(db, [articleId]));
}

/** Forgets every article from one outlet ("bbc.co.uk"). */
export function forgetSite(db: SourcelightDB, outlet: string): Promise<number> {
  return db.transaction('rw', db.articles, db.entities, db.mentions, async () =>
    forgetArticles(db, (await db.articles.where('outlet').equals(outlet).primaryKeys()) as number[]),
  );
}

/** Forgets everything remembered, cached answers from online services included. */
export async function forgetAll(db: SourcelightDB): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    const n = await db.articles.count();
    await Promise.all(db.tables.map((t) => t.clear()));
    return n;
  });
}
