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
  if (k === first) return first;
  // ", Thailand", ", Ga.", ", New Zealand": a capitalised word or three, and their abbreviations' dots.
  if (tokens[k]?.text === ',') {
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
  if (isDash(tokens[k]?.text ?? '')) return isLowerCased(tokens[k + 1]?.text ?? '') ? first : k + 1;
  return known && agency ? k : first;
}

function isDash(text: string): boolean {
  return text === '—' || text === '–' || text === '―' || text === '‒' || text === '--' || text === '-';
}
