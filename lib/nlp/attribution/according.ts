/**
 * "According to SOURCE": at the front ("According to the ministry, CLAUSE."), at the end
 * ("CLAUSE, according to Reuters."), or after a claim the sentence already reports, where the
 * source becomes that claim's relay ("an official confirmed it, according to Reuters").
 */
import type { Source } from '../sources';
import type { ClaimSet } from './claims';
import { appositiveAfter } from '../entities/roles';
import { ACCORDING } from './cue-words';
import { hasFiniteVerbIn } from './finite-verbs';

const ACCORDING_TO = ['according', 'to'];

export function findAccordingTo(set: ClaimSet): void {
  const { ctx, sources, usedCue, claims } = set;
  const { tokens } = ctx;
  // Only the tokens of its words (cue-words.ts), each in the range of its sentence it was looked for in.
  for (const i of set.tokensOf(ACCORDING)) {
    const s = ctx.sentenceOf(i);
    if (i < s.first || i >= s.end - 2) continue;
    if (!ctx.seq(i, ACCORDING_TO) || usedCue.has(i) || set.quoteAt(i) >= 0) continue;
    const source = sources.startingAt(i + 2, s.end) ?? phraseAfter(set, i + 2, s.end);
    if (!source) continue;
    // A claim this sentence already reports is relayed, not sourced. (Not a poll's answer: "55
    // percent said …, according to a Quinnipiac poll" is the poll's finding as well as their saying.)
    const carried = claims.find((c) => !c.direct && c.cue[0] >= s.first && c.cue[0] < i && !c.relay && c.rule !== 'polled');
    if (carried) {
      carried.relay = source;
      usedCue.add(i);
      continue;
    }
    const cue: [number, number] = [i, i + 2];
    // "That's according to …": the claim is in the sentence before, not in this one.
    if (!source.entity && !source.generic && i > s.first && tokens[i - 1]!.text !== ',' && tokens[i - 1]!.kind !== 'quote') continue;
    if (pointsBack(set, s.first, i)) continue;
    if (i === s.first || (i === s.first + 1 && tokens[s.first]!.kind === 'quote')) {
      // "According to a senior official who spoke on condition of anonymity, CLAUSE": the clause
      // starts past the words that only tell of the source; none where they never close.
      const aside = asideEnd(set, source.last, s.end);
      if (aside < 0) continue;
      let k = aside;
      if (tokens[k]?.text === ',') k++;
      // "According to Jack Kelly, writing for RealClearPolitics, CLAUSE": past the source's own phrase.
      if (/ing$/.test(ctx.lower(k)) && ctx.syntax.ptb(k) === 'VBG') {
        let e = k + 1;
        while (e < Math.min(s.end, k + 12) && tokens[e]!.text !== ',') e++;
        if (tokens[e]?.text === ',') k = e + 1;
      }
      if (k < s.end) set.add(source, cue, [tokens[k]!.start, s.stop], false, null, 'according-front');
    } else {
      const before = tokens[i - 1]!.text === ',' ? i - 1 : i;
      // "…, according to X, CLAUSE": a parenthesis inside the sentence. A fronted phrase ("Since
      // last November, according to Human Rights Watch, state security forces have killed …") is
      // part of the clause after; a clause before it ("…, because, according to Trump, the media
      // would …") ends in the word that opens the one after.
      const rest = tokens[source.last]?.text === ',' ? source.last + 1 : -1;
      if (rest > 0 && opensClause(set, rest, s.end)) {
        if (!hasFiniteVerbIn(set, s.first, before, true)) {
          set.add(source, cue, [s.start, s.stop], false, null, 'according-end');
          continue;
        }
        if (LINKING.has(ctx.lower(before - 1)) || LINKING.has(ctx.lower(before))) {
          set.add(source, cue, [tokens[rest]!.start, s.stop], false, null, 'according-end');
          continue;
        }
      }
      set.add(source, cue, [s.start, tokens[before]!.start], false, null, 'according-end');
    }
  }
}

/**
 * Where words that tell of a fronted source end, from the token after the source: a relative clause
 * ("a senior official who spoke on condition of anonymity,", "the report, which was released on
 * Tuesday,") or a role in apposition ("John Smith, a spokesman for the ministry,"). The comma that
 * closes them; `k` itself where there are none; -1 for a relative clause that no comma closes
 * within reach, where the clause it runs into cannot be told from it.
 */
