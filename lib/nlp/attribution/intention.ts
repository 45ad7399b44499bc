/**
 * Intentions, plans and refusals: "Sanders promised to take bold action", "The Vermont senator
 * declined to say whether …". PolNeAR attributes what someone means to do to them as it does speech;
 * the reported rules leave a verb before "to" alone (reported.ts), and this family reads it, with a
 * person or a body before the verb and an infinitive after it.
 */
import { INTENTION_VERBS } from '../lexicons/reporting';
import type { ClaimSet } from './claims';
import { heldPhraseEnd, holderBefore, isAttitudeVerb } from './holder';

export function findIntentions(set: ClaimSet): void {
  const { ctx } = set;
  // Only the tokens of its words (cue-words.ts), each in the range of its sentence it was looked for in.
  for (const v of set.tokensOf(INTENTION_VERBS)) {
    const s = ctx.sentenceOf(v);
    if (v < s.first + 1 || v >= s.end - 2) continue;
    if (!isAttitudeVerb(set, INTENTION_VERBS, v)) continue;
    if (ctx.lower(v + 1) !== 'to') continue;
    // "declined to comment", "refused to elaborate": a refusal to say anything holds no claim.
    if (/^(?:comment|elaborate)$/.test(ctx.lower(v + 2))) continue;
    // (The holder before the infinitive: most verbs have none, and syntax tags the sentence.)
    const source = holderBefore(set, v, s.first);
    // An infinitive after the verb: "to take", not "to the committee".
    if (source && ctx.syntax.ptb(v + 2) === 'VB')
      set.add(source, [v, v + 1], [ctx.tokens[v + 1]!.start, heldPhraseEnd(set, v + 2, s)], false, null, 'intention');
  }
}
