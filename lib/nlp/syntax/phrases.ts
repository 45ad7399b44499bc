/**
 * Base noun phrases over PTB tags: determiner, numbers, adjectives and nouns up to the head
 * ("the outgoing U.S. trade representative"), a possessive joining two ("the company's chief
 * executive"), and optionally "of" phrases ("the head of the agency"), as sources are written.
 */

/** Tags that can stand inside a base noun phrase before its head. */
const PREMODIFIER = /^(DT|PDT|PRP\$|WP\$|CD|JJ|JJR|JJS|NN|NNS|NNP|NNPS|VBN|VBG|\$|POS|RBS)$/;
const NOUN = /^(NN|NNS|NNP|NNPS|CD)$/;
/** Words that open a noun phrase on their own. */
const PRONOUN = /^(PRP|EX|WP)$/;

/** The tags and lower-case words the phrases are read from (lib/nlp/syntax.ts's Syntax). */
export interface Tagged {
  ptb(i: number): string | undefined;
  word(i: number): string;
}

/**
 * The end (exclusive) of the noun phrase that starts at token i, within [i, limit); i itself when
 * no noun phrase starts there. With `of`, "of" + noun phrase attaches ("the head of the agency").
 */
export function nounPhraseEnd(syn: Tagged, i: number, limit: number, of = false): number {
  if (i >= limit) return i;
  if (PRONOUN.test(syn.ptb(i)!) && syn.word(i) !== 'that') return i + 1;
  let head = -1;
  for (let k = i; k < limit; k++) {
    const t = syn.ptb(k)!;
    if (!PREMODIFIER.test(t)) break;
    // A determiner or possessive pronoun opens a phrase; it cannot follow a word of one ("the the").
    if (k > i && /^(DT|PDT|PRP\$|WP\$)$/.test(t) && syn.ptb(k - 1) !== 'POS') break;
    // A participle premodifies only when a noun follows it ("the proposed plan", not "the plan proposed").
    if ((t === 'VBN' || t === 'VBG') && !NOUN.test(syn.ptb(k + 1) ?? '') && !/^JJ/.test(syn.ptb(k + 1) ?? '')) break;
    if (NOUN.test(t)) head = k;
    if (t === 'POS' && head < 0) break;
  }
  if (head < 0) return i;
  let end = head + 1;
  if (of && syn.word(end) === 'of') {
    const inner = nounPhraseEnd(syn, end + 1, limit, true);
    if (inner > end + 1) end = inner;
  }
  return end;
}

/** The first token of the base noun phrase whose last token is j, not before `floor`; j + 1 when none ends there. */
export function nounPhraseStart(syn: Tagged, j: number, floor: number): number {
  if (j < floor) return j + 1;
  if (PRONOUN.test(syn.ptb(j)!) && syn.word(j) !== 'that') return j;
  if (!NOUN.test(syn.ptb(j)!)) return j + 1;
  let k = j;
  while (k - 1 >= floor && PREMODIFIER.test(syn.ptb(k - 1)!)) {
    const t = syn.ptb(k - 1)!;
    k--;
    if (/^(DT|PDT|PRP\$|WP\$)$/.test(t) && syn.ptb(k - 1) !== 'POS') break;
  }
  // A participle or possessive marker cannot open the phrase: "said" in "... said the plan".
  while (k < j && /^(VBN|VBG|POS|RBS)$/.test(syn.ptb(k)!)) k++;
  return k;
}
