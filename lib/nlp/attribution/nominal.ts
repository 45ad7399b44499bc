/**
 * Nominal cues: a noun that introduces a claim, with its source after "by" or before it as a
 * possessive: "claims made by the US and Ukraine that CLAUSE", "the ministry's denial that CLAUSE".
 */
import { NOMINAL_BY } from '../lexicons/reporting';
import type { Source } from '../sources';
import type { ClaimSet } from './claims';
import { clauseEnd } from './clause';

export function findNominalCues(set: ClaimSet): void {
  const { ctx, sources, usedCue } = set;
  const { tokens } = ctx;
  // Only the tokens of its words (cue-words.ts), each in the range of its sentence it was looked for in.
  for (const i of set.tokensOf(ctx.lex.nominalCues)) {
    const s = ctx.sentenceOf(i);
    if (i < s.first || i >= s.end) continue;
    if (usedCue.has(i) || set.quoteAt(i) >= 0) continue;
    let source: Source | null = null;
    let k = i + 1;
    let by = false;
    if (NOMINAL_BY.has(ctx.lower(k)) && ctx.lower(k + 1) === 'by') k += 2;
    else if (ctx.lower(k) === 'by') k += 1;
    else k = -1;
    if (k > 0) {
      by = true;
      source = sources.startingAt(k, s.end);
      k = source ? source.last : -1;
    } else if (tokens[i - 1]?.kind === 'poss') {
      // A possessive owner must be a name ("the ministry's denial that" is too loose to trust).
      const owner = set.index.mentionAt.get(i - 2);
      source = owner && owner.last === i - 1 ? sources.endingAt(i - 2, s.first) : null;
      k = i + 1;
    }
    if (!source || k < 0 || ctx.lower(k) !== 'that') continue;
    const end = clauseEnd(set, k + 1, s.end);
    set.add(
      source,
      [i, i + 1],
      [tokens[k + 1]!.start, end < s.end ? tokens[end]!.start : s.stop],
      false,
      null,
      by ? 'nominal-by' : 'nominal',
    );
  }
}
