/**
 * The articles recorded since the last fold (table `pending`, schema version 5). Recording writes
 * an article's row and one small pending row; folding writes the pending articles' mention rows
 * (table `coverage`) and adds them to their entities' counts and dates, FOLD_EVERY at a time, in a
 * transaction of its own. Until then the readers (queries.ts) add the pending articles in, so what
 * they answer is the same before and after a fold.
 *
 * Why: a mention row is a write into the largest table (a million rows at 100,000 articles) and
 * costs about 0.4 ms there; written one article at a time they were most of recording's 12–15 ms.
 * Written 50 articles at a time they cost about 6 ms an article, off the path of recording.
 */
import { mentionRowsOf } from './mention-rows';
import type { EntityRow, PendingRow } from './records';
import type { SourcelightDB } from './schema';

/** How many pending articles recording lets gather before it folds them. */
export const FOLD_EVERY = 50;

/** What the pending articles add to one entity: how many name it, and when the first and last were read. */
export interface PendingCount {
  articles: number;
  first: number;
  last: number;
}

/** Each entity the pending articles name, with what they add to it. */
export function pendingCounts(pending: PendingRow[]): Map<string, PendingCount> {
  const counts = new Map<string, PendingCount>();
  for (const p of pending) {
    for (const id of p.entityIds) {
      const c = counts.get(id);
      if (!c) counts.set(id, { articles: 1, first: p.readAt, last: p.readAt });
      else {
        c.articles++;
        c.first = Math.min(c.first, p.readAt);
        c.last = Math.max(c.last, p.readAt);
      }
    }
  }
  return counts;
}

/** The entity's row as it will be once the pending articles are folded into it. */
export function withPending(row: EntityRow, add: PendingCount | undefined): EntityRow {
  if (!add) return row;
  return {
    ...row,
    articles: row.articles + add.articles,
    firstSeen: Math.min(row.firstSeen, add.first),
    lastSeen: Math.max(row.lastSeen, add.last),
  };
}

/**
 * Folds every pending article: writes its mention rows, adds it to its entities' rows, and
 * forgets it was pending. Returns how many articles it folded. Runs in the caller's transaction
 * when there is one over these tables (forget.ts folds before it deletes), else in its own.
 */
export function foldPending(db: SourcelightDB): Promise<number> {
  return db.transaction('rw', db.pending, db.articles, db.coverage, db.entities, async () => {
    const pending = await db.pending.toArray();
    if (pending.length === 0) return 0;
    const [articles, entities] = await Promise.all([
      db.articles.bulkGet(pending.map((p) => p.articleId)),
      db.entities.bulkGet([...pendingCounts(pending).keys()]),
    ]);
    // An article forgotten while pending has no row and counts for nothing (forget.ts folds first: a safeguard).
    const counts = pendingCounts(pending.filter((_, i) => !!articles[i]));
    await Promise.all([
      db.coverage.bulkPut(articles.flatMap((a) => (a ? mentionRowsOf({ ...a, id: a.id! }) : []))),
      db.entities.bulkPut(entities.filter((e) => !!e).map((e) => withPending(e!, counts.get(e!.id)))),
      db.pending.bulkDelete(pending.map((p) => p.articleId)),
    ]);
    return pending.length;
  });
}
