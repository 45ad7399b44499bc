/**
 * Which countries a short phrase names: "North Korean leader" → North Korea, "Kremlin spokesperson"
 * → Russia, "Minister of Foreign Affairs of Russia" → Russia. Used to compare what an article says
 * with what Wikidata holds, locally: nothing here goes into a request.
 *
 * The country names, demonyms and capitals are the NLP lexicon's own (lib/nlp/lexicons/places.ts),
 * so that analysis and lookups agree on what "Russia" is. Only the metonyms below are added.
 */
import { CAPITAL_OF, COUNTRIES, DEMONYMS } from '../nlp/lexicons/places';

/**
 * Seats of power and bodies that news writes for their state ("the Kremlin said"), and Wikidata
 * labels that name a country without a demonym the lexicon knows. Written from general knowledge
 * of wire style; canonical names as in COUNTRIES.
 */
const METONYMS: Readonly<Record<string, string>> = {
  Kremlin: 'Russia',
  'White House': 'United States',
  Pentagon: 'United States',
  'State Department': 'United States',
  'Downing Street': 'United Kingdom',
  Whitehall: 'United Kingdom',
  Élysée: 'France',
  'Élysée Palace': 'France',
  Zhongnanhai: 'China',
  'Blue House': 'South Korea',
  'Workers’ Party of Korea': 'North Korea',
  'Korean People’s Army': 'North Korea',
  'State Affairs Commission': 'North Korea',
  'State Duma': 'Russia',
  Bundestag: 'Germany',
};

/** Lower case, no accents, no dots ("U.S." = "US"), no possessive "'s", hyphens split words. */
export function normaliseWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\./g, '')
    .split(/[\s\-–—/,;:()]+/)
    .map((w) => w.replace(/'s$/, '').replace(/'/g, ''))
    .filter(Boolean);
}

const key = (phrase: string) => normaliseWords(phrase).join(' ');

function lines(list: string): string[] {
  return list
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

let table: Map<string, string> | null = null;
let longest = 1;

function countryTable(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  const add = (phrase: string, country: string) => {
    const k = key(phrase);
    // "Korean" stands for South Korea in the lexicon; the first (more specific) entry is kept.
    if (k && !t.has(k)) t.set(k, country);
  };
  for (const line of lines(COUNTRIES)) {
    const [name, ...variants] = line.split('|').map((s) => s.trim());
    for (const v of [name!, ...variants]) add(v, name!);
  }
  for (const line of lines(DEMONYMS)) {
    const [adjective, country, plural] = line.split('|').map((s) => s.trim());
    if (!country) continue;
    if (adjective) add(adjective, country);
    if (plural) add(plural, country);
  }
  for (const [city, country] of Object.entries(CAPITAL_OF)) add(city, country);
  for (const [phrase, country] of Object.entries(METONYMS)) add(phrase, country);
  for (const k of t.keys()) longest = Math.max(longest, k.split(' ').length);
  return (table = t);
}

/** The canonical country a whole phrase stands for ("Russian Federation" → "Russia"), or null. */
export function countryOf(phrase: string): string | null {
  return countryTable().get(key(phrase)) ?? null;
}

/** Every country a phrase names, longest match first ("North Korean" is not read as "Korean"). */
export function countriesIn(text: string): string[] {
  const t = countryTable();
  const words = normaliseWords(text);
  const found: string[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(longest, words.length - i); n > 0 && !matched; n--) {
      const country = t.get(words.slice(i, i + n).join(' '));
      if (country) {
        if (!found.includes(country)) found.push(country);
        matched = n;
      }
    }
    i += matched || 1;
  }
  return found;
}
