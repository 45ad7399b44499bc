/**
 * Judgements of someone or something: "O'Malley criticized Sanders and Clinton", "Fields accused
 * Lewandowski of grabbing her". PolNeAR attributes them as it does speech, the object being what is
 * judged; a person or a body before the verb, and the object up to its first comma or the end of
 * the clause.
 */
import { JUDGING_VERBS } from '../lexicons/reporting';
import type { ClaimSet } from './claims';
import { heldPhraseEnd, holderBefore, isAttitudeVerb } from './holder';

export function findJudgements(set: ClaimSet): void {
  const { ctx } = set;
  for (const s of ctx.sentences) {
    for (let v = s.first + 1; v < s.end - 1; v++) {
      if (!isAttitudeVerb(set, JUDGING_VERBS, v)) continue;
      // An object after the verb: not a participle ("the group accused of …", "criticized for …").
      const k = v + 1;
      if (ctx.tokens[k]!.kind === 'punct' || /^(?:by|to|that|in|on|at|as|up|out|off|of|for)$/.test(ctx.lower(k))) continue;
      const source = holderBefore(set, v, s.first);
      if (source) set.add(source, [v, v + 1], [ctx.tokens[k]!.start, heldPhraseEnd(set, k, s)], false, null, 'judging');
    }
  }
}
