/**
 * Forgetting, at once and for good: rows are deleted (not flagged) in one transaction, and an
 * entity no remembered article names any more goes with them.
 */
import { foldPending } from './fold';
import { mentionKeysOf } from './mention-rows';
import { uncounted } from './replay';
import type { ArticleRow } from './records';
import type { SourcelightDB } from './schema';

/** Each entity named by `counts.get(id)` fewer articles: its row deleted when none names it any more. */
export async function uncountEntities(db: SourcelightDB, counts: Map<string, number>): Promise<void> {
  const ids = [...counts.keys()];
  const rows = await db.entities.bulkGet(ids);
  const keep = [];
  const drop = [];
  for (const [i, row] of rows.entries()) {
    if (!row) continue;
    const left = uncounted(row, counts.get(ids[i]!));
    if (left) keep.push(left);
    else drop.push(row.id);
  }
  await Promise.all([db.entities.bulkPut(keep), db.entities.bulkDelete(drop)]);
}

async function forgetArticles(db: SourcelightDB, articles: ArticleRow[]): Promise<number> {
  if (articles.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const a of articles) for (const id of new Set(a.entities.map((e) => e.entityId))) counts.set(id, (counts.get(id) ?? 0) + 1);
  await db.coverage.bulkDelete(articles.flatMap((a) => mentionKeysOf({ ...a, id: a.id! })));
  await db.articles.bulkDelete(articles.map((a) => a.id!));
  await uncountEntities(db, counts);
  return articles.length;
}

/** Forgets one article. Returns how many were forgotten (0 or 1). */
export function forgetArticle(db: SourcelightDB, articleId: number): Promise<number> {
  return db.transaction('rw', db.articles, db.entities, db.coverage, db.pending, async () => {
    // Folded first, the pending articles are counted and have their mention rows: forgetting is then one way for every article.
    await foldPending(db);
    const row = await db.articles.get(articleId);
    return forgetArticles(db, row ? [row] : []);
  });
}

/** Forgets every article from one outlet ("bbc.co.uk"). */
export function forgetSite(db: SourcelightDB, outlet: string): Promise<number> {
  return db.transaction('rw', db.articles, db.entities, db.coverage, db.pending, async () => {
    await foldPending(db);
    return forgetArticles(db, await db.articles.where('outlet').equals(outlet).toArray());
  });
}

/** Forgets everything remembered, cached answers from online services included. */
export async function forgetAll(db: SourcelightDB): Promise<number> {
  return db.transaction('rw', db.tables, async () => {
    const n = await db.articles.count();
    await Promise.all(db.tables.map((t) => t.clear()));
    return n;
  });
}
