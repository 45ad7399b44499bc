/**
 * The articles recorded since the last fold (table `pending`, schema version 5). Recording writes
 * an article's row and one pending row (its readings: replay.ts); folding writes the pending
 * articles' mention rows (table `coverage`) and their entities' rows, FOLD_EVERY articles at a
 * time, in a transaction of its own. Until then the readers (queries.ts, resolve-ids.ts) replay
 * the pending readings, so what they answer is the same before and after a fold.
 *
 * Why: a mention row is a write into the largest table (a million rows at 100,000 articles), and
 * an entity's row a read and a write; one article at a time they were most of recording's 12–15
 * ms. Folded 50 articles at a time they cost as much or less, off the path of recording.
 */
import { mentionRowsOf } from './mention-rows';
import { replayAll, stepsByEntity } from './replay';
import type { ArticleRow, EntityRow, PendingRow } from './records';
import type { SourcelightDB } from './schema';

/** The pending articles' rows, by their URLs (one index read each, sent at once). */
export function articlesOf(db: SourcelightDB, pending: PendingRow[]): Promise<Array<ArticleRow | undefined>> {
  return Promise.all(pending.map((p) => db.articles.where('url').equals(p.url).first()));
}

/** How many pending articles recording lets gather before it folds them. */
export const FOLD_EVERY = 50;

/**
 * Folds every pending article: writes its mention rows and its entities' rows as the replay gives
 * them, and forgets it was pending. Returns how many articles it folded. Runs in the caller's
 * transaction when there is one over these tables (forget.ts and a folded article's re-reading
 * fold first), else in its own.
 */
export function foldPending(db: SourcelightDB): Promise<number> {
  return db.transaction('rw', db.pending, db.articles, db.coverage, db.entities, async () => {
    const all = await db.pending.toArray();
    if (all.length === 0) return 0;
    const articles = await articlesOf(db, all);
    // An article forgotten while pending changes nothing (forget.ts folds first: a safeguard).
    const pending = all.filter((_, i) => !!articles[i]);
    const steps = stepsByEntity(pending);
    const ids = [...steps.keys()];
    const rows = replayAll(ids, await db.entities.bulkGet(ids), steps);
    const gone = ids.filter((id) => !rows.get(id));
    await Promise.all([
      db.coverage.bulkPut(articles.flatMap((a) => (a ? mentionRowsOf({ ...a, id: a.id! }) : []))),
      db.entities.bulkPut([...rows.values()].filter((r): r is EntityRow => !!r)),
      gone.length > 0 && db.entities.bulkDelete(gone),
      db.pending.bulkDelete(all.map((p) => p.url)),
    ]);
    return all.length;
  });
}
