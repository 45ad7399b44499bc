/**
 * Defensive readers of the two Wikidata answers the lookups use: wbsearchentities and
 * wbgetentities (shapes in shared/research/data-sources.md §2.1–2.2). Anything unexpected is
 * skipped or reported as malformed, never thrown: the bodies come from the network.
 */
import type { Entity, PersonFacts, Snak, Statement, WikidataDate } from './wikidata-types';
import { itemOf, OF_QUALIFIERS, positionsOf, type Term } from './wikidata-positions';

type Failure = { ok: false; reason: 'malformed' | 'http-error' | 'rate-limited'; message: string };

export interface SearchHit {
  id: string;
  label: string | null;
  description: string | null;
}

export type SearchPage = { ok: true; hits: SearchHit[]; more: boolean } | Failure;

/** Item, property and lexeme ids: only these are ever put back into a URL. */
export const ENTITY_ID = /^[QPL][1-9]\d{0,11}$/;

// An API error comes as a 200 with `error`; these codes mean "later", not "never".
const THROTTLE_CODES = new Set(['ratelimited', 'maxlag', 'readonly']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function apiError(body: Record<string, unknown>): Failure | null {
  if (!isObject(body.error)) return null;
  const code = text(body.error.code) ?? 'unknown';
  const info = text(body.error.info) ?? 'no details';
  return {
    ok: false,
    reason: THROTTLE_CODES.has(code) ? 'rate-limited' : 'http-error',
    message: `Wikidata refused the request (${code}): ${info}`,
  };
}

export function parseSearch(body: unknown): SearchPage {
  if (!isObject(body)) return { ok: false, reason: 'malformed', message: 'Wikidata search sent something other than a JSON object' };
  const error = apiError(body);
  if (error) return error;
  if (!Array.isArray(body.search)) return { ok: false, reason: 'malformed', message: 'Wikidata search sent no `search` list' };
  const hits: SearchHit[] = [];
  for (const row of body.search) {
    if (!isObject(row) || typeof row.id !== 'string' || !ENTITY_ID.test(row.id)) continue;
    // Newer answers put the shown label and description in `display`; older ones only at the top.
    const display = isObject(row.display) ? row.display : {};
    const shown = (field: unknown) => (isObject(field) ? text(field.value) : null);
    hits.push({
      id: row.id,
      label: text(row.label) ?? shown(display.label),
      description: text(row.description) ?? shown(display.description),
    });
  }
  return { ok: true, hits, more: body['search-continue'] !== undefined };
}

export type EntitiesPage = { ok: true; entities: Entity[] } | Failure;

/**
 * The label languages asked and read, in order. Since 2024 Wikidata keeps names that are the same
 * in every language (people's names above all) once, under `mul` ("default for all languages",
 * https://www.wikidata.org/wiki/Help:Default_values_for_labels_and_aliases), and drops the copies
 * in `en`. No other language is read: the role check compares English words, and a label in
 * another language would turn "cannot say" (a bare id, 'unlabelled') into a wrong "differs".
 */
export const LABEL_LANGUAGES = ['en', 'mul'] as const;

export function parseEntities(body: unknown, languages: readonly string[] = LABEL_LANGUAGES): EntitiesPage {
  if (!isObject(body)) return { ok: false, reason: 'malformed', message: 'Wikidata sent something other than a JSON object' };
  const error = apiError(body);
  if (error) return error;
  if (!isObject(body.entities)) return { ok: false, reason: 'malformed', message: 'Wikidata sent no `entities`' };
  const entities: Entity[] = [];
  for (const raw of Object.values(body.entities)) {
    // A deleted or never-existing id comes back as {id, missing: ""} (formatversion 2: missing: true).
    if (!isObject(raw) || 'missing' in raw || typeof raw.id !== 'string' || !ENTITY_ID.test(raw.id)) continue;
    entities.push({
      id: raw.id,
      label: term(raw.labels, languages),
      description: term(raw.descriptions, languages),
      aliases: aliasesOf(raw, languages),
      claims: claimsOf(raw.claims),
      sitelinks: sitelinksOf(raw.sitelinks),
    });
  }
  return { ok: true, entities };
}

/** The first of `languages` that has a value. */
function term(terms: unknown, languages: readonly string[]): string | null {
  for (const language of languages) {
    const value = isObject(terms) && isObject(terms[language]) ? text(terms[language].value) : null;
    if (value) return value;
  }
  return null;
}

/**
 * Every other name the item goes by in the languages read: the aliases in each, and the labels
 * not chosen as the label (an English "Kim Jong-un" beside a `mul` "Kim Jong Un"), so that an
 * article's spelling matches whichever form holds it.
 */
function aliasesOf(raw: Record<string, unknown>, languages: readonly string[]): string[] {
  const label = term(raw.labels, languages);
  const names: string[] = [];
  for (const language of languages) {
    const other = isObject(raw.labels) && isObject(raw.labels[language]) ? text(raw.labels[language].value) : null;
    if (other && other !== label) names.push(other);
    const list = isObject(raw.aliases) ? raw.aliases[language] : undefined;
    if (Array.isArray(list)) for (const a of list) if (isObject(a) && text(a.value)) names.push(text(a.value)!);
  }
  return [...new Set(names)];
}

function sitelinksOf(sitelinks: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(sitelinks)) return out;
  for (const [site, link] of Object.entries(sitelinks)) {
    const title = isObject(link) ? text(link.title) : null;
    if (title) out[site] = title;
  }
  return out;
}

