/**
 * The tokens each family's cue words stand at, found in one pass over the text. The naming,
 * judging, intention, evidence, nominal and participle families, and "according to", start only at their
 * own few words; each walked every token of the text to find them, eight passes to find a few
 * dozen tokens. The families ask ClaimSet.tokensOf for their list instead, and ClaimSet.isSpeech
 * reads the verbs of speech from the same pass.
 */
import { EVIDENCE_VERBS, FINDING_VERBS, INTENTION_VERBS, JUDGING_VERBS, NAMING_VERBS, SPEECH_PARTICIPLES } from '../lexicons/reporting';
import type { Lexicon } from '../lexicon-types';
import type { Token } from '../tokenize';

/** What a finding reads as: "polls show …", "the study suggests …". */
export const EVIDENCE_OR_FINDING_VERBS: ReadonlySet<string> = new Set([...EVIDENCE_VERBS, ...FINDING_VERBS]);

/** The word of "according to". */
export const ACCORDING: ReadonlySet<string> = new Set(['according']);

/**
 * The plain verbs of saying, in their finite forms: a subject before them is a speaker ("say"
 * after a plural only: "Allies say …", "Protest groups say …", "Mrs. Clinton's confidants say …").
 */
export const PLAIN_SAYING: ReadonlySet<string> = new Set(['said', 'says', 'say']);

/** The word lists a family may ask its tokens by. */
const CUE_LISTS: readonly ReadonlySet<string>[] = [
  NAMING_VERBS,
  JUDGING_VERBS,
  INTENTION_VERBS,
  EVIDENCE_VERBS,
  EVIDENCE_OR_FINDING_VERBS,
  SPEECH_PARTICIPLES,
  ACCORDING,
  PLAIN_SAYING,
];

/** A list of words, or a lexicon's map by word (its verbs of speech). */
export type CueList = ReadonlySet<string> | ReadonlyMap<string, string>;

/**
 * The lists of a lexicon's texts: this module's, the lexicon's nominal cues ("claims",
 * "allegations") and its verbs of speech (whose tokens ClaimSet.isSpeech reads from this pass).
 */
function cueLists(lex: Lexicon): readonly CueList[] {
  return [...CUE_LISTS, lex.nominalCues, lex.speechVerbs];
}

/** For each word, the lists (their places in cueLists) it is in; built once per lexicon (by its lists, never changed). */
const LISTS_OF = new WeakMap<Lexicon, Map<string, number[]>>();

function listsOf(lex: Lexicon, lists: readonly CueList[]): Map<string, number[]> {
  let found = LISTS_OF.get(lex);
  if (found) return found;
  found = new Map();
  for (let n = 0; n < lists.length; n++) {
    for (const w of lists[n]!.keys()) {
      const places = found.get(w);
      if (places) places.push(n);
      else found.set(w, [n]);
    }
  }
  LISTS_OF.set(lex, found);
  return found;
}

export type CueTokens = Map<CueList, number[]>;

/** For each list, the tokens whose lower case is in it, in text order. */
export function findCueTokens(tokens: readonly Token[], lex: Lexicon): CueTokens {
  const lists = cueLists(lex);
  const byWord = listsOf(lex, lists);
  const found = lists.map((): number[] => []);
  // An index loop: a fresh process runs this before V8 optimises it, where for-of costs about twice as much.
  for (let k = 0; k < tokens.length; k++) {
    const places = byWord.get(tokens[k]!.lower);
    if (places) for (let n = 0; n < places.length; n++) found[places[n]!]!.push(k);
  }
  return new Map(lists.map((list, n) => [list, found[n]!]));
}
