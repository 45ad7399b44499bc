/**
 * Reported speech whose subject the source rules cannot name, where the subject is plainly the
 * noun phrase that opens the sentence: "The New York businessman says he will …", "The retired
 * neurosurgeon said …", "McLenney said Clinton doesn’t …", "AROS said Thursday’s walk-ins were …".
 * News opens a sentence with its speaker; a short phrase that is only a name in capitals or a
 * description ending in a noun, right before "said" or "says" and a clause, is who says it. The
 * source keeps the words as written (no entity: the phrase names nobody the article lists).
 */
import { NOT_CLAUSE_START, PREPOSITIONS, WEEKDAYS } from '../lexicons/reporting';
import type { Source } from '../sources';
import { FUNCTION_WORDS, isCapitalised, isLowerCased, PERSON_PRONOUNS } from '../words';
import type { ClaimSet } from './claims';
import { clauseEnd, pastAdverbBeforeThat } from './clause';
import { PLAIN_SAYING } from './cue-words';
import type { Sentence } from '../tokenize';

// Openers before a sentence's subject: "But", "And", "Still,", "On Monday,".
const OPENERS = new Set(['but', 'and', 'still', 'yet', 'so', 'now', 'meanwhile', 'however', 'also']);
// Words that open a description: "the", "a", "one", "another", "his".
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  'some',
  'many',
  'several',
  'his',
  'her',
  'their',
  'its',
  'other',
  'both',
  'two',
  'three',
]);
// The longest description: "The former first lady and U.S. senator".
const MAX_WORDS = 7;

export function findSubjectPhrases(set: ClaimSet): void {
  const { ctx } = set;
  const { tokens } = ctx;
  // Only the sentences with one of the verbs: the first of them within reach of the subject is read.
  let sentence = -1;
  let a = 0;
  let read = -1;
  for (const v of set.tokensOf(PLAIN_SAYING)) {
    const si = tokens[v]!.sentence;
    if (si === read) continue;
    const s = ctx.sentences[si]!;
    if (si !== sentence) {
      sentence = si;
      a = s.first;
      while (a < s.end && (OPENERS.has(ctx.lower(a)) || tokens[a]!.text === ',')) a++;
    }
    if (v <= a) continue;
    read = si;
    if (v < Math.min(s.end - 1, a + MAX_WORDS + 1)) subjectSays(set, s, a, v);
  }
}

/** The claim of the verb at v whose subject may be the phrase from a: a clause or a quotation after it. */
function subjectSays(set: ClaimSet, s: Sentence, a: number, v: number): void {
  const { ctx, usedCue } = set;
  const { tokens } = ctx;
  if (!set.isSpeech(v) || usedCue.has(v) || set.quoteAt(a) >= 0 || set.claims.some((c) => c.cue[0] === v)) return;
  const plural = ctx.lower(v) === 'say';
  const source = !plural || isPlural(set, v - 1) ? subjectPhrase(set, a, v, plural) : null;
  let k = pastAdverbBeforeThat(set, v + 1);
  if (ctx.lower(k) === 'that') k++;
  // "The New York businessman says, “If she gets the chance, …”": the quotation is what was said.
  const q = set.quoteAt(tokens[k]?.text === ',' || tokens[k]?.text === ':' ? k + 1 : k);
  if (source && q >= 0 && set.quotations[q]!.open <= k + 1 && !set.attributedQuote.has(q)) {
    const quotation = set.quotations[q]!;
    if (set.add(source, [v, v + 1], [quotation.start, quotation.end], true, null, 'reported-subject'))
      set.attributedQuote.set(q, { claim: set.last, tail: quotation.last + 1 });
  } else if (
    source &&
    k < s.end &&
    tokens[k]!.kind === 'word' &&
    !NOT_CLAUSE_START.has(ctx.lower(k)) &&
    !PREPOSITIONS.has(ctx.lower(k)) &&
    ctx.lower(k) !== 'to'
  ) {
    const end = clauseEnd(set, k, s.end);
    set.add(source, [v, v + 1], [tokens[k]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'reported-subject');
  }
}

/**
 * Tokens a..v-1 as a subject: a run of capitalised words, or a description ending in a noun (with
 * no determiner when the noun is plural: "Protest groups say …"); else null.
 */
function subjectPhrase(set: ClaimSet, a: number, v: number, plural: boolean): Source | null {
  const { ctx, index } = set;
  const { tokens } = ctx;
  const words = tokens.slice(a, v);
  if (words.some((t) => t.kind !== 'word' && t.kind !== 'poss' && t.text !== '.' && t.text !== '-')) return null;
  // ("As Michael Dell said …" is an aside; "That says …", "Wednesday said …" no speaker.)
  if (
    PERSON_PRONOUNS.has(ctx.lower(a)) ||
    /^(?:it|as|that|this|there|what|which)$/.test(ctx.lower(a)) ||
    WEEKDAYS.has(ctx.lower(a)) ||
    v - a < (DETERMINERS.has(ctx.lower(a)) ? 2 : 1)
  )
    return null;
  // A place that opens the sentence is a dateline or a place that acts, not a speaker the rules missed.
  const m = index.mentionAt.get(a);
  if (m && m.entity.kind === 'place') return null;
  for (let k = a; k < v; k++)
    if (ctx.syntax.isFiniteVerb(k) || set.isSpeech(k) || (k > a && FUNCTION_WORDS.has(ctx.lower(k)) && ctx.lower(k) !== 'and')) return null;
  const capitalised = words.every((t) => t.kind !== 'word' || isCapitalised(t.text));
  // "Sanders' team said …", "Mrs. Clinton's confidants say …": a name's people, by their noun.
  const p = words.findIndex((t) => t.kind === 'poss');
  const possessed =
    p > 0 &&
    words.slice(0, p).every((t) => t.kind !== 'word' || isCapitalised(t.text)) &&
    words.slice(p + 1).every((t) => t.kind === 'word' && isLowerCased(t.text)) &&
    v - a - p - 1 >= 1 &&
    v - a - p - 1 <= 2 &&
    /^NNS?$/.test(ctx.syntax.ptb(v - 1) ?? '');
  if (possessed) return { first: a, last: v, sourceType: 'other', entity: null, generic: null };
  const described =
    (DETERMINERS.has(ctx.lower(a)) || (plural && v - a <= 4)) &&
    /^NNS?$/.test(ctx.syntax.ptb(v - 1) ?? '') &&
    isLowerCased(tokens[v - 1]!.text);
  if (!(capitalised && words.length <= 4) && !described) return null;
  return { first: a, last: v, sourceType: 'other', entity: null, generic: null };
}

/** A plural noun: "groups", "Allies", "Democrats" (not "Congress", "Cruz's"). */
function isPlural(set: ClaimSet, i: number): boolean {
  const t = set.ctx.tokens[i];
  return (
    t?.kind === 'word' && set.ctx.syntax.ptb(i) !== 'NNP' && /\p{L}{2}[^s'’]s$/u.test(t.text) && /^NN/.test(set.ctx.syntax.ptb(i) ?? '')
  );
}
