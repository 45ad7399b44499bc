/** What the popup asks of the store. Each is one or two rounds of indexed reads, whatever the store's size. */
import { articlesOf } from './fold';
import { mentionRowsOf } from './mention-rows';
import type { EntityRow, MentionRow, PendingRow } from './records';
import { replay, replayAll, stepsByEntity } from './replay';
import type { SourcelightDB } from './schema';

/** The coverage key order, newest first: date, then article id. */
const newestFirst = (a: MentionRow, b: MentionRow) => b.date.localeCompare(a.date) || b.articleId - a.articleId;

/**
 * Every remembered article naming the entity, newest first (at most `limit`), how many there are,
 * and the entity's row. The total is the row's count, kept true by fold.ts and forget.ts, with
 * the pending articles replayed onto it (replay.ts): counting the index instead costs time in
 * proportion to the coverage (164 ms for a person named in 19,000 of 100,000 articles, `npm run
 * bench`). One round of reads (the mention rows, the entity's row, the pending rows), and a
 * second for the pending articles' rows when one names the entity (their mention rows are not
 * written yet).
 */
export function entityMentions(
  db: SourcelightDB,
  entityId: string,
  limit = 200,
): Promise<{ total: number; mentions: MentionRow[]; entity: EntityRow | null }> {
  return db.transaction('r', db.coverage, db.entities, db.pending, db.articles, async () => {
    const [folded, stored, pending] = await Promise.all([
      db.coverage
        .where('[entityId+date+articleId]')
        // [id] sorts before every [id, date, articleId], [id, []] after (an array sorts after any string).
        .between([entityId], [entityId, []])
        .reverse()
        .limit(limit)
        .toArray(),
      db.entities.get(entityId),
      db.pending.toArray(),
    ]);
    const entity = replay(stored, stepsByEntity(pending).get(entityId)) ?? null;
    const naming = pending.filter((p) => p.readings.at(-1)!.entities.some((e) => e.entityId === entityId));
    if (naming.length === 0) return { total: entity?.articles ?? folded.length, mentions: folded, entity };
    const articles = await articlesOf(db, naming);
    const recent = articles.flatMap((a) => (a ? mentionRowsOf({ ...a, id: a.id! }).filter((m) => m.entityId === entityId) : []));
    const mentions = [...recent, ...folded].sort(newestFirst).slice(0, limit);
    return { total: entity?.articles ?? mentions.length, mentions, entity };
  });
}

/** The entities the pending articles involve, as they will be once folded (undefined: none names it any more). */
async function pendingEntities(db: SourcelightDB, pending: PendingRow[], have: EntityRow[] = []) {
  const steps = stepsByEntity(pending);
  const had = new Map(have.map((e) => [e.id, e]));
  const ids = [...steps.keys()];
  const missing = ids.filter((id) => !had.has(id));
  const read = await db.entities.bulkGet(missing);
  missing.forEach((id, i) => had.set(id, read[i]!));
  return {
    rows: replayAll(
      ids,
      ids.map((id) => had.get(id)),
      steps,
    ),
    stored: had,
  };
}

export interface OutletCoverage {
  outlet: string;
  outletName: string | null;
  /** Newest first. */
  articles: MentionRow[];
}

/** The mentions grouped by outlet, the outlet with the newest article first; `excludeUrl` (this article) left out. */
export function groupByOutlet(mentions: MentionRow[], excludeUrl?: string | null): OutletCoverage[] {
  const groups = new Map<string, OutletCoverage>();
  for (const m of mentions) {
    if (excludeUrl && m.url === excludeUrl) continue;
    const key = m.outlet || '(unknown outlet)';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { outlet: m.outlet, outletName: m.outletName, articles: [] }));
    group.articles.push(m);
  }
  for (const g of groups.values()) g.articles.sort((a, b) => b.date.localeCompare(a.date));
  return [...groups.values()].sort((a, b) => b.articles[0]!.date.localeCompare(a.articles[0]!.date));
}

export interface StatedRole {
  role: string;
  outlet: string;
  outletName: string | null;
  first: string;
  last: string;
  articles: number;
}

/** The roles outlets gave the entity, each with the span of dates it was stated over, oldest first. */
export function rolesOverTime(mentions: MentionRow[]): StatedRole[] {
  const roles = new Map<string, StatedRole>();
  for (const m of mentions) {
    if (!m.role) continue;
    const key = `${m.role.toLowerCase()}\u0000${m.outlet}`;
    const r = roles.get(key);
    if (!r) roles.set(key, { role: m.role, outlet: m.outlet, outletName: m.outletName, first: m.date, last: m.date, articles: 1 });
    else {
      if (m.date < r.first) r.first = m.date;
      if (m.date > r.last) r.last = m.date;
      r.articles++;
    }
  }
  return [...roles.values()].sort((a, b) => a.first.localeCompare(b.first) || a.outlet.localeCompare(b.outlet));
}

/** The entities of the articles read most recently: what the popup shows where there is no article. Pending articles replayed. */
export function recentEntities(db: SourcelightDB, limit = 30): Promise<EntityRow[]> {
  return db.transaction('r', db.entities, db.pending, async () => {
    const [latest, pending] = await Promise.all([db.entities.orderBy('lastSeen').reverse().limit(limit).toArray(), db.pending.toArray()]);
    if (pending.length === 0) return latest;
    const { rows } = await pendingEntities(db, pending, latest);
    const all = [...latest.filter((e) => !rows.has(e.id)), ...[...rows.values()].filter((e): e is EntityRow => !!e)];
    // The index's order: lastSeen, newest first, then the id (reversed with it).
    return all.sort((a, b) => b.lastSeen - a.lastSeen || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, limit);
  });
}

export interface StoreStats {
  articles: number;
  entities: number;
  outlets: number;
}

export function storeStats(db: SourcelightDB): Promise<StoreStats> {
  return db.transaction('r', db.articles, db.entities, db.pending, async () => {
    const [articles, entities, outlets, pending] = await Promise.all([
      db.articles.count(),
      db.entities.count(),
      db.articles
        .orderBy('outlet')
        .uniqueKeys()
        .then((k) => k.length),
      db.pending.toArray(),
    ]);
    // The pending articles' new entities count, and the entities they alone named and no longer do not.
    const { rows, stored } = await pendingEntities(db, pending);
    const change = [...rows].reduce((n, [id, row]) => n + (row && !stored.get(id) ? 1 : !row && stored.get(id) ? -1 : 0), 0);
    return { articles, entities: entities + change, outlets };
  });
}
