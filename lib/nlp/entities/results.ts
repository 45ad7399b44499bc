/**
 * People in the results lines of sports pages, which name players with no sentence around them:
 * a cricket scorecard ("I. Healy c Ranatunga b Muralitharan 8", "Bowling : Vass 7-0-29-0"),
 * a list of scorers with the minute of each goal ("Romania - Cosmin Contra ( 31st )") and a
 * team sheet's captain ("Sri Lanka - Arjuna Ranatunga ( captain )"); and the wire reporter's
 * sign-off under a story ("-- Luli Popescu , Bucharest Newsroom"). Each pattern is one that
 * prose never writes: a lone lower-case "b" or "c" between names, figures joined by hyphens, an
 * ordinal in brackets.
 */
import type { Context } from '../context';
import { hasOfficialWord } from './organizations';
import type { Sequence } from './types';

/** How a batsman was out: caught, bowled, stumped, leg before wicket. */
const DISMISSALS = new Set(['c', 'b', 'st', 'lbw']);
/** A batsman not dismissed, or run out: "Mushtaq Ahmed not out 14" (each first word with its second). */
const NOT_DISMISSED = new Map([
  ['not', 'out'],
  ['run', 'out'],
  ['retired', 'hurt'],
]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

const isNumber = (ctx: Context, k: number) => ctx.tokens[k]?.kind === 'num';
const exact = (ctx: Context, k: number, words: Set<string>) => ctx.isWord(k) && words.has(ctx.tokens[k]!.text);

/** Figures joined by hyphens with no space, "7-0-29-0" or "6.5-1-23-4": a bowler's overs, maidens, runs, wickets. */
function isBowlingFigures(ctx: Context, k: number): boolean {
  const { tokens } = ctx;
  for (let n = 0; n < 7; n++) {
    const t = tokens[k + n];
    if (!t || t.kind !== (n % 2 ? 'punct' : 'num') || (n % 2 && t.text !== '-')) return false;
    if (n > 0 && t.start !== tokens[k + n - 1]!.end) return false;
  }
  return true;
}

/** A scorecard line's batsman or fielder or bowler. */
function inScorecard(ctx: Context, seq: Sequence): boolean {
  const { first, last } = seq;
  // "… c Ranatunga b Muralitharan 8": a dismissal word before, then the next one or the runs.
  if (
    exact(ctx, first - 1, DISMISSALS) &&
    (ctx.isCapWord(first - 2) || exact(ctx, first - 2, DISMISSALS) || ctx.tokens[first - 2]?.text === '.')
  ) {
    if (isNumber(ctx, last) || exact(ctx, last, DISMISSALS)) return true;
  }
  // "I. Healy c Ranatunga …", "A. Ranatunga lbw b Fleming 0": the batsman before the dismissal.
  if (exact(ctx, last, DISMISSALS) && (ctx.isCapWord(last + 1) || exact(ctx, last + 1, DISMISSALS))) return true;
  if (NOT_DISMISSED.get(ctx.lower(last)) === ctx.lower(last + 1) && isNumber(ctx, last + 2)) return true;
  return isBowlingFigures(ctx, last);
}

/** An ordinal written as figures at token k: "31st". */
const isOrdinal = (ctx: Context, k: number) =>
  isNumber(ctx, k) && exact(ctx, k + 1, ORDINAL_SUFFIXES) && ctx.tokens[k + 1]!.start === ctx.tokens[k]!.end;

/**
 * "Cosmin Contra ( 31st )", "Aunger ( 41st min , pen )": the minute a player scored; inside the
 * brackets of a score or a substitution, "( Corentine Martins , 22nd minute )", "( Becerril 46th )".
 */
function scoredAt(ctx: Context, seq: Sequence): boolean {
  const { tokens } = ctx;
  const { first, last } = seq;
  if (tokens[first - 1]?.text === '(' && (isOrdinal(ctx, last) || (tokens[last]?.text === ',' && isOrdinal(ctx, last + 1)))) return true;
  if (tokens[last]?.text !== '(' || !isOrdinal(ctx, last + 1)) return false;
  if (last - first >= 2) return true;
  // One word only after its team: "Brazil - Giovanni ( 14th )".
  if (tokens[first - 1]?.text !== '-') return false;
  for (let k = first - 2; k >= 0 && k >= first - 4; k--) {
    const team = ctx.lex.known.match(tokens, k, first - 1);
    if (team && k + team.length === first - 1) return team.value.kind === 'place';
  }
  return false;
}

/** A team sheet's captain: "Arjuna Ranatunga ( captain )". */
function captain(ctx: Context, seq: Sequence): boolean {
  return ctx.tokens[seq.last]?.text === '(' && ctx.lower(seq.last + 1) === 'captain' && ctx.tokens[seq.last + 2]?.text === ')';
}

/** A wire reporter's sign-off: "-- Luli Popescu , Bucharest Newsroom 40-1 3120264". */
function signOff(ctx: Context, seq: Sequence): boolean {
  const { tokens } = ctx;
  const dash = tokens[seq.first - 1]?.text === '—' || (tokens[seq.first - 1]?.text === '-' && tokens[seq.first - 2]?.text === '-');
  if (!dash || tokens[seq.last]?.text !== ',') return false;
  for (let k = seq.last + 1; k < tokens.length && k <= seq.last + 4; k++) if (ctx.lower(k) === 'newsroom') return true;
  return false;
}

/** Is the sequence a player named in a results line? */
export function inResults(ctx: Context, seq: Sequence): boolean {
  if (seq.last - seq.first > 4) return false;
  // The patterns first: they are rare and cheap to test, where an organisation or a place inside is looked up word by word.
  const pattern = inScorecard(ctx, seq) || scoredAt(ctx, seq) || (seq.last - seq.first >= 2 && (captain(ctx, seq) || signOff(ctx, seq)));
  return pattern && !hasOfficialWord(ctx, seq.first, seq.last);
}
