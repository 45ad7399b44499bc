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

/**
 * The end (exclusive) of the noun phrase that starts at token i, within [i, limit); i itself when
 * no noun phrase starts there. With `of`, "of" + noun phrase attaches ("the head of the agency").
 */
export function nounPhraseEnd(tags: readonly string[], words: readonly string[], i: number, limit: number, of = false): number {
  if (i >= limit) return i;
  if (PRONOUN.test(tags[i]!) && words[i] !== 'that') return i + 1;
  let head = -1;
  for (let k = i; k < limit; k++) {
    const t = tags[k]!;
    if (!PREMODIFIER.test(t)) break;
    // A determiner or possessive pronoun opens a phrase; it cannot follow a word of one ("the the").
    if (k > i && /^(DT|PDT|PRP\$|WP\$)$/.test(t) && tags[k - 1] !== 'POS') break;
    // A participle premodifies only when a noun follows it ("the proposed plan", not "the plan proposed").
    if ((t === 'VBN' || t === 'VBG') && !NOUN.test(tags[k + 1] ?? '') && !/^JJ/.test(tags[k + 1] ?? '')) break;
    if (NOUN.test(t)) head = k;
    if (t === 'POS' && head < 0) break;
  }
  if (head < 0) return i;
  let end = head + 1;
  if (of && words[end] === 'of') {
    const inner = nounPhraseEnd(tags, words, end + 1, limit, true);
    if (inner > end + 1) end = inner;
  }
  return end;
}

/** The first token of the base noun phrase whose last token is j, not before `floor`; j + 1 when none ends there. */
export function nounPhraseStart(tags: readonly string[], words: readonly string[], j: number, floor: number): number {
  if (j < floor) return j + 1;
  if (PRONOUN.test(tags[j]!) && words[j] !== 'that') return j;
  if (!NOUN.test(tags[j]!)) return j + 1;
  let k = j;
  while (k - 1 >= floor && PREMODIFIER.test(tags[k - 1]!)) {
    const t = tags[k - 1]!;
    k--;
    if (/^(DT|PDT|PRP\$|WP\$)$/.test(t) && tags[k - 1] !== 'POS') break;
  }
  // A participle or possessive marker cannot open the phrase: "said" in "... said the plan".
  while (k < j && /^(VBN|VBG|POS|RBS)$/.test(tags[k]!)) k++;
  return k;
}
