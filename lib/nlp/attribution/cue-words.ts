/**
 * The tokens each family's cue words stand at, found in one pass over the text. The naming,
 * judging, intention, evidence and participle families, and "according to", start only at their
 * own few words; each walked every token of the text to find them, seven passes to find a few
 * dozen tokens. The families ask ClaimSet.tokensOf for their list instead.
 */
import { EVIDENCE_VERBS, FINDING_VERBS, INTENTION_VERBS, JUDGING_VERBS, NAMING_VERBS, SPEECH_PARTICIPLES } from '../lexicons/reporting';
import type { Token } from '../tokenize';

/** What a finding reads as: "polls show …", "the study suggests …". */
export const EVIDENCE_OR_FINDING_VERBS: ReadonlySet<string> = new Set([...EVIDENCE_VERBS, ...FINDING_VERBS]);

/** The word of "according to". */
export const ACCORDING: ReadonlySet<string> = new Set(['according']);

/** The word lists a family may ask its tokens by. */
const CUE_LISTS: readonly ReadonlySet<string>[] = [
  NAMING_VERBS,
  JUDGING_VERBS,
  INTENTION_VERBS,
  EVIDENCE_VERBS,
  EVIDENCE_OR_FINDING_VERBS,
  SPEECH_PARTICIPLES,
  ACCORDING,
];

/** For each word, the lists (their places in CUE_LISTS) it is in. */
const LISTS_OF = new Map<string, number[]>();
for (let n = 0; n < CUE_LISTS.length; n++) {
  for (const w of CUE_LISTS[n]!) {
    const lists = LISTS_OF.get(w);
    if (lists) lists.push(n);
    else LISTS_OF.set(w, [n]);
  }
}

export type CueTokens = Map<ReadonlySet<string>, number[]>;

/** For each list, the tokens whose lower case is in it, in text order. */
export function findCueTokens(tokens: readonly Token[]): CueTokens {
  const found = CUE_LISTS.map((): number[] => []);
  // An index loop: a fresh process runs this before V8 optimises it, where for-of costs about twice as much.
  for (let k = 0; k < tokens.length; k++) {
    const lists = LISTS_OF.get(tokens[k]!.lower);
    if (lists) for (let n = 0; n < lists.length; n++) found[lists[n]!]!.push(k);
  }
  return new Map(CUE_LISTS.map((list, n) => [list, found[n]!]));
}
