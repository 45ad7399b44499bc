/** What the popup asks of the store. Each is one or two indexed reads, whatever the store's size. */
import type { EntityRow, MentionRow } from './records';
import type { SourcelightDB } from './schema';

/**
 * Every remembered article naming the entity, newest first (at most `limit`), how many there are,
 * and the entity's row. The total is the row's count, kept true by recordArticle and forget.ts:
 * counting the index instead costs time in proportion to the coverage (164 ms for a person named
 * in 19,000 of 100,000 articles, `npm run bench`).
 */
export function entityMentions(
  db: SourcelightDB,
  entityId: string,
  limit = 200,
): Promise<{ total: number; mentions: MentionRow[]; entity: EntityRow | null }> {
  return db.transaction('r', db.coverage, db.entities, async () => {
    const [mentions, entity] = await Promise.all([
      db.coverage
        .where('[entityId+date+articleId]')
        // [id] sorts before every [id, date, articleId], [id, []] after (an array sorts after any string).
        .between([entityId], [entityId, []])
        .reverse()
        .limit(limit)
        .toArray(),
      db.entities.get(entityId),
    ]);
    return { total: entity?.articles ?? mentions.length, mentions, entity: entity ?? null };
  });
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

/** The entities of the articles read most recently: what the popup shows where there is no article. */
export function recentEntities(db: SourcelightDB, limit = 30): Promise<EntityRow[]> {
  return db.entities.orderBy('lastSeen').reverse().limit(limit).toArray();
}

export interface StoreStats {
  articles: number;
  entities: number;
  outlets: number;
}

export async function storeStats(db: SourcelightDB): Promise<StoreStats> {
  const [articles, entities, outlets] = await Promise.all([
    db.articles.count(),
    db.entities.count(),
    db.articles
      .orderBy('outlet')
      .uniqueKeys()
      .then((k) => k.length),
  ]);
  return { articles, entities, outlets };
}
