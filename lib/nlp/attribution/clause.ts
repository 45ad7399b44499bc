/**
 * Where a reported clause starts and ends: past the adverbials between a verb and its content
 * ("said on Tuesday that", "told reporters in a statement"), up to a clause break (", but",
 * "; ", ", saying"), and the relay that may close it ("…, according to Reuters").
 */
import { ADVERBIAL_HEADS, CLAUSE_BREAKS, NAMING_VERBS, ADVERBIAL_OPENERS, DAY_PARTS, TIME_ADVERBS, WEEKDAYS } from '../lexicons/reporting';
import type { Source } from '../sources';
import { skipBetween } from './around-cue';
import type { ClaimSet } from './claims';
import { tailEnd } from './tails';
import { appendTo } from '../multimap';
import { isCapitalised, isLowerCased } from '../words';
import { COORDINATORS as SYNTAX_COORDINATORS, DASHES } from '../syntax/clauses';

const COORDINATORS = new Set(['and', 'but']);
// Words that open a subordinate clause before the main one: "if", "while", "however …".
const LEADING_SUBORDINATORS = new Set([
  'if',
  'while',
  'although',
  'though',
  'because',
  'since',
  'once',
  'unless',
  'when',
  'whenever',
  'however',
  'whatever',
  'whoever',
  'as',
  'after',
  'before',
  'until',
  'even',
]);
// Measured one kind at a time on PolNeAR dev and l3s: these two moved claim precision up (0.851 ->
// 0.855) and lost nothing; participles, subordinate clauses, ", which" and "and + verb" were noise
// or worse (the lexical breaks above already catch most of them). A narrower ", which" and
// participles of the speaker's next act end the content in tails.ts.
const SYNTAX_ENDS = new Set(['coordinate', 'comma-clause']);

/** CLAUSE_BREAKS by first word: each token of a content is tried against the few that can start there, not all thirty. */
const BREAKS_BY_FIRST = new Map<string, Array<readonly string[]>>();
for (const b of CLAUSE_BREAKS) appendTo(BREAKS_BY_FIRST, b[0]!, b);

// A "sentence" of hundreds of words is no prose (a list, a table): a claim ends within 160 tokens.
const CONTENT_MAX_TOKENS = 160;

/** Where a reported clause starting at token `from` ends: the sentence's end or a clause break, whichever comes first. */
export function clauseEnd(set: ClaimSet, from: number, stop: number): number {
  return tailEnd(set, from, breakEnd(set, from, stop));
}

function breakEnd(set: ClaimSet, from: number, stop: number): number {
  let limit = Math.min(stop, from + CONTENT_MAX_TOKENS);
  // Syntax (which tags the sentence) is asked only once the scan reaches a token its end can stand
  // at; before that its answer cannot cut the scan short, and about half the contents end first.
  let asked = false;
  // The token's word read here, and the breaks tried by an index loop: this runs at every token of
  // every content before V8 optimises it, where a call or a closure per token is paid in full.
  const { tokens } = set.ctx;
  for (let i = from; i < limit; i++) {
    const w = tokens[i]?.lower ?? '';
    const quoted = set.quoteAt(i) >= 0;
    // A break ends the clause here whatever syntax says, as syntax ends it at the first token it can
    // stand at or later: tried before syntax is asked (", but", ", saying", a dash), it spares the asking.
    const breaks = quoted ? undefined : BREAKS_BY_FIRST.get(w);
    if (breaks) for (let b = 0; b < breaks.length; b++) if (set.ctx.seq(i, breaks[b]!)) return i;
    if (!asked && (COORDINATORS.has(w) || (i > from && syntaxMayEndAt(set, i, w)))) {
      asked = true;
      limit = syntaxLimit(set, from, limit);
      if (i >= limit) break;
    }
    if (quoted) continue;
    // "… promised to support Clinton and said she would …": a second reporting verb, a second claim.
    // "…, and human rights groups warned that …": a second clause with a source and verb of its own.
    if (COORDINATORS.has(w)) {
      const v = skipBetween(set, i + 1, limit);
      if (set.isSpeech(v) || NAMING_VERBS.has(set.ctx.lower(v)) || reportsAhead(set, i + 1, limit))
        return set.ctx.tokens[i - 1]?.text === ',' ? i - 1 : i;
    }
  }
  return limit;
}

/** The scan's limit pulled in to where syntax says the clause ends: "and/but + subject + finite verb", ", he said" (lib/nlp/syntax). */
function syntaxLimit(set: ClaimSet, from: number, limit: number): number {
  let b = set.ctx.syntax.clauseBoundary(from);
  // "said that however the candidate does on Saturday, Kasich's showing will be enough": a clause
  // that opens with a subordinate one runs on past its comma to the main clause.
  if (b.kind === 'comma-clause' && LEADING_SUBORDINATORS.has(set.ctx.lower(from))) b = set.ctx.syntax.clauseBoundary(b.end + 1);
  return SYNTAX_ENDS.has(b.kind) && b.end > from && b.end < limit ? b.end : limit;
}

