/**
 * Builds the engine's lexicon (lexicon-types.ts) from the data in lib/nlp/lexicons/. The data
 * files keep their lists as plain text, one entry per line ("Canonical|variant|…"); this is the
 * one place that knows their formats. It runs at build time, not at start: scripts/build-lexicons.mjs
 * stores what it builds (encodeLexicon) in lexicons/compiled.ts, which lexicon.ts reads back.
 */
import type { EntityKind } from './types';
import type { Gender, Known, Lexicon, RoleWord } from './lexicon-types';
import type { StoredLexicon } from './lexicon';
import { ANONYMITY_MARKERS } from './lexicons/sources';
import { PhraseIndex } from './phrases';
import { splitWords } from './tokenize';
import { FAMILY_FIRST_SURNAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, OTHER_GIVEN_NAMES } from './lexicons/given-names';
import { MEDIA, MEDIA_GENERIC_HEADS } from './lexicons/media';
import { GENERIC_INSTITUTIONS, INSTITUTION_OFFICIAL, INSTITUTIONS, ORG_HEADS, type InstitutionKind } from './lexicons/organizations';
import { CAPITAL_OF, CITIES, COUNTRIES, DEMONYMS, REGIONS } from './lexicons/places';
import {
  ANONYMOUS_CLAUSES,
  ANONYMOUS_HEADS,
  GENDERED_TITLES,
  HEADING_VERBS,
  PRE_NAME_TITLES,
  RANK_WORDS,
  ROLE_COMPLEMENT_WORDS,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
} from './lexicons/titles';
import { BELIEF_VERBS, DOCUMENT_NOUNS, NOMINAL_CUES, SPEECH_VERBS } from './lexicons/cues';
import {
  ABBREVIATIONS,
  CAPITALISED_NON_NAMES,
  GROUP_NOUNS,
  LOWER_HEADS,
  NAME_PARTICLES,
  NAME_PREFIXES,
  NAME_SUFFIXES,
  EVENT_NAME_HEADS,
  PLACE_NAME_HEADS,
  SURNAME_WORDS,
} from './lexicons/words';