function asideEnd(set: ClaimSet, k: number, end: number): number {
  const { ctx } = set;
  const { tokens } = ctx;
  // Past the source's abbreviation: "According to the Association of Zoos & Aquariums (AZA), …".
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close < end && close - k <= 8 && tokens[close]!.text !== ')') close++;
    if (tokens[close]?.text === ')') k = close + 1;
  }
  const comma = tokens[k]?.text === ',';
  // "According to a statement by a spokesman for X, CLAUSE", "According to a report on USA Today's
  // website, CLAUSE": a phrase that tells of the source runs to the comma; with none, the clause
  // cannot be told from it.
  if (!comma && OF_SOURCE.has(ctx.lower(k))) {
    for (let e = k + 1; e < end && e - k <= ASIDE_REACH; e++) {
      if (tokens[e]!.kind === 'quote') return -1;
      if (tokens[e]!.text === ',') return e + 1 < end ? e : -1;
    }
    return -1;
  }
  const relative = RELATIVE.has(ctx.lower(comma ? k + 1 : k));
  if (!relative && !(comma && appositiveAfter(ctx, k, end))) return k;
  const none = relative ? -1 : k;
  for (let e = comma ? k + 2 : k + 1; e < end && e - k <= ASIDE_REACH; e++) {
    if (tokens[e]!.kind === 'quote') return none;
    if (tokens[e]!.text !== ',') continue;
    if (e + 1 >= end) return none;
    if (relative) return e;
    // After a noun phrase, the clause has its verb before any comma: "According to Smith, the
    // minister, a former banker, will resign" is about the minister, who is no aside of Smith's.
    let stop = e + 1;
    while (stop < end && tokens[stop]!.text !== ',') stop++;
    return hasFiniteVerbIn(set, e + 1, stop, true) ? e : k;
  }
  return none;
}

/**
 * Is all before "according to" a demonstrative and a form of "be" ("That's according to an
 * independent watchdog group", "This is according to …")? Then what is sourced is in the sentence
 * before, whoever the source is.
 */
function pointsBack(set: ClaimSet, first: number, i: number): boolean {
  const words: string[] = [];
  for (let k = first; k < i; k++) if (set.ctx.tokens[k]!.kind !== 'quote') words.push(set.ctx.lower(k));
  const text = words.join(' ').replace(/ (?=['’]s\b)/, '');
  return /^(?:that|this|these|those|it)(?:['’]s| is| was| are| were)?(?: all| also| just| only)?$/.test(text);
}

// The relative pronouns that open a clause about the source; an aside runs at most this many tokens.
const RELATIVE = new Set(['who', 'whom', 'whose', 'which']);
// The words that open a phrase about a fronted source: "a statement by …", "a report on …", "figures released by …".
const OF_SOURCE = new Set([
  'by',
  'on',
  'from',
  'in',
  'of',
  'for',
  'at',
  'with',
  'issued',
  'released',
  'published',
  'quoted',
  'cited',
  'obtained',
]);
const ASIDE_REACH = 30;

/**
 * After "according to" any noun phrase is a source, named or not: "F.A.A. records", "a CNN/ORC
 * poll in February", "early results of exit polls conducted for the Associated Press". It runs to
 * the next comma or the sentence's end, and is kept as a document (no speaker to name).
 */
function phraseAfter(set: ClaimSet, k: number, stop: number): Source | null {
  const { tokens } = set.ctx;
  let e = k;
  while (e < stop && e - k < PHRASE_REACH && tokens[e]!.kind !== 'quote' && !/^[,;:.!?()—–-]+$|^--$/.test(tokens[e]!.text)) e++;
  if (e === k || e - k >= PHRASE_REACH || set.quoteAt(k) >= 0) return null;
  // A long phrase is a source only with no finite verb of its own: "early results of exit polls
  // conducted by Edison Research for The Associated Press and television networks" (an AP formula).
  if (e - k > SHORT_PHRASE && hasFiniteVerbIn(set, k, e, true)) return null;
  return { first: k, last: e, sourceType: 'document', entity: null, generic: null };
}

// Longer than this, a phrase is read as a clause unless it has no finite verb; longer than the
// reach, never a source.
const SHORT_PHRASE = 11;
const PHRASE_REACH = 20;

// Words that leave a clause open for the one after a parenthesis: "because, according to Trump, …".
const LINKING = new Set(['because', 'that', 'but', 'and', 'while', 'although', 'though', 'so', 'since', 'as']);

/** A clause from token `from`: a finite verb, not a relative clause, an appositive or a second clause. */
function opensClause(set: ClaimSet, from: number, end: number): boolean {
  if (from >= end || /^(?:who|whom|whose|which|where|when|and|but|or|a|an)$/.test(set.ctx.lower(from)) || /ing$/.test(set.ctx.lower(from)))
    return false;
  return hasFiniteVerbIn(set, from, end, true);
}
