/**
 * A quotation whose attribution follows it, where the source is not one the source rules read from
 * the token after the quotation: a descriptor in lower case before the name ("“…,” panel Chairman
 * Rep. Jason Chaffetz (R-Utah) said"), or a name the entity rules did not take ("“…,” Zero Hedge
 * said", "“…,” said O'Neill, on what …"). direct.ts reads the source forward from the quotation;
 * here the verb is found first and the source is what stands between: the source ending before
 * the verb, or else a short run of capitalised words, which after a quotation and before "said"
 * (or after "said" and before the sentence's end, or signing a pull quote after a dash: "“…” ―
 * Carla Sanchez.") is a name in news English.
 */
import { INVERTING_VERBS, TELL_VERBS, WEEKDAYS } from '../lexicons/reporting';
import type { Source } from '../sources';
import { FUNCTION_WORDS, isCapitalised, PERSON_PRONOUNS } from '../words';
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';
import { skipAudience } from './reported';

// The most words between a quotation and its verb: "panel Chairman Rep. Jason Chaffetz (R-Utah) said".
const REACH = 10;
// The most words of a name the entity rules did not take: "Zero Hedge", "Mary Ellen O'Neill".
const NAME_WORDS = 4;

export function findQuotesLooselyAttributed(set: ClaimSet): void {
  const { ctx, quotations, usedCue, attributedQuote } = set;
  const { tokens, text } = ctx;
  quotations.forEach((q, n) => {
    if (q.close < 0 || attributedQuote.has(n)) return;
    let k = q.close + 1;
    // A pull quote signed with a dash by a name the entity rules did not take: "“…” ― Carla Sanchez."
    if ((tokens[k]?.text === '―' || tokens[k]?.text === '—') && !usedCue.has(k)) {
      const signed = capitalisedRun(set, k + 1, lineEnd(set, k + 1), true);
      if (signed && signed.last - signed.first >= 2 && set.add(signed, [k, k + 1], [q.start, q.end], true, null, 'direct-loose'))
        attributedQuote.set(n, { claim: set.last, tail: signed.last });
      return;
    }
    if (tokens[k]?.text === ',') k++;
    const inner = text.slice(tokens[q.open]!.end, tokens[q.close]!.start).trimEnd();
    if (!tokens[k] || !(tokens[q.close + 1]?.text === ',' || /[,?!]$/.test(inner))) return;
    const stop = ctx.sentenceOf(k).end;
    let source: Source | null = null;
    let v = -1;
    if (set.isSpeech(k) && INVERTING_VERBS.has(set.lemma(k))) {
      // "“…,” said O'Neill, on what …"
      v = k;
      source = capitalisedRun(set, k + 1, stop, true);
    } else {
      for (let e = k; e < Math.min(stop, k + REACH); e++) {
        if (set.quoteAt(e) >= 0 || (tokens[e]!.kind === 'punct' && !/^[(),.-]$/.test(tokens[e]!.text))) break;
        if (!set.isSpeech(e)) continue;
        v = e;
        break;
      }
      if (v > k) {
        // The source right after the quotation, or past a word or two of its descriptor ("panel Chairman Rep. …").
        const before = sourceBefore(set, v, k);
        source =
          before && before.first >= k && before.first - k <= 2 && isDescriptor(set, k, before.first)
            ? before
            : capitalisedRun(set, k, v, false);
      }
    }
    // After the verb, the sentence ends or an adverbial follows ("said after Pagliano failed …"); a
    // clause there ("he said it still posed …") is reported speech, and the quotation no attribution's.
    // ("“…,” his friend Mahamat Saleh Oumar told the website.": past the one told.)
    const after = source && source.last > v ? source.last : TELL_VERBS.has(set.lemma(v)) ? skipAudience(set, v + 1, stop) : v + 1;
    if (!source || v < 0 || usedCue.has(v) || !closesAttribution(set, after, stop)) return;
    if (set.add(source, [v, v + 1], [q.start, q.end], true, null, 'direct-loose'))
      attributedQuote.set(n, { claim: set.last, tail: Math.max(v + 1, source.last) });
  });
}

/** The token that ends the line from token a: the next paragraph's first, or the text's end. */
function lineEnd(set: ClaimSet, a: number): number {
  const { tokens } = set.ctx;
  let e = a;
  while (e < tokens.length && (e === a || !tokens[e]!.paraStart)) e++;
  return e;
}

/**
 * Lower-case words of a descriptor before a name: "panel" in "panel Chairman Rep. Jason Chaffetz",
 * "his friend" in "his friend Mahamat Saleh Oumar" (a determiner may open it).
 */
function isDescriptor(set: ClaimSet, a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    if (
      set.ctx.tokens[k]!.kind !== 'word' ||
      (FUNCTION_WORDS.has(set.ctx.lower(k)) && !(k === a && DESCRIPTOR_DETERMINERS.has(set.ctx.lower(k))))
    )
      return false;
  return true;
}

const DESCRIPTOR_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the']);

/** What follows an attribution after a quotation: punctuation, the sentence's end, another quotation, or an adverbial. */
function closesAttribution(set: ClaimSet, k: number, stop: number): boolean {
  const t = set.ctx.tokens[k];
  return k >= stop || !t || t.kind === 'punct' || t.kind === 'quote' || ADVERBIAL_STARTS.has(set.ctx.lower(k));
}

const ADVERBIAL_STARTS = new Set([
  'after',
  'before',
  'during',
  'in',
  'on',
  'at',
  'when',
  'while',
  'as',
  'of',
  'to',
  'following',
  'last',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  ...WEEKDAYS,
]);

/**
 * One to four capitalised words from token a that fill the slot up to `to` (before the verb), or
 * that end at punctuation or the sentence's end (after it): a name as written, with no entity.
 */
function capitalisedRun(set: ClaimSet, a: number, to: number, after: boolean): Source | null {
  const { ctx } = set;
  const { tokens } = ctx;
  let e = a;
  while (
    e < to &&
    e - a < NAME_WORDS + 1 &&
    tokens[e]!.kind === 'word' &&
    isCapitalised(tokens[e]!.text) &&
    !PERSON_PRONOUNS.has(ctx.lower(e))
  ) {
    // An initial with its full stop: "Julie A. Diaz Martinez".
    e += /^\p{Lu}$/u.test(tokens[e]!.text) && tokens[e + 1]?.text === '.' && e + 1 < to ? 2 : 1;
  }
  if (e === a) return null;
  if (after ? e < to && !/^[,.;!?]$/.test(tokens[e]!.text) : e !== to) return null;
  return { first: a, last: e, sourceType: 'other', entity: null, generic: null };
}
