/**
 * Judgements of someone or something: "O'Malley criticized Sanders and Clinton", "Jeb Bush criticized
 * Marco Rubio for opposing legal abortion", "Cruz blamed the anti-fracking law on Democratic
 * politicians". PolNeAR attributes them as it does speech, the object being what is judged; a person
 * or a body before the verb, and the object up to its first comma or the end of the clause.
 */
import { JUDGING_VERBS } from '../lexicons/reporting';
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';
import { clauseEnd } from './clause';

export function findJudgements(set: ClaimSet): void {
  const { ctx, usedCue } = set;
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let v = s.first + 1; v < s.end - 1; v++) {
      if (!JUDGING_VERBS.has(ctx.lower(v)) || usedCue.has(v) || set.quoteAt(v) >= 0 || !/^\p{Ll}/u.test(tokens[v]!.text)) continue;
      // "Trump said he rejects …": a judgement inside what someone said is part of that claim.
      if (set.claims.some((c) => c.content[0] <= tokens[v]!.start && tokens[v]!.end <= c.content[1])) continue;
      const k = v + 1;
      // An object after the verb: not a participle ("the group accused of …", "criticized for …").
      if (tokens[k]!.kind === 'punct' || /^(?:by|to|that|in|on|at|as|up|out|off|of|for)$/.test(ctx.lower(k))) continue;
      const source = sourceBefore(set, v, s.first);
      if (!source || source.sourceType === 'document') continue;
      let end = clauseEnd(set, k, s.end);
      for (let i = k; i < end; i++) if ((tokens[i]!.text === ',' && set.quoteAt(i) < 0) || usedCue.has(i)) end = i;
      set.add(source, [v, v + 1], [tokens[k]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'judging');
    }
  }
}
