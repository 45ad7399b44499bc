/**
 * The positions a person held (P39), as a card shows them and the role check reads them: the
 * statement's own dates, else those of the parliamentary term it names (P2937), and the date of
 * death (P570) closing what is left open. Real answers (../shared/data/api-responses) show why:
 * a third of P39 statements carry no dates, and legislature seats name a term instead.
 */
import type { Entity, Position, Snak, Statement, WikidataDate } from './wikidata-types';

/** A parliamentary term's name and dates, from its own item (asked for by wikidata.ts). */
export interface Term {
  label: string | null;
  start: WikidataDate | null;
  end: WikidataDate | null;
}

export const OF_QUALIFIERS = ['P642', 'P1001'] as const;

const values = (entity: Entity, property: string) => entity.claims[property] ?? [];
export const itemOf = (snak: Snak | undefined) => (snak?.type === 'item' ? snak.id : null);

/**
 * The terms whose dates would date a statement: those of P39 statements missing a start or an
 * end. A statement dated on both ends needs none, and asking for them would cost a request.
 */
export function termIds(entity: Entity): string[] {
  const ids = new Set<string>();
  for (const s of values(entity, 'P39')) {
    if (firstTime(s.qualifiers.P580).date && firstTime(s.qualifiers.P582).date) continue;
    for (const snak of s.qualifiers.P2937 ?? []) {
      const id = itemOf(snak);
      if (id) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * A term item's dates: start and end time (P580/P582), or inception and dissolution (P571/P576),
 * which some legislature items use instead. A term with neither is returned without dates, and
 * the seats it dates stay "dates unknown" (the real "56th United Kingdom Parliament" of 2016 had none).
 */
export function readTerm(entity: Entity): Term {
  const time = (...properties: string[]) => {
    for (const p of properties) {
      const date = firstTime(values(entity, p).map((s) => s.value)).date;
      if (date) return date;
    }
    return null;
  };
  return { label: entity.label, start: time('P580', 'P571'), end: time('P582', 'P576') };
}

export function positionsOf(entity: Entity, name: (id: string) => string, terms: ReadonlyMap<string, Term>): Position[] {
  const positions: Position[] = [];
  // A date of death (P570) ends every position the statements leave open.
  const death = values(entity, 'P570')
    .map((s) => s.value)
    .find((v) => v.type === 'time' && v.date !== null);
  const died = death?.type === 'time' ? death.date : null;
  for (const s of values(entity, 'P39')) {
    const id = itemOf(s.value);
    // "Position held: no value" says the person held none; it is no position to show.
    if (!id) continue;
    const start = firstTime(s.qualifiers.P580);
    const end = firstTime(s.qualifiers.P582);
    const position: Position = { id, label: name(id), start: start.date, end: end.date, rank: s.rank, ...ofQualifier(s, name) };
    // An end that exists but is unknown (somevalue, or a decade) means the office is over; null alone would say "still held".
    if (end.unknown && !end.date) position.endUnknown = true;
    fillFromTerm(position, s, terms, name);
    // A term that ran on after the death does not keep the seat: the death ends it.
    const open = !position.end || (position.datesFromTerm && died && position.end.iso.localeCompare(died.iso) > 0);
    if (!position.endUnknown && open && died) Object.assign(position, { end: died, endAtDeath: true });
    positions.push(position);
  }
  return positions;
}

function ofQualifier(s: Statement, name: (id: string) => string): Pick<Position, 'of' | 'ofProperty'> {
  for (const q of OF_QUALIFIERS) {
    const id = (s.qualifiers[q] ?? []).map(itemOf).find(Boolean);
    if (id) return { of: name(id), ofProperty: q };
  }
  return { of: null };
}

/**
 * The dates a statement lacks, from the term(s) it names. Only when every term named was read and
 * has a start (then `datesFromTerm`): a term not fetched, missing or undated leaves the statement
 * as it was, and role-check.ts reads such a seat as "dates unknown", never "held". Several terms
 * span from the first start to the last end; a term still running leaves the end open.
 */
function fillFromTerm(position: Position, s: Statement, terms: ReadonlyMap<string, Term>, name: (id: string) => string): void {
  const ids = (s.qualifiers.P2937 ?? []).map(itemOf).filter((id): id is string => id !== null);
  if (ids.length === 0) return;
  position.term = { id: ids[0]!, label: ids.map((id) => terms.get(id)?.label ?? name(id)).join(', ') };
  const read = ids.map((id) => terms.get(id));
  if (read.some((t) => !t?.start)) return;
  const dated = read as Array<Term & { start: WikidataDate }>;
  const start = dated.map((t) => t.start).sort((a, b) => a.iso.localeCompare(b.iso))[0]!;
  // A term still running (no end) keeps the seat open.
  const ends = dated.map((t) => t.end);
  const end = ends.every(Boolean) ? (ends as WikidataDate[]).sort((a, b) => b.iso.localeCompare(a.iso))[0]! : null;
  position.datesFromTerm = true;
  if (!position.start) position.start = start;
  if (!position.end && !position.endUnknown && end) position.end = end;
}

export function firstTime(snaks: Snak[] | undefined): { date: WikidataDate | null; unknown: boolean } {
  const list = snaks ?? [];
  const dated = list.find((s) => s.type === 'time' && s.date !== null);
  const unknown = list.some((s) => s.type === 'somevalue' || (s.type === 'time' && s.date === null));
  return { date: dated?.type === 'time' ? dated.date : null, unknown };
}
