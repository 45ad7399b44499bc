/**
 * The store's id for each name. A surname alone ("Peskov") stands for the one full name in the
 * store with that surname, first in this article, then across articles; when two people share it
 * ("Trump": Donald and Melania) it stays a person of its own, never a guess between them.
 */
import { identify, type Identity } from '../memory/identity';
import type { EntityKind } from '../nlp/types';
import type { PendingRow } from './records';
import { replay, stepsByEntity } from './replay';
import type { SourcelightDB } from './schema';

/** The names' identities, and the surnames only the store can resolve (no full name of theirs in this article). */
export function identitiesOf(entities: Array<{ name: string; kind: EntityKind }>): { ids: Array<Readonly<Identity>>; ask: string[] } {
  const ids = entities.map((e) => identify(e.name, e.kind));
  const fullHere = new Set(ids.filter((i) => i.surname && !i.partial).map((i) => i.surname));
  const ask = ids.filter((i) => i.partial && i.surname && !fullHere.has(i.surname)).map((i) => i.surname!);
  return { ids, ask: [...new Set(ask)] };
}

/** Each identity's store id, given the ids the store holds under each surname asked (identitiesOf). */
export function resolveWith(ids: ReadonlyArray<Readonly<Identity>>, known: Map<string, string[]>): string[] {
  const fullHere = ids.filter((i) => i.surname && !i.partial);
  return ids.map((identity) => {
    if (!identity.partial || !identity.surname) return identity.id;
    const here = new Set(fullHere.filter((i) => i.surname === identity.surname).map((i) => i.id));
    if (here.size === 1) return [...here][0]!;
    if (here.size > 1) return identity.id;
    const full = (known.get(identity.surname) ?? []).filter((id) => id !== identity.id && id.includes(' '));
    return full.length === 1 ? full[0]! : identity.id;
  });
}

/** The ids of the entity rows under each surname: the index's keys alone (no row is read), one read each, all sent at once. */
export async function idsBySurname(db: SourcelightDB, surnames: string[]): Promise<Map<string, string[]>> {
  const ids = await Promise.all(surnames.map((s) => db.entities.where('surname').equals(s).primaryKeys()));
  return new Map(surnames.map((s, i) => [s, ids[i] as string[]]));
}

/**
 * The ids the store knows under each surname asked: the entity rows' and the pending articles'
 * (fold.ts), as they will be once folded (one no article names any more is not known). One round
 * of reads, none when no surname is asked. `pendingRows`: the pending table's rows, where the
 * caller reads them anyway (recordArticle), so that the table is read once.
 * The rows themselves are read only where a pending reading stops naming a stored entity (an
 * article read again without it, which is rare), in a round of their own: only such a step can
 * leave an entity in no article, and its row's count says whether it does. Any other entity under
 * the surname is in an article once folded: a row of the index is one, and so is an entity a
 * pending reading names. (The index's keys alone, at 100,000 articles: the rows of a common
 * surname were a read each.)
 */
export async function knownBySurname(
  db: SourcelightDB,
  surnames: string[],
  pendingRows?: Promise<PendingRow[]>,
): Promise<Map<string, string[]>> {
  if (surnames.length === 0) return new Map();
  const [storedIds, pending] = await Promise.all([idsBySurname(db, surnames), pendingRows ?? db.pending.toArray()]);
  const known = new Map(surnames.map((s) => [s, new Set(storedIds.get(s))]));
  for (const e of pending.flatMap((p) => p.readings.flatMap((r) => r.entities))) {
    known.get(identify(e.name, e.kind).surname ?? '')?.add(e.entityId);
  }
  const steps = stepsByEntity(pending);
  const stored = new Set([...storedIds.values()].flat());
  const unnamed = (id: string) => steps.get(id)?.some((step) => !step.named) ?? false;
  const recount = [...stored].filter(unnamed);
  const rows = new Map(recount.length > 0 ? (await db.entities.bulkGet(recount)).map((row, i) => [recount[i]!, row]) : []);
  const inAnArticle = (id: string) => !unnamed(id) || !!replay(rows.get(id), steps.get(id));
  return new Map([...known].map(([s, ids]) => [s, [...ids].filter(inAnArticle)]));
}

export async function resolveEntityIds(db: SourcelightDB, entities: Array<{ name: string; kind: EntityKind }>): Promise<string[]> {
  const { ids, ask } = identitiesOf(entities);
  return resolveWith(ids, await knownBySurname(db, ask));
}