// The tokens past a clause's start where syntax can end it (lib/nlp/syntax/clauses.ts): a comma, a
// dash, a coordinator (also as the first word of a contraction, as the tagger splits one).
function syntaxMayEndAt(set: ClaimSet, i: number, w: string): boolean {
  const text = set.ctx.tokens[i]!.text;
  if (text === ',' || DASHES.has(text) || SYNTAX_COORDINATORS.has(w)) return true;
  const straight = w.indexOf("'");
  const apostrophe = straight >= 0 ? straight : w.indexOf('’');
  return apostrophe > 0 && SYNTAX_COORDINATORS.has(w.slice(0, apostrophe));
}

/** "…, according to Reuters" right at `from` (or after a comma): the relay. */
export function relayAt(set: ClaimSet, from: number, stop: number): Source | null {
  let i = from;
  if (set.ctx.tokens[i]?.text === ',') i++;
  if (!set.ctx.seq(i, ['according', 'to'])) return null;
  const relay = set.sources.startingAt(i + 2, stop);
  if (relay) set.usedCue.add(i);
  return relay;
}

/** Past an adverb before its "that" at token k ("said separately that …", "said repeatedly that …", "said only that …"), to the "that". */
export function pastAdverbBeforeThat(set: ClaimSet, k: number): number {
  const t = set.ctx.tokens[k];
  return t?.kind === 'word' && isLowerCased(t.text) && /ly$/.test(t.lower) && set.ctx.lower(k + 1) === 'that' ? k + 1 : k;
}

/** Past adverbials before the content: "on Tuesday", "last week", "in a statement", "to reporters". */
export function skipAdverbials(set: ClaimSet, k: number, stop: number): number {
  const { ctx } = set;
  const { tokens } = ctx;
  for (let guard = 0; guard < 3 && k < stop; guard++) {
    const w = ctx.lower(k);
    // "to" only before an audience ("to reporters", "to the BBC"); "to walk out" is an infinitive.
    if (
      w === 'to' &&
      !/^(?:reporters|journalists|lawmakers|parliament|congress|the|a|an|his|her|their)$/.test(ctx.lower(k + 1)) &&
      !isCapitalised(tokens[k + 1]?.text ?? '')
    )
      break;
    // Where it was said: "said here Monday", "told reporters here".
    if (w === 'here') {
      k++;
      continue;
    }
    // A bare day: "said Wednesday (night) that"
    if (WEEKDAYS.has(w)) {
      k += DAY_PARTS.has(ctx.lower(k + 1)) ? 2 : 1;
      continue;
    }
    if (ADVERBIAL_OPENERS.has(w)) {
      // "in a statement", "on Tuesday", "last week", "to reporters", "in an interview with Reuters"
      let e = k + 1;
      while (
        e < stop &&
        e - k <= 5 &&
        (tokens[e]!.kind === 'word' || tokens[e]!.kind === 'num') &&
        ctx.lower(e) !== 'that' &&
        !(ctx.lower(e) === 'the' && e > k + 1)
      ) {
        const next = ctx.lower(e);
        e++;
        if (ADVERBIAL_HEADS.has(next)) break;
      }
      if (ctx.lower(e - 1) === 'with' || ctx.lower(e) === 'with') break;
      if (e === k + 1 && !TIME_ADVERBS.has(w)) break;
      k = e;
      continue;
    }
    break;
  }
  return k;
}

/**
 * A figure's clause ends at the writer's aside after a comma: "…, contradicting police's earlier
 * claim", "…, with RealClearPolitics showing her ahead", "…, where 18 electoral votes are up",
 * "…, compared with 23 percent". Used for what polls and records show, whose findings the writer
 * goes on to comment on in the same sentence.
 */
export function asideAfterFinding(set: ClaimSet, from: number, end: number): number {
  const { ctx } = set;
  for (let i = from + 1; i < end; i++) {
    if (ctx.tokens[i]!.text !== ',' || set.quoteAt(i) >= 0) continue;
    const w = ctx.lower(i + 1);
    if (FINDING_ASIDES.has(w) || (/ing$/.test(w) && ctx.syntax.ptb(i + 1) === 'VBG')) return i;
  }
  return end;
}

// Words after a comma that open the writer's aside on a finding.
const FINDING_ASIDES = new Set([
  'with',
  'where',
  'which',
  'compared',
  'versus',
  'up',
  'down',
  'double',
  'however',
  'the',
  'a',
  'including',
  'according',
]);

/** Nothing but adverbials and the full stop after the verb: "…, a source said on Monday." */
export function endsClause(set: ClaimSet, k: number, stop: number): boolean {
  const t = set.ctx.tokens[k];
  return k >= stop || (t!.kind === 'punct' && /[.!?]/.test(t!.text)) || (t!.text === ',' && set.ctx.seq(k + 1, ['according', 'to']));
}

/** A short noun phrase and then a reporting verb: "human rights groups warned", "the footage showed". */
function reportsAhead(set: ClaimSet, from: number, limit: number): boolean {
  const { tokens } = set.ctx;
  for (let e = from; e < Math.min(limit, from + 6); e++) {
    const t = tokens[e]!;
    if (t.kind !== 'word' && t.kind !== 'poss') return false;
    if (set.isSpeech(e)) return e > from && !/^(?:to|that|not)$/.test(set.ctx.lower(e - 1)) && set.sources.endingAt(e - 1, from) !== null;
  }
  return false;
}
