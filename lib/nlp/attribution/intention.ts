/**
 * Intentions, plans and refusals: "Sanders promised to take bold action", "Donald Trump's campaign
 * plans to spend upward of $10 million", "The Vermont senator declined to say whether …". PolNeAR
 * attributes what someone means to do to them as it does speech; the reported rules leave a verb
 * before "to" alone (reported.ts), and this family reads it, with a person or a body before the
 * verb and an infinitive after it.
 */
import { INTENTION_VERBS } from '../lexicons/reporting';
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';
import { clauseEnd } from './clause';

export function findIntentions(set: ClaimSet): void {
  const { ctx, usedCue } = set;
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let v = s.first + 1; v < s.end - 2; v++) {
      if (!INTENTION_VERBS.has(ctx.lower(v)) || usedCue.has(v) || set.quoteAt(v) >= 0 || !/^\p{Ll}/u.test(tokens[v]!.text)) continue;
      // An infinitive after the verb: "to take", not "to the committee".
      if (ctx.lower(v + 1) !== 'to' || ctx.syntax.ptb[v + 2] !== 'VB') continue;
      // "declined to comment", "refused to elaborate": a refusal to say anything holds no claim.
      if (/^(?:comment|elaborate)$/.test(ctx.lower(v + 2))) continue;
      // "Trump said he wants to …": an intention inside what someone said is part of that claim.
      if (set.claims.some((c) => c.content[0] <= tokens[v]!.start && tokens[v]!.end <= c.content[1])) continue;
      const source = sourceBefore(set, v, s.first);
      if (!source || source.sourceType === 'document') continue;
      // An infinitive ends at its first comma: what follows is the main clause after a subordinate
      // one ("When Trump pledged to spend $2 million, some remained skeptical"), a participle
      // (", meaning …") or a second predicate (", opposed his …").
      let end = clauseEnd(set, v + 2, s.end);
      // It also ends before the cue of a claim of its own: "declined to comment on claims made by
      // the US that …" holds the claims, not what they say.
      for (let i = v + 2; i < end; i++) if ((tokens[i]!.text === ',' && set.quoteAt(i) < 0) || usedCue.has(i)) end = i;
      set.add(source, [v, v + 1], [tokens[v + 1]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'intention');
    }
  }
}
