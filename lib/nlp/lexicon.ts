/**
 * The engine's lexicon (lexicon-types.ts), read once, on first use, from the form the build stores
 * (lexicons/compiled.ts, written by scripts/build-lexicons.mjs from lexicon-build.ts): one
 * JSON.parse and the sets and maps made from their entries. Building it from the lists at start
 * split every phrase with the word pattern, some 20 ms of each fresh process (a CLI run, the
 * extension's service worker waking up); tests/unit/nlp/lexicons.test.ts holds the stored form to
 * what the lists build.
 */
import type { Lexicon } from './lexicon-types';
import { LEXICON_JSON } from './lexicons/compiled';
import { PhraseIndex, type PhraseList } from './phrases';
import { splitWords } from './tokenize';

/**
 * A lexicon's field as JSON holds it: a set as its members, a map as its keys and their values
 * (two arrays: a pair array each cost more to parse than the rest of a map), a phrase index as its lists.
 */
type Stored<T> =
  T extends Set<infer M>
    ? M[]
    : T extends Map<infer K, infer V>
      ? [K[], V[]]
      : T extends PhraseIndex<infer V>
        ? Array<[string, PhraseList<V>]>
        : T;

export type StoredLexicon = { [K in keyof Lexicon]: Stored<Lexicon[K]> };

let cached: Lexicon | null = null;

export function getLexicon(): Lexicon {
  return (cached ??= decodeLexicon(JSON.parse(LEXICON_JSON) as StoredLexicon));
}

function mapOf<K, V>([keys, values]: [K[], V[]]): Map<K, V> {
  const map = new Map<K, V>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i]!, values[i]!);
  return map;
}

/** The lexicon of its stored form, field by field in lexicon-build.ts's order (one literal: the object keeps one shape). */
export function decodeLexicon(s: StoredLexicon): Lexicon {
  return {
    givenNameGender: mapOf(s.givenNameGender),
    genderedTitles: mapOf(s.genderedTitles),
    givenNames: new Set(s.givenNames),
    familyFirst: new Set(s.familyFirst),
    known: PhraseIndex.fromPhrases(splitWords, s.known),
    demonyms: PhraseIndex.fromPhrases(splitWords, s.demonyms),
    capitalOf: mapOf(s.capitalOf),
    orgHeads: new Set(s.orgHeads),
    mediaHeads: new Set(s.mediaHeads),
    titles: PhraseIndex.fromPhrases(splitWords, s.titles),
    roleNouns: mapOf(s.roleNouns),
    roleOfPhrases: mapOf(s.roleOfPhrases),
    anonymousHeads: new Set(s.anonymousHeads),
    speechVerbs: mapOf(s.speechVerbs),
    documentHeads: new Set(s.documentHeads),
    nominalCues: new Set(s.nominalCues),
    nonNames: new Set(s.nonNames),
    particles: new Set(s.particles),
    namePrefixes: new Set(s.namePrefixes),
    groupNouns: new Set(s.groupNouns),
    lowerHeads: new Set(s.lowerHeads),
    surnameWords: new Set(s.surnameWords),
    placeNameHeads: new Set(s.placeNameHeads),
    suffixes: new Set(s.suffixes),
    anonymityClauses: s.anonymityClauses,
    qualifierClauses: s.qualifierClauses,
    rankWords: new Set(s.rankWords),
    titleModifiers: new Set(s.titleModifiers),
    titleWords: new Set(s.titleWords),
    headingVerbs: new Set(s.headingVerbs),
    roleComplements: new Set(s.roleComplements),
    abbreviations: new Set(s.abbreviations),
  };
}
