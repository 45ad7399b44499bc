/**
 * Whether a run of tokens holds a finite verb, asking syntax as little as it can. Syntax tags a
 * sentence as far as the token it is asked about, and tagging is dear on first sight of a word;
 * the tagger's dictionary settles most finite verbs ("said", "is", "will") without tagging. So the
 * whole run is tried against the dictionary first, and only then is each token asked in order.
 * Any-of, so the order of asking cannot change the answer.
 */
import type { ClaimSet } from './claims';

/** Is any token of [from, to) a finite verb (with `skipQuoted`, any outside a quotation)? */
export function hasFiniteVerbIn(set: ClaimSet, from: number, to: number, skipQuoted: boolean): boolean {
  const syn = set.ctx.syntax;
  for (let k = from; k < to; k++) if ((!skipQuoted || set.quoteAt(k) < 0) && syn.isKnownFiniteVerb(k)) return true;
  for (let k = from; k < to; k++) if ((!skipQuoted || set.quoteAt(k) < 0) && syn.isFiniteVerb(k)) return true;
  return false;
}
