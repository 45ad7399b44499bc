/**
 * Does the role an article states ("Kremlin spokesperson") agree with the positions Wikidata
 * records as held on the article's date? The answer never goes beyond the data: a person with no
 * recorded positions is "not in Wikidata", not "wrong"; a mismatch shows both sides.
 */
import { spellOutTitles } from '../nlp/entities';
import { countriesIn, countryOf, normaliseWords } from './country-names';
import { BROADER_OFFICES, DEPUTY_WORDS, FORMER_WORDS, OFFICE_PHRASES } from './role-synonyms';
import type { Position, WikidataDate } from './wikidata';

export type RoleCheck =
  | { status: 'consistent'; position: Position }
  | { status: 'differs'; stated: string; held: Position[] }
  | { status: 'not-in-wikidata'; stated: string }
  | { status: 'no-role-stated'; held: Position[] };

export function checkRole(stated: string | null, positions: Position[], articleDate: string | null): RoleCheck {
  const day = dayOf(articleDate);
  const held = byRelevance(positions.filter((p) => isHeldOn(p, day)));
  if (!stated?.trim()) return { status: 'no-role-stated', held };
  if (positions.length === 0) return { status: 'not-in-wikidata', stated };
  // The article's own form of a title ("Sen.", "Lt. Gen.") reads as the office it stands for.
  const office = readOffice(spellOutTitles(stated));
  // "Former Prime Minister" is checked against the offices that had ended by the article's date.
  const pool = office.former ? byRelevance(positions.filter((p) => hasEndedBy(p, day))) : held;
  const match = pool.find((p) => agrees(office, readOffice(p.label, p.of)));
  return match ? { status: 'consistent', position: match } : { status: 'differs', stated, held };
}

/** Held on `day` (YYYY[-MM[-DD]]) at the precision of each date: no start counts, no end is still held. */
export function isHeldOn(position: Position, day: string): boolean {
  if (position.start && compareAt(day, position.start) < 0) return false;
  if (position.endUnknown) return false;
  return !position.end || compareAt(day, position.end) <= 0;
}

function hasEndedBy(position: Position, day: string): boolean {
  if (position.endUnknown) return true;
  return !!position.end && compareAt(day, position.end) >= 0;
}

/** Compares a day with a Wikidata date on their common precision: 2011-12-05 is within "2011-12". */
function compareAt(day: string, date: WikidataDate): number {
  const n = Math.min(day.length, date.iso.length);
  const a = day.slice(0, n);
  const b = date.iso.slice(0, n);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The article's day, or today's where the article gives none (a card is read now). */
function dayOf(articleDate: string | null): string {
  const m = articleDate ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(articleDate.trim()) : null;
  if (m) return [m[1], m[2], m[3]].filter(Boolean).join('-');
  return new Date().toISOString().slice(0, 10);
}

/** Preferred statements first (Wikidata's mark for the current one), then the most recent start. */
function byRelevance(positions: Position[]): Position[] {
  return [...positions].sort((a, b) => {
    if (a.rank !== b.rank) return a.rank === 'preferred' ? -1 : 1;
    return (b.start?.iso ?? '').localeCompare(a.start?.iso ?? '');
  });
}

interface Office {
  /** OFFICE_PHRASES key, or null for an office the table does not know. */
  key: string | null;
  /** The head word, for offices the table does not know ("envoy" in "trade envoy"). */
  head: string | null;
  words: string[];
  deputy: boolean;
  former: boolean;
  countries: string[];
}

function agrees(stated: Office, held: Office): boolean {
  if (stated.deputy !== held.deputy) return false;
  const sameOffice = stated.key
    ? held.key !== null && (held.key === stated.key || (BROADER_OFFICES[stated.key] ?? []).includes(held.key))
    : stated.head !== null && held.words.includes(stated.head);
  if (!sameOffice) return false;
  // A country on one side only is no disagreement: "President" agrees with "President of Russia".
  return stated.countries.length === 0 || held.countries.length === 0 || stated.countries.some((c) => held.countries.includes(c));
}

let phrases: Map<string, string> | null = null;
let longest = 1;

function phraseTable(): Map<string, string> {
  if (phrases) return phrases;
  const t = new Map<string, string>();
  for (const [key, list] of Object.entries(OFFICE_PHRASES)) for (const p of list) t.set(normaliseWords(p).join(' '), key);
  for (const k of t.keys()) longest = Math.max(longest, k.split(' ').length);
  return (phrases = t);
}

const CONNECTORS = new Set(['of', 'for', 'to', 'at', 'in', 'on', 'the']);

/** The office a role phrase or a position label names: its key, whether deputy or former, its countries. */
function readOffice(text: string, of: string | null = null): Office {
  const table = phraseTable();
  const words = normaliseWords(text);
  const office: Office = { key: null, head: null, words, deputy: false, former: false, countries: countriesIn(`${text} ${of ?? ''}`) };
  // The leftmost office phrase is the head ("Press Secretary of the President …" is a press secretary).
  for (let i = 0; i < words.length && office.key === null; i++) {
    const w = words[i]!;
    if (FORMER_WORDS.includes(w)) office.former = true;
    for (let n = Math.min(longest, words.length - i); n > 0; n--) {
      const key = table.get(words.slice(i, i + n).join(' '));
      if (key) {
        office.key = key;
        break;
      }
    }
    if (office.key === null && DEPUTY_WORDS.includes(w)) office.deputy = true;
  }
  if (office.key === null) office.head = headWord(words);
  return office;
}

/** The last word before the complement ("researcher" in "researcher at the University of …"), not a country. */
function headWord(words: string[]): string | null {
  const end = words.findIndex((w) => CONNECTORS.has(w));
  const before = (end < 0 ? words : words.slice(0, end)).filter((w) => !countryOf(w) && !FORMER_WORDS.includes(w) && !DEPUTY_WORDS.includes(w));
  return before.at(-1) ?? null;
}
