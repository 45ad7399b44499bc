/**
 * What a document shows: "A Fox News poll shows Sanders with 47 percent", "An Associated Press
 * survey found that …", "…, fundraising documents show." News attributes the findings of polls,
 * reports and records to them as it attributes speech to people; the verbs ("show", "find",
 * "reveal") are no verbs of saying, so only a document source (sources/unnamed.ts) may use them.
 */
import { EVIDENCE_VERBS } from '../lexicons/reporting';
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';
import { clauseEnd, endsClause } from './clause';
import { isLowerCased } from '../words';

export function findEvidence(set: ClaimSet): void {
  const { ctx, usedCue } = set;
  const { tokens } = ctx;
  // Only the tokens of its words (cue-words.ts), each in the range of its sentence it was looked for in.
  for (const v of set.tokensOf(EVIDENCE_VERBS)) {
    const s = ctx.sentenceOf(v);
    if (v < s.first + 1 || v >= s.end) continue;
    if (usedCue.has(v) || set.quoteAt(v) >= 0 || !isLowerCased(tokens[v]!.text)) continue;
    const source = sourceBefore(set, v, s.first);
    if (!source || source.sourceType !== 'document') continue;
    let k = v + 1;
    // "CLAUSE, the reports show.": the clause before the comma.
    if (source.first > s.first + 1 && tokens[source.first - 1]!.text === ',' && endsClause(set, k, s.end)) {
      set.add(source, [v, v + 1], [s.start, tokens[source.first - 1]!.start], false, null, 'evidence-after');
      continue;
    }
    if (ctx.lower(k) === 'that') k++;
    // "found no record of …", "showed a mere one-point difference": a finding, but no clause; "showed up" is none.
    if (k >= s.end || tokens[k]!.kind === 'punct' || /^(?:up|off|out|in|to|for|of|on|by|at|with|is|was|are|were)$/.test(ctx.lower(k)))
      continue;
    const end = clauseEnd(set, k, s.end);
    set.add(source, [v, v + 1], [tokens[k]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'evidence');
  }
}
