/**
 * Does the role an article states ("Kremlin spokesperson") agree with the positions Wikidata
 * records as held on the article's date? The answer never goes beyond the data: a person with no
 * recorded positions is "not in Wikidata", not "wrong"; a mismatch shows both sides.
 */
import { spellOutTitles } from '../nlp/entities';
import { countriesIn, countryOf, normaliseWords } from './country-names';
import { BROADER_OFFICES, DEPUTY_WORDS, FORMER_WORDS, LEGISLATURE_WORDS, OFFICE_PHRASES, SHADOW_WORDS } from './role-synonyms';
import type { Position, WikidataDate } from './wikidata-types';

export type RoleCheck =
  | { status: 'consistent'; position: Position }
  | { status: 'differs'; stated: string; held: Position[] }
  /**
   * Wikidata cannot settle it: the office that matches has no dates ("dates-unknown": about a
   * third of real P39 statements carry neither start nor end), or a position on the date has no
   * English label to compare ("unlabelled": it shows as its bare id).
   */
  | { status: 'unknown'; stated: string; reason: 'dates-unknown' | 'unlabelled'; position: Position | null; held: Position[] }
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
  const match = bestMatch(office, pool);
  if (match) return { status: 'consistent', position: match };
  // An undated office that agrees may or may not have been held then: say so, never "consistent".
  const undated = office.former ? [] : positions.filter((p) => isUndated(p) && !hasEndedBy(p, day));
  const maybe = bestMatch(office, undated);
  if (maybe) return { status: 'unknown', stated, reason: 'dates-unknown', position: maybe, held };
  // A position shown as its bare id may be the stated one under a name we cannot read.
  const unlabelled = [...pool, ...undated].find(isUnlabelled);
  if (unlabelled) return { status: 'unknown', stated, reason: 'unlabelled', position: unlabelled, held };
  return { status: 'differs', stated, held };
}

/**
 * Among the positions that agree, the one whose label covers most of the stated words ("Prime
 * Minister's press secretary" is the PM's, not the President's); ties keep the order of relevance.
 */
function bestMatch(office: Office, positions: Position[]): Position | undefined {
  const stated = office.words.filter((w) => !CONNECTORS.has(w));
  let best: Position | undefined;
  let bestCover = -1;
  for (const p of positions) {
    const held = readOffice(p.label, positionCountries(p));
    if (!agrees(office, held)) continue;
    const cover = stated.filter((w) => held.words.includes(w)).length;
    if (cover > bestCover) [best, bestCover] = [p, cover];
  }
  return best;
}

/**
 * Neither start nor end recorded (a date of death alone bounds it, not dates it); or a seat in a
 * parliamentary term whose term could not be read, missing a date of its own: an end alone
 * ("until 1984") would make it held since forever, a start alone held until today, though the
 * seat lasted only the term.
 */
export function isUndated(position: Position): boolean {
  const open = !position.end || !!position.endAtDeath;
  if (position.term && !position.datesFromTerm && (!position.start || (open && !position.endUnknown))) return true;
  return !position.start && !position.endUnknown && open;
}

/** The label call found no English name: the label is the item's id. */
const isUnlabelled = (position: Position) => position.label === position.id || /^Q\d+$/.test(position.label);

/**
 * Held on `day` (YYYY[-MM[-DD]]) at the precision of each date: no start counts if an end is
 * known, no end is still held; a position with neither is not known to be held on any day.
 */
export function isHeldOn(position: Position, day: string): boolean {
  if (isUndated(position)) return false;
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
  /**
   * For an office the table does not know, its words before the complement besides countries:
   * most must be in the held label ("Work and Pensions Secretary" is not the Home Secretary's
   * "Secretary of State for the Home Department"; "trade envoy" is the "Special Envoy for Trade").
   */
  content: string[];
  words: string[];
  deputy: boolean;
  shadow: boolean;
  former: boolean;
  countries: string[];
}

function agrees(stated: Office, held: Office): boolean {
  if (stated.deputy !== held.deputy || stated.shadow !== held.shadow) return false;
  const sameOffice = stated.key
    ? held.key !== null && (held.key === stated.key || (BROADER_OFFICES[stated.key] ?? []).includes(held.key))
    : stated.head !== null && held.words.includes(stated.head) && covers(held.words, stated.content);
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

/**
 * The countries an office is of: those its label names, its jurisdiction's (P1001), and a P642
 * ("of") only where that names a country outright. A P642 is as often a party or a cabinet, whose
 * name may hold another country's ("Party of the Hungarian Coalition" sits in Slovakia).
 */
export function positionCountries(p: Position): string[] {
  const fromOf = !p.of ? [] : p.ofProperty === 'P1001' ? countriesIn(p.of) : [countryOf(p.of)].filter((c): c is string => !!c);
  return [...new Set([...countriesIn(p.label), ...fromOf])];
}

/** The office a role phrase or a position label names: its key, whether deputy or former, its countries. */
function readOffice(text: string, countries: string[] = countriesIn(text)): Office {
  const table = phraseTable();
  const words = normaliseWords(text);
  const office: Office = { key: null, head: null, content: [], words, deputy: false, shadow: false, former: false, countries };
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
    if (office.key === null && SHADOW_WORDS.includes(w)) office.shadow = true;
  }
  if (office.key === null && isSeat(words)) office.key = 'legislator';
  if (office.key === null) {
    office.head = headWord(words);
    const end = words.findIndex((w) => CONNECTORS.has(w));
    office.content = (end < 0 ? words : words.slice(0, end)).filter((w) => w !== 'and' && !countryOf(w) && !isModifier(w));
  }
  return office;
}

/** "Member of (the) …" an assembly: a seat in a legislature, whatever the assembly's name. */
function isSeat(words: string[]): boolean {
  const i = words.indexOf('member');
  return i >= 0 && words[i + 1] === 'of' && words.slice(i + 2).some((w) => LEGISLATURE_WORDS.includes(w));
}

/** Words that qualify an office rather than name it. */
const isModifier = (w: string) => FORMER_WORDS.includes(w) || DEPUTY_WORDS.includes(w) || SHADOW_WORDS.includes(w);

/** More than half of the stated words are in the held label. */
function covers(held: string[], stated: string[]): boolean {
  return stated.filter((w) => held.includes(w)).length * 2 > stated.length;
}

/** The last word before the complement ("researcher" in "researcher at the University of …"), not a country. */
function headWord(words: string[]): string | null {
  const end = words.findIndex((w) => CONNECTORS.has(w));
  const before = (end < 0 ? words : words.slice(0, end)).filter((w) => !countryOf(w) && !isModifier(w));
  return before.at(-1) ?? null;
}