function claimsOf(claims: unknown): Record<string, Statement[]> {
  const out: Record<string, Statement[]> = {};
  if (!isObject(claims)) return out;
  for (const [property, list] of Object.entries(claims)) {
    if (!Array.isArray(list)) continue;
    const statements: Statement[] = [];
    for (const s of list) {
      if (!isObject(s) || s.rank === 'deprecated') continue;
      const qualifiers: Record<string, Snak[]> = {};
      if (isObject(s.qualifiers)) {
        for (const [q, snaks] of Object.entries(s.qualifiers)) if (Array.isArray(snaks)) qualifiers[q] = snaks.map(readSnak);
      }
      statements.push({ rank: s.rank === 'preferred' ? 'preferred' : 'normal', value: readSnak(s.mainsnak), qualifiers });
    }
    out[property] = statements;
  }
  return out;
}

function readSnak(snak: unknown): Snak {
  if (!isObject(snak)) return { type: 'other' };
  if (snak.snaktype === 'novalue') return { type: 'novalue' };
  if (snak.snaktype === 'somevalue') return { type: 'somevalue' };
  const datavalue = isObject(snak.datavalue) ? snak.datavalue : null;
  if (!datavalue) return { type: 'other' };
  const value = datavalue.value;
  if (datavalue.type === 'wikibase-entityid' && isObject(value)) {
    const id = typeof value.id === 'string' ? value.id : typeof value['numeric-id'] === 'number' ? `Q${value['numeric-id']}` : null;
    return id && ENTITY_ID.test(id) ? { type: 'item', id } : { type: 'other' };
  }
  if (datavalue.type === 'time' && isObject(value)) return { type: 'time', ...readTime(value.time, value.precision) };
  if (datavalue.type === 'string' && typeof value === 'string') return { type: 'string', value };
  return { type: 'other' };
}

/**
 * "+2012-05-07T00:00:00Z" with precision 11 (day), 10 (month) or 9 (year, "+1888-00-00…").
 * Coarser precisions (decade, century) and years before the common era give no date: a card
 * cannot show them as a date, nor can a "held on" check use them. The calendar model is not
 * converted: a Julian date is off by days only, and only for dates before the 1920s.
 */
export function readTime(time: unknown, precision: unknown): { date: WikidataDate | null; year: number | null } {
  const m = typeof time === 'string' ? /^\+(\d{4,})-(\d{2})-(\d{2})T/.exec(time) : null;
  if (!m || typeof precision !== 'number' || precision < 9) return { date: null, year: null };
  const year = Number(m[1]);
  if (!Number.isSafeInteger(year) || year < 1 || year > 9999) return { date: null, year: null };
  const y = String(year).padStart(4, '0');
  // A day or month of 00 at a finer stated precision is an error in the data; use what is there.
  if (precision >= 11 && m[3] !== '00' && m[2] !== '00') return { date: { iso: `${y}-${m[2]}-${m[3]}`, precision: 11 }, year };
  if (precision >= 10 && m[2] !== '00') return { date: { iso: `${y}-${m[2]}`, precision: 10 }, year };
  return { date: { iso: y, precision: 9 }, year };
}

const values = (entity: Entity, property: string) => entity.claims[property] ?? [];

export function isHuman(entity: Entity): boolean {
  return values(entity, 'P31').some((s) => itemOf(s.value) === 'Q5');
}

/** Properties whose item values a card shows by name; their labels come in one batched call. */
const LABELLED = ['P39', 'P102', 'P27', 'P108'] as const;

/** The item ids whose labels `toPersonFacts` needs. */
export function labelIds(entity: Entity): string[] {
  const ids = new Set<string>();
  for (const p of LABELLED) {
    for (const s of values(entity, p)) {
      const id = itemOf(s.value);
      if (id) ids.add(id);
      if (p !== 'P39') continue;
      for (const q of OF_QUALIFIERS) {
        for (const snak of s.qualifiers[q] ?? []) {
          const of = itemOf(snak);
          if (of) ids.add(of);
        }
      }
    }
  }
  return [...ids];
}

/**
 * `labels`: the batched label call; `terms`: the parliamentary terms asked for (termIds), whose
 * dates date the seats that have none. Without them those seats stay undated.
 */
export function toPersonFacts(
  entity: Entity,
  labels: ReadonlyMap<string, string>,
  terms: ReadonlyMap<string, Term> = new Map(),
): PersonFacts {
  const name = (id: string) => labels.get(id) ?? id;
  const named = (property: string) => {
    // Preferred first, then statements still running, so that a card's first party is the current one.
    const ordered = [...values(entity, property)].sort((a, b) => weight(a) - weight(b));
    return [
      ...new Set(
        ordered
          .map((s) => itemOf(s.value))
          .filter((id): id is string => id !== null)
          .map(name),
      ),
    ];
  };
  const birth = values(entity, 'P569')
    .map((s) => s.value)
    .find((v) => v.type === 'time' && v.year !== null);
  const image = values(entity, 'P18')
    .map((s) => s.value)
    .find((v) => v.type === 'string');
  return {
    id: entity.id,
    label: entity.label ?? entity.id,
    description: entity.description,
    enwikiTitle: entity.sitelinks.enwiki ?? null,
    birthYear: birth?.type === 'time' ? birth.year : null,
    positions: positionsOf(entity, name, terms),
    parties: named('P102'),
    countries: named('P27'),
    employers: named('P108'),
    image: image?.type === 'string' ? image.value : null,
  };
}

function weight(s: Statement): number {
  const ended = (s.qualifiers.P582 ?? []).some((q) => q.type === 'time' || q.type === 'somevalue');
  return (s.rank === 'preferred' ? 0 : 2) + (ended ? 1 : 0);
}
