/**
 * A poll's respondents as the source of what they said: "73 percent said the same of Trump",
 * "Nearly eight in 10 voters say they plan to tune in", "Another 19 percent said they would not
 * pick either candidate", "…, with 22 percent saying they would not support him". News reports a
 * poll's answers as the speech of the share who gave them, and PolNeAR labels that share as the
 * source; the unnamed-source rules read no numbers, so this family reads the share before a verb
 * of saying.
 */
import { NUMBER_WORDS, SHARE_APPROXIMATORS, SHARE_BASES, SHARE_NOUNS } from '../lexicons/polls';
import { BETWEEN_SOURCE_AND_VERB, NOT_CLAUSE_START, PREPOSITIONS } from '../lexicons/reporting';
import type { Source } from '../sources';
import type { Sentence } from '../tokenize';
import type { ClaimSet } from './claims';
import { asideAfterFinding, clauseEnd } from './clause';

// How far a share's "of …" phrase may run: "27 percent of those who named a candidate".
const OF_PHRASE_REACH = 12;

export function findPolledShares(set: ClaimSet): void {
  const { ctx, usedCue } = set;
  const speech = set.speechTokens();
  // The sentences with a verb of speech (its tokens are in text order), not every token of the text.
  for (let n = 0; n < speech.length;) {
    const s = ctx.sentenceOf(speech[n]!);
    // Every share that speaks in the sentence first: "21 percent said “not too likely” and 14 percent said …" holds two claims.
    const found: Array<{ source: Source; v: number }> = [];
    for (; n < speech.length && speech[n]! < s.end; n++) {
      const v = speech[n]!;
      if (v < s.first + 1 || v >= s.end - 1 || usedCue.has(v) || set.lemma(v) !== 'say') continue;
      // "16 percent … still say", "half also said"
      let j = v - 1;
      while (j > s.first && (BETWEEN_SOURCE_AND_VERB.has(ctx.lower(j)) || ctx.lower(j) === 'still')) j--;
      const source = shareEndingAt(set, j, s.first);
      if (source) found.push({ source, v });
    }
    sharesSay(set, s, found);
  }
}

/** The claims of the shares found in sentence s, each up to the next one's share. */
function sharesSay(set: ClaimSet, s: Sentence, found: ReadonlyArray<{ source: Source; v: number }>): void {
  const { ctx } = set;
  const { tokens } = ctx;
  found.forEach(({ source, v }, n) => {
    let k = v + 1;
    if (ctx.lower(k) === 'that') k++;
    // "55 percent said so", "72 percent said yes": an answer, with nothing of its own to show.
    if (
      k >= s.end ||
      tokens[k]!.kind === 'punct' ||
      /^(?:so|yes|no)$/.test(ctx.lower(k)) ||
      NOT_CLAUSE_START.has(ctx.lower(k)) ||
      PREPOSITIONS.has(ctx.lower(k)) ||
      ctx.lower(k) === 'to'
    )
      return;
    let stop = found[n + 1]?.source.first ?? s.end;
    while (stop > k && /^(?:and|while|,|with)$/.test(ctx.lower(stop - 1))) stop--;
    // "…, compared with 23 percent who …", "…, up from 33 percent": the figure it is set against is the writer's.
    const end = asideAfterFinding(set, k, clauseEnd(set, k, stop));
    set.add(source, [v, v + 1], [tokens[k]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'polled');
  });
}

/** The share of people ending at token j: "73 percent", "Nearly eight in 10 voters", "58 percent of Florida Latino voters overall". */
function shareEndingAt(set: ClaimSet, j: number, floor: number): Source | null {
  const { ctx } = set;
  // "about two-thirds, 67 percent, say": the figure in the appositive.
  if (ctx.tokens[j]?.text === ',') j--;
  for (let h = j; h >= floor && j - h <= OF_PHRASE_REACH; h--) {
    const first = shareStart(set, h, floor);
    if (first < 0) {
      // "the 30 percent of voters who said": the relative clause's subject is its own claim's.
      if (!isOfPhraseWord(set, h) || /^(?:who|that|what|which)$/.test(ctx.lower(h))) return null;
      continue;
    }
    // After the head, nothing or a phrase of whom: "of Democratic registered voters", "in the poll".
    // ("eight in 10 voters": after a share out of ten, its noun.)
    if (
      h < j &&
      !SHARE_BASES.has(ctx.lower(h)) &&
      !/^(?:of|in|among|polled|surveyed|questioned|overall|nationwide)$/.test(ctx.lower(h + 1))
    )
      return null;
    // A verb inside the phrase belongs to a relative clause ("of those who named a candidate") or it is no phrase.
    for (let k = h + 1; k <= j; k++) if (ctx.syntax.isFiniteVerb(k) && !/^(?:who|that)$/.test(ctx.lower(k - 1))) return null;
    let a = first;
    while (a > floor && SHARE_APPROXIMATORS.has(ctx.lower(a - 1))) a--;
    return { first: a, last: j + 1, sourceType: 'anonymous', entity: null, generic: { kind: 'group', name: ctx.slice(a, j + 1) } };
  }
  return null;
}

/** Where the share whose head is token h starts ("73" of "73 percent", "eight" of "eight in 10"), or -1. */
function shareStart(set: ClaimSet, h: number, floor: number): number {
  const { ctx } = set;
  const word = ctx.lower(h);
  // "eight in 10", "eight of 10", "nine out of ten"
  if (SHARE_BASES.has(word) && h - 2 >= floor) {
    const n =
      ctx.lower(h - 1) === 'in' || (ctx.lower(h - 1) === 'of' && ctx.lower(h - 2) !== 'out')
        ? h - 2
        : ctx.seq(h - 2, ['out', 'of'])
          ? h - 3
          : -1;
    return n >= floor && isNumber(set, n) ? n : -1;
  }
  if (!SHARE_NOUNS.has(word) && !/^\p{L}+-(?:thirds?|quarters?|fifths?)$/u.test(word)) return -1;
  // "73 percent", "73%", "Twenty-four percent"; "two-thirds", "a third", "half"
  if (/^(?:percent|per|pct|%|cent)$/.test(word)) {
    const n = word === 'cent' ? h - 2 : h - 1;
    return n >= floor && isNumber(set, n) && word !== 'per' ? n : -1;
  }
  if (word === 'half' || word.includes('-')) return h;
  return h - 1 >= floor && NUMBER_WORDS.has(ctx.lower(h - 1)) ? h - 1 : -1;
}

function isNumber(set: ClaimSet, i: number): boolean {
  const t = set.ctx.tokens[i]!;
  return (
    t.kind === 'num' ||
    (t.kind === 'word' &&
      t.text
        .toLowerCase()
        .split('-')
        .every((w) => NUMBER_WORDS.has(w)))
  );
}

/** A word of the phrase after a share: "of Democratic registered voters", "of people in a recent CNN/ORC poll". */
function isOfPhraseWord(set: ClaimSet, k: number): boolean {
  const t = set.ctx.tokens[k]!;
  return t.kind === 'word' || t.kind === 'poss' || t.kind === 'num' || t.text === '/' || t.text === '-';
}
