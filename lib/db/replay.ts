/**
 * An entity's row across readings. Folded articles are in the row already; a pending article's
 * readings (table `pending`, fold.ts) are replayed onto it, one step per reading that names or
 * stops naming the entity, in the order they were read. The fold writes what the replay gives,
 * and the readers answer it before then, so the store answers the same before and after a fold,
 * and the same as if each article had been folded when it was recorded.
 */
import { fullestName, identify } from '../memory/identity';
import type { ArticleEntity, EntityRow, PendingReading, PendingRow } from './records';

/** What updatedEntity reads of an entity as one reading names it. */
export type ReadEntity = PendingReading['entities'][number];

/** An entity's row after one more reading (a new row when the store has none); the bench's fill uses it too. */
export function updatedEntity(row: EntityRow | undefined, e: ReadEntity, readAt: number, isNewHere: boolean): EntityRow {
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

/** One entity less in an article: its row counts one article fewer, and goes when it counts none. */
export function uncounted(row: EntityRow | undefined, by = 1): EntityRow | undefined {
  if (!row) return undefined;
  const left = row.articles - by;
  return left > 0 ? { ...row, articles: left } : undefined;
}

/** What a pending reading keeps of an article's entities. */
export function readingOf(entities: ArticleEntity[], readAt: number): PendingReading {
  return { readAt, entities: entities.map(({ entityId, name, kind, official }) => ({ entityId, name, kind, official })) };
}

/** One reading's effect on one entity: named (new to the article or not), or no longer named. */
export interface Step {
  readAt: number;
  url: string;
  reading: number;
  named: ReadEntity | null;
  isNewHere: boolean;
}

/**
 * One reading's steps, by entity: each entity it names (new to the article unless the reading
 * before named it), and each the reading before named that it does not.
 */
export function readingSteps(before: ReadonlySet<string>, r: PendingReading, url: string, reading: number): Array<[string, Step]> {
  const at = { readAt: r.readAt, url, reading };
  const now = new Set(r.entities.map((e) => e.entityId));
  return [
    ...r.entities.map((e): [string, Step] => [e.entityId, { ...at, named: e, isNewHere: !before.has(e.entityId) }]),
    ...[...before].filter((id) => !now.has(id)).map((id): [string, Step] => [id, { ...at, named: null, isNewHere: false }]),
  ];
}

/** The steps of the pending articles, by entity, each entity's in the order they were read. */
export function stepsByEntity(pending: PendingRow[]): Map<string, Step[]> {
  const steps = new Map<string, Step[]>();
  for (const p of pending) {
    p.readings.forEach((r, i) => {
      // An article's first pending reading is new: a folded article read again is folded at once (record-article.ts).
      const before = new Set(i > 0 ? p.readings[i - 1]!.entities.map((e) => e.entityId) : []);
      for (const [id, step] of readingSteps(before, r, p.url, i)) (steps.get(id) ?? steps.set(id, []).get(id)!).push(step);
    });
  }
  // Read at the same millisecond (never, but for tests), two articles' steps go by URL.
  const order = (a: Step, b: Step) => a.readAt - b.readAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) || a.reading - b.reading;
  for (const list of steps.values()) list.sort(order);
  return steps;
}

/** The entity's row once its steps are folded in: undefined when no article names it any more. */
export function replay(row: EntityRow | undefined, steps: Step[] | undefined): EntityRow | undefined {
  let now = row;
  for (const s of steps ?? []) now = s.named ? updatedEntity(now, s.named, s.readAt, s.isNewHere) : uncounted(now);
  return now;
}

/** Each id's row once folded, from the stored rows (in the order of `ids`) and the pending steps. */
export function replayAll(
  ids: string[],
  stored: Array<EntityRow | undefined>,
  steps: Map<string, Step[]>,
): Map<string, EntityRow | undefined> {
  return new Map(ids.map((id, i) => [id, replay(stored[i], steps.get(id))]));
}