/** Non-empty trimmed lines. */
function lines(list: string): string[] {
  return list
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** White-space separated words. */
function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

const splitPhrase = splitWords;

function plurals(noun: string): string[] {
  if (noun.endsWith('man')) return [noun.slice(0, -3) + 'men'];
  if (noun.endsWith('person')) return [noun.slice(0, -6) + 'people'];
  if (/(?:s|sh|ch|x)$/.test(noun)) return [noun + 'es'];
  if (/[^aeiou]y$/.test(noun)) return [noun.slice(0, -1) + 'ies'];
  return [noun + 's'];
}

// Family names that are also common English words or open sentences and company names
// ("He said", "Sun Microsystems", "Song of …"): a capitalised one is not enough to make a name.
const AMBIGUOUS_FAMILY_NAMES = new Set([
  'he',
  'do',
  'long',
  'song',
  'sun',
  'ye',
  'min',
  'son',
  'ha',
  'nam',
  'bo',
  'joo',
  'le',
  'woo',
  'ly',
  'fu',
  'ji',
  'yu',
  'oh',
  'cha',
  'ko',
  'to',
  'sam',
  'ou',
  'ma',
  'hun',
  'hua',
  'jo',
  'ri',
  'fan',
  'gong',
  'lou',
  'ho',
]);

/** Each word of the lists, lower-cased, to the gender of its list. */
function byGender(lists: Record<Gender, string>): Map<string, Gender> {
  const map = new Map<string, Gender>();
  for (const [gender, list] of Object.entries(lists) as Array<[Gender, string]>)
    for (const w of words(list)) map.set(w.toLowerCase(), gender);
  return map;
}

/** The lexicon in the stored form (lexicon.ts's StoredLexicon): sets and maps as their entries, phrase indexes as their lists. */
export function encodeLexicon(lex: Lexicon): StoredLexicon {
  const stored = (value: unknown) => {
    if (value instanceof Set) return [...value];
    if (value instanceof Map) return [[...value.keys()], [...value.values()]];
    return value instanceof PhraseIndex ? value.phrases() : value;
  };
  return Object.fromEntries(Object.entries(lex).map(([key, value]) => [key, stored(value)])) as StoredLexicon;
}

/** Named places, institutions and media: every variant of every line, to its line's canonical name. */
function knownNames(): PhraseIndex<Known> {
  const known = new PhraseIndex<Known>(splitPhrase);
  const addKnown = (list: string, kind: EntityKind, official: boolean) => {
    for (const line of lines(list)) {
      const [name, ...variants] = line.split('|').map((s) => s.trim());
      for (const v of [name!, ...variants]) {
        // "The Sun" needs its article; the engine strips "the" itself for the others.
        const bare = /^the\s/i.test(v) && v.split(/\s+/).length > 1 && !/^The\s/.test(name!) ? v.replace(/^the\s+/i, '') : v;
        if (bare) known.add(bare, { name: name!, kind, official });
      }
    }
  };
  addKnown(CITIES, 'place', false);
  // Every capital the lexicon names is a place, where the cities' list lacks it ("Jerusalem", "Berne").
  const cities = new Set(lines(CITIES).flatMap((l) => l.split('|').map((v) => v.trim().toLowerCase())));
  addKnown(
    Object.keys(CAPITAL_OF)
      .filter((c) => !cities.has(c.toLowerCase()))
      .join('\n'),
    'place',
    false,
  );
  addKnown(REGIONS, 'place', false);
  addKnown(COUNTRIES, 'place', false);
  for (const [kind, list] of Object.entries(INSTITUTIONS) as Array<[InstitutionKind, string]>)
    addKnown(list, 'organization', INSTITUTION_OFFICIAL[kind]);
  for (const list of Object.values(MEDIA)) addKnown(list, 'media', false);
  return known;
}

export function buildLexicon(): Lexicon {
  const known = knownNames();
  const demonyms = new PhraseIndex<true>(splitPhrase);
  for (const line of lines(DEMONYMS)) {
    const [adjective, , plural] = line.split('|').map((s) => s.trim());
    if (adjective) demonyms.add(adjective, true);
    if (plural) demonyms.add(plural, true);
  }

  const capitalOf = new Map<string, string>();
  for (const [city, country] of Object.entries(CAPITAL_OF)) capitalOf.set(city.toLowerCase(), country);

  const orgHeads = new Set(words(ORG_HEADS).map((w) => w.toLowerCase().replace(/\.$/, '')));
  for (const list of Object.values(GENERIC_INSTITUTIONS)) for (const l of lines(list)) if (!l.includes(' ')) orgHeads.add(l.toLowerCase());

  const titles = new PhraseIndex<RoleWord>(splitPhrase);
  for (const { title, official, full } of PRE_NAME_TITLES) {
    titles.add(title, full ? { official, full } : { official });
    // British and wire copy hyphenate two-word ranks: "Lieutenant-Colonel", "Major-General".
    if (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(title)) titles.add(title.replace(' ', '-'), { official });
  }
  // Role nouns are matched by their head word, singular and plural ("spokesman", "spokesmen"): the
  // last word, or the word before "of" ("head of state" is a head, not a state: "Charleston, S.C.,
  // a key primary state" names no person).
  const roleNouns = new Map<string, RoleWord>();
  const roleOfPhrases = new Map<string, RoleWord>();
  for (const [noun, official] of Object.entries(ROLE_NOUNS)) {
    if (/ of /.test(noun)) roleOfPhrases.set(noun.toLowerCase(), { official });
    const words = noun.toLowerCase().split(/\s+/);
    const of = words.indexOf('of');
    const head = of > 0 ? words[of - 1]! : words.at(-1)!;
    for (const form of [head, ...plurals(head)]) if (!roleNouns.has(form) || official) roleNouns.set(form, { official });
  }

  // Only verbs that introduce what was said or believed; "accused", "condemned" name a stance, not a claim.
  const speechVerbs = new Map<string, string>();
  for (const verb of [...SPEECH_VERBS, ...BELIEF_VERBS]) {
    if (!verb.content) continue;
    for (const form of verb.forms.split('|')) if (!form.includes(' ')) speechVerbs.set(form.toLowerCase(), verb.lemma);
  }

  const givenNameGender = byGender({ male: MALE_GIVEN_NAMES, female: FEMALE_GIVEN_NAMES });
  const anonymousClauses = lines(ANONYMOUS_CLAUSES)
    .map((l) => splitPhrase(l.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  return {
    givenNameGender,
    genderedTitles: byGender(GENDERED_TITLES),
    // All of GIVEN_NAMES: the gendered names are read already.
    givenNames: new Set([...givenNameGender.keys(), ...words(OTHER_GIVEN_NAMES).map((w) => w.toLowerCase())]),
    familyFirst: new Set(
      words(FAMILY_FIRST_SURNAMES)
        .map((w) => w.toLowerCase())
        .filter((w) => !AMBIGUOUS_FAMILY_NAMES.has(w)),
    ),
    known,
    demonyms,
    capitalOf,
    orgHeads,
    mediaHeads: new Set(words(MEDIA_GENERIC_HEADS).map((w) => w.toLowerCase())),
    titles,
    roleNouns,
    roleOfPhrases,
    anonymousHeads: new Set(lines(ANONYMOUS_HEADS).map((l) => l.toLowerCase().split(/\s+/).pop()!)),
    speechVerbs,
    documentHeads: new Set(lines(DOCUMENT_NOUNS).map((l) => l.toLowerCase().split(/\s+/).pop()!)),
    nominalCues: new Set(
      lines(NOMINAL_CUES)
        .filter((l) => !l.includes(' '))
        .map((l) => l.toLowerCase()),
    ),
    nonNames: new Set(words(CAPITALISED_NON_NAMES).map((w) => w.toLowerCase())),
    particles: new Set(words(NAME_PARTICLES).map((w) => w.toLowerCase())),
    namePrefixes: new Set(words(NAME_PREFIXES).map((w) => w.replace(/-$/, ''))),
    groupNouns: new Set(words(GROUP_NOUNS).map((w) => w.toLowerCase())),
    lowerHeads: new Set([...words(LOWER_HEADS), ...orgHeads]),
    surnameWords: new Set(words(SURNAME_WORDS).map((w) => w.toLowerCase())),
    placeNameHeads: new Set([...words(PLACE_NAME_HEADS), ...words(EVENT_NAME_HEADS)].map((w) => w.toLowerCase())),
    suffixes: new Set(words(NAME_SUFFIXES).map((w) => w.toLowerCase().replace(/\.$/, ''))),
    anonymityClauses: anonymousClauses.filter((c) => c.some((w) => ANONYMITY_MARKERS.has(w))),
    qualifierClauses: anonymousClauses.filter((c) => !c.some((w) => ANONYMITY_MARKERS.has(w))),
    rankWords: new Set(words(RANK_WORDS)),
    titleModifiers: new Set(words(TITLE_MODIFIERS)),
    titleWords: new Set(PRE_NAME_TITLES.flatMap(({ title }) => splitPhrase(title).map((w) => w.toLowerCase()))),
    headingVerbs: new Set(words(HEADING_VERBS)),
    roleComplements: new Set(words(ROLE_COMPLEMENT_WORDS)),
    abbreviations: new Set(words(ABBREVIATIONS).map((w) => w.toLowerCase().replace(/\.$/, ''))),
  };
}
