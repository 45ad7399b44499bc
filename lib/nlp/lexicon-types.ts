/** The lexicons as the engine uses them: sets and phrase indexes built once from lib/nlp/lexicons. */
import type { EntityKind } from './types';
import type { PhraseIndex } from './phrases';

export interface Known {
  /** Canonical name ("United States" for "U.S."). */
  name: string;
  kind: EntityKind;
  official: boolean;
}

export interface RoleWord {
  official: boolean;
  /** The title spelled out, for abbreviations ("Sen." → "Senator"). */
  full?: string;
}

export type Gender = 'male' | 'female';

export interface Lexicon {
  /** Given names, lower-case. */
  givenNames: Set<string>;
  /** The gender of given names where every source agrees ("mark" → male), lower-case. */
  givenNameGender: Map<string, Gender>;
  /** Titles and role nouns that say a person's gender ("mrs", "spokesman"), lower-case. */
  genderedTitles: Map<string, Gender>;
  /** Family names written first (Kim, Xi, Moon), lower-case. */
  familyFirst: Set<string>;
  /** Named places, institutions and media: phrase → what it is. Matched on capitalised text. */
  known: PhraseIndex<Known>;
  /** Nationality adjectives ("north korean"), as a phrase index. */
  demonyms: PhraseIndex<true>;
  /** Capitals that stand for their government ("moscow" → "Russia"), lower-case. */
  capitalOf: Map<string, string>;
  /** Head words that make a capitalised phrase an organisation ("ministry", "party"), lower-case. */
  orgHeads: Set<string>;
  /** Head words of unnamed media ("media", "television", "newspaper"), lower-case. */
  mediaHeads: Set<string>;
  /** Titles written before a name ("secretary of state", "sen."), as a phrase index. */
  titles: PhraseIndex<RoleWord>;
  /** Role nouns of descriptors and appositives ("spokesperson", "leader"), lower-case. */
  roleNouns: Map<string, RoleWord>;
  /** Role nouns with an "of" phrase, in lower case ("chief of staff"), whose last word is no role noun of its own. */
  roleOfPhrases: Map<string, RoleWord>;
  /** Heads of anonymous and group sources ("official", "sources", "diplomats"), lower-case. */
  anonymousHeads: Set<string>;
  /** Reporting verbs: every form → lemma ("told" → "tell"), lower-case. */
  speechVerbs: Map<string, string>;
  /** Documents that can be sources ("report", "poll", "complaint"), lower-case head words. */
  documentHeads: Set<string>;
  /** Nouns that introduce a claim ("claims", "denials"), lower-case. */
  nominalCues: Set<string>;
  /** Capitalised words that are never names ("the", "monday"), lower-case. */
  nonNames: Set<string>;
  /** Name particles ("von", "bin", "da"), lower-case. */
  particles: Set<string>;
  /** Lower-case prefixes hyphenated onto a capitalised name ("al-" of "al-Maliki"), without the hyphen. */
  namePrefixes: Set<string>;
  /** Capitalised nouns for groups that are never one person ("muslims", "taliban"), lower-case. */
  groupNouns: Set<string>;
  /** Lower-case head words after capitalised words that make them a place or a body ("district", "party"). */
  lowerHeads: Set<string>;
  /** Words that are never names except as a surname after a given name ("major" of "John Major"), lower-case. */
  surnameWords: Set<string>;
  /** Capitalised last words of place names ("road", "bridge", "stadium"), lower-case. */
  placeNameHeads: Set<string>;
  /** Name suffixes ("jr", "iii"), lower-case, without a dot. */
  suffixes: Set<string>;
  /** Clauses after an anonymous head that only say it is unnamed ("who spoke on condition of anonymity"), as token lists, longest first. */
  anonymityClauses: string[][];
  /** Clauses after an anonymous head that qualify it ("familiar with the matter", "close to"), as token lists, longest first. */
  qualifierClauses: string[][];
  /** Words of ranks and forms of address ("gen", "officer", "mr"), lower-case without the dot. */
  rankWords: Set<string>;
  /** Words that modify a title without changing who holds it ("former", "acting"), lower-case. */
  titleModifiers: Set<string>;
  /** Every word of the titles before names ("prime", "chief", "state"), lower-case. */
  titleWords: Set<string>;
  /** Verbs of "who heads the council" that make the relative clause an office, lower-case. */
  headingVerbs: Set<string>;
  /** Prepositions that carry a role on to its complement ("head of", "spokesman for"), lower-case. */
  roleComplements: Set<string>;
  /** Abbreviations whose dot does not end a sentence ("mr", "gen"), lower-case, without the dot. */
  abbreviations: Set<string>;
}
