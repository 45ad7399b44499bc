/**
 * A dateline: where the story was filed, and often its agency, before the dash that opens the
 * story's first sentence ("LOS ANGELES (Reuters) -", "BANGKOK, Thailand -", "Washington (AFP) –",
 * "LONDON—", "BLAIRSVILLE, Ga. -"). Never who speaks, and never part of what is said: a claim whose
 * content is the first sentence ("BANGKOK, Thailand - Princess Galyani Vadhana died…, the royal
 * palace announced") starts after it.
 */
import type { Context } from '../context';
import type { EntityIndex } from '../entities';
import { isAllCaps, isLowerCased } from '../words';

/** At most this many words name the place: "RIO DE JANEIRO", "SALT LAKE CITY". */
const PLACE_WORDS = 4;

/**
 * The token after the dateline that opens the sentence at `first`, or `first` where none does. A
 * place the entities know, or words in capitals, then maybe ", Region" and "(Agency)"; then a dash.
 * A known place with its agency needs no dash ("Washington (AFP) The…").
 */
export function pastDateline(ctx: Context, index: EntityIndex, first: number, stop: number): number {
  const { tokens } = ctx;
  const m = index.mentionAt.get(first);
  let k = first;
  const known = !!m && m.first === first && m.entity.kind === 'place';
  if (known) k = m.last;
  // A body or a person in capitals is the sentence's subject: "NATO - the alliance - will grow".
  else if (m) return first;
  else
    while (k < stop && k - first < PLACE_WORDS && ctx.isWord(k) && isAllCaps(tokens[k]!.text)) {
      k++;
      // "ST. LOUIS"
      if (tokens[k]?.text === '.' && ctx.isWord(k + 1) && isAllCaps(tokens[k + 1]!.text)) k++;
    }
  // "Visakhapatnam, Jan 7 -": a place the lexicon does not know, dated.
  if (k === first && ctx.isCapWord(first) && tokens[first + 1]?.text === ',' && datedAt(ctx, first + 2)) k = first + 1;
  if (k === first) return first;
  // ", Jan 7", ", January 7": the date it was filed.
  if (tokens[k]?.text === ',' && datedAt(ctx, k + 1)) {
    k += tokens[k + 2]?.text === '.' ? 4 : 3;
  }
  // ", Thailand", ", Ga.", ", New Zealand": a capitalised word or three, and their abbreviations' dots.
  else if (tokens[k]?.text === ',') {
    let j = k + 1;
    while (j < stop && j - k <= 4 && (ctx.isCapWord(j) || (tokens[j]!.text === '.' && j > k + 1))) j++;
    if (j === k + 1) return first;
    k = j;
  }
  let agency = false;
  if (tokens[k]?.text === '(') {
    const open = k;
    while (k < stop && k - open < 6 && tokens[k]!.text !== ')') k++;
    if (tokens[k]?.text !== ')') return first;
    k++;
    agency = true;
  }
  // The story's first word, capitalised, follows the dash: "LONDON—The engines".
  if (isDash(tokens[k]?.text ?? '')) {
    // ("--" may come as two dashes.)
    const next = isDash(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    return isLowerCased(tokens[next]?.text ?? '') ? first : next;
  }
  return known && agency ? k : first;
}

/** Does a month and a day start at token k ("Jan 7", "Jan. 7", "January 7")? */
function datedAt(ctx: Context, k: number): boolean {
  if (!MONTHS.test(ctx.lower(k))) return false;
  const day = ctx.tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
  return ctx.tokens[day]?.kind === 'num' && /^\d{1,2}$/.test(ctx.tokens[day]!.text);
}

const MONTHS =
  /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)$/;

function isDash(text: string): boolean {
  return text === '—' || text === '–' || text === '―' || text === '‒' || text === '--' || text === '-';
}
