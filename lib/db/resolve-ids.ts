/**
 * The store's id for each name. A surname alone ("Peskov") stands for the one full name in the
 * store with that surname, first in this article, then across articles; when two people share it
 * ("Trump": Donald and Melania) it stays a person of its own, never a guess between them.
 */
import { identify, type Identity } from '../memory/identity';
import type { EntityKind } from '../nlp/types';
import type { EntityRow } from './records';
import type { SourcelightDB } from './schema';

/** The names' identities, and the surnames only the store can resolve (no full name of theirs in this article). */
export function identitiesOf(entities: Array<{ name: string; kind: EntityKind }>): { ids: Identity[]; ask: string[] } {
  const ids = entities.map((e) => identify(e.name, e.kind));
  const fullHere = new Set(ids.filter((i) => i.surname && !i.partial).map((i) => i.surname));
  const ask = ids.filter((i) => i.partial && i.surname && !fullHere.has(i.surname)).map((i) => i.surname!);
  return { ids, ask: [...new Set(ask)] };
}

/** Each identity's store id, given the ids the store holds under each surname asked (identitiesOf). */
export function resolveWith(ids: Identity[], known: Map<string, string[]>): string[] {
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

/** The entity rows under each surname: one index read each, all sent at once. */
export async function rowsBySurname(db: SourcelightDB, surnames: string[]): Promise<Map<string, EntityRow[]>> {
  const rows = await Promise.all(surnames.map((s) => db.entities.where('surname').equals(s).toArray()));
  return new Map(surnames.map((s, i) => [s, rows[i]!]));
}

export async function resolveEntityIds(db: SourcelightDB, entities: Array<{ name: string; kind: EntityKind }>): Promise<string[]> {
  const { ids, ask } = identitiesOf(entities);
  const known = await Promise.all(ask.map((s) => db.entities.where('surname').equals(s).primaryKeys()));
  return resolveWith(ids, new Map(ask.map((s, i) => [s, known[i]!])));
}
