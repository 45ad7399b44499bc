/**
 * The bench's fill: rows written directly (bulkAdd, 1,000 articles per transaction: articles, then
 * their mention rows), built exactly
 * as recordArticle builds them (the same `identify`, `articleRow` and row types; entities kept in
 * memory with true `articles` counts, written at the end): recordArticle one article at a time
 * would take far too long for 100,000. `selfCheck` in page.ts proves that the two write the same
 * rows, and run-store.ts runs it before every fill.
 */
import { mentionRowsOf } from '../../lib/db/mention-rows';
import { articleRow, updatedEntity, type ArticleInput } from '../../lib/db/record-article';
import type { ArticleEntity, ArticleRow, EntityRow } from '../../lib/db/records';
import type { SourcelightDB } from '../../lib/db/schema';
import { identify } from '../../lib/memory/identity';
import { fillInput, worldOf, rng } from './synthetic';

// ---------------------------------------------------------------- rows, as recordArticle builds them

/** The article row, as recordArticle writes it for a new URL whose names are all full. */
export function rowsOf(input: ArticleInput): { row: ArticleRow } {
  const { digest } = input;
  // resolveEntityIds: full names are their own id (the fill prints no surname alone).
  const byId = new Map<string, ArticleEntity>();
  for (const e of digest.entities) {
    const entityId = identify(e.name, e.kind).id;
    if (byId.has(entityId)) throw new Error(`store bench: two names of one article are ${entityId}`);
    byId.set(entityId, { entityId, ...e, claims: [...e.claims] });
  }
  const entities = [...byId.values()];
  return { row: articleRow(input, entities) };
}

/** Counts an entity of a new article as recordArticle does (its updatedEntity), so the fill's rows are the same. */
function countEntity(entities: Map<string, EntityRow>, e: ArticleEntity, readAt: number): void {
  entities.set(e.entityId, updatedEntity(entities.get(e.entityId), e, readAt, true));
}

export const CHUNK = 1_000;

/** Where the fill's time went: making the synthetic rows, and writing them. */
export const fillTimes = { generateMs: 0, writeMs: 0 };

export async function fillInto(
  db: SourcelightDB,
  n: number,
  seed: number,
  progress?: (done: number) => void,
): Promise<Map<string, EntityRow>> {
  const w = worldOf(seed);
  const r = rng(seed);
  const entities = new Map<string, EntityRow>();
  fillTimes.generateMs = fillTimes.writeMs = 0;
  // (Making the next chunk while IndexedDB writes this one gains nothing: on 2 cores the browser
  // process's writes and compaction keep both busy.)
  for (let start = 0; start < n; start += CHUNK) {
    let t0 = performance.now();
    const built: Array<ReturnType<typeof rowsOf>> = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) built.push(rowsOf(fillInput(w, r, i, n)));
    for (const { row } of built) for (const e of row.entities) countEntity(entities, e, row.readAt);
    fillTimes.generateMs += performance.now() - t0;
    t0 = performance.now();
    await db.transaction('rw', db.articles, db.coverage, async () => {
      const ids = await db.articles.bulkAdd(
        built.map((b) => b.row),
        { allKeys: true },
      );
      await db.coverage.bulkAdd(built.flatMap((b, j) => mentionRowsOf({ ...b.row, id: ids[j]! })));
    });
    fillTimes.writeMs += performance.now() - t0;
    progress?.(Math.min(n, start + CHUNK));
  }
  const t1 = performance.now();
  const rows = [...entities.values()];
  for (let i = 0; i < rows.length; i += 5 * CHUNK) {
    const part = rows.slice(i, i + 5 * CHUNK);
    await db.transaction('rw', db.entities, () => db.entities.bulkAdd(part));
  }
  fillTimes.writeMs += performance.now() - t1;
  return entities;
}
