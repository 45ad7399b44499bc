/**
 * Penn Treebank tags to Universal POS (Petrov, Das & McDonald 2012, as refined by Universal
 * Dependencies v2): the coarse classes the rules read. Context settles the two PTB does not mark:
 * an auxiliary "have"/"do" (a verb follows) and a subordinating "if"/"that" (vs a preposition).
 */

export type Upos =
  | 'NOUN'
  | 'PROPN'
  | 'VERB'
  | 'AUX'
  | 'ADJ'
  | 'ADV'
  | 'ADP'
  | 'SCONJ'
  | 'CCONJ'
  | 'DET'
  | 'PRON'
  | 'PART'
  | 'NUM'
  | 'INTJ'
  | 'SYM'
  | 'PUNCT'
  | 'X';

const FIXED: Record<string, Upos> = {
  NN: 'NOUN',
  NNS: 'NOUN',
  NNP: 'PROPN',
  NNPS: 'PROPN',
  CD: 'NUM',
  JJ: 'ADJ',
  JJR: 'ADJ',
  JJS: 'ADJ',
  RB: 'ADV',
  RBR: 'ADV',
  RBS: 'ADV',
  WRB: 'ADV',
  MD: 'AUX',
  DT: 'DET',
  PDT: 'DET',
  WDT: 'PRON',
  PRP: 'PRON',
  PRP$: 'PRON',
  WP: 'PRON',
  WP$: 'PRON',
  EX: 'PRON',
  CC: 'CCONJ',
  TO: 'PART',
  RP: 'ADP',
  POS: 'PART',
  UH: 'INTJ',
  FW: 'X',
  LS: 'X',
  SYM: 'SYM',
  $: 'SYM',
  '#': 'SYM',
};

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m", 'ai']);
const HAVE_DO = new Set(['have', 'has', 'had', 'having', "'ve", "'d", 'do', 'does', 'did']);
/** Prepositions' homographs that introduce clauses (UD: SCONJ). */
const SUBORDINATORS = new Set(['that', 'because', 'although', 'though', 'whether', 'if', 'unless', 'whereas', 'while']);

/** The Universal tag of word i, given the PTB tags and the words (normalized: lower case) of its sentence. */
export function toUpos(ptb: readonly string[], words: readonly string[], i: number): Upos {
  const tag = ptb[i]!;
  const w = words[i]!;
  const fixed = FIXED[tag];
  if (fixed === 'ADV' && (w === 'not' || w === "n't")) return 'PART';
  if (fixed) return fixed;
  if (tag.startsWith('VB')) {
    if (BE.has(w)) return 'AUX';
    if (HAVE_DO.has(w)) {
      // An auxiliary when a verb follows, adverbs and a subject ("did he say") between.
      for (let k = i + 1; k < ptb.length && k <= i + 3; k++) {
        const t = ptb[k]!;
        if (t === 'VB' || t === 'VBN' || t === 'VBD' || t === 'VBG') return 'AUX';
        if (!(t.startsWith('RB') || t === 'PRP')) break;
      }
    }
    return 'VERB';
  }
  if (tag === 'IN') return SUBORDINATORS.has(w) ? 'SCONJ' : 'ADP';
  return /^\p{L}/u.test(w) ? 'X' : 'PUNCT';
}
