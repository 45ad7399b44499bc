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
  // Only the tokens of its words (cue-words.ts), each in the range of its sentence it was looked for in.
  for (const v of set.tokensOf(JUDGING_VERBS)) {
    const s = ctx.sentenceOf(v);
    if (v < s.first + 1 || v >= s.end - 1) continue;
    if (!isAttitudeVerb(set, JUDGING_VERBS, v)) continue;
    // An object after the verb: not a participle ("the group accused of …", "criticized for …").
    const k = v + 1;
    if (ctx.tokens[k]!.kind === 'punct' || /^(?:by|to|that|in|on|at|as|up|out|off|of|for)$/.test(ctx.lower(k))) continue;
    // "Warren questioned the bank chief for two hours": questioning a person is interrogation, not doubt.
    if (ctx.lower(v) === 'questioned' && isPersonObject(set, k)) continue;
    const source = holderBefore(set, v, s.first);
    if (source) set.add(source, [v, v + 1], [ctx.tokens[k]!.start, heldPhraseEnd(set, k, s)], false, null, 'judging');
  }
}

/** A person as the object at token k: a pronoun, a person the article names, or a role ("the bank chief"). */
function isPersonObject(set: ClaimSet, k: number): boolean {
  const { ctx, index } = set;
  // ("her judgment": a possessive, whose noun is what is questioned.)
  if (
    /^(?:him|them|me|us|you)$/.test(ctx.lower(k)) ||
    (ctx.lower(k) === 'her' && (ctx.tokens[k + 1]?.kind !== 'word' || /^(?:for|about|on|over|at|in)$/.test(ctx.lower(k + 1))))
  )
    return true;
  const m = index.mentionAt.get(k) ?? (ctx.lower(k) === 'the' ? index.mentionAt.get(k + 1) : undefined);
  if (m && m.entity.kind === 'person' && (m.first === k || m.outer <= k + 1) && ctx.tokens[m.last]?.kind !== 'poss') return true;
  // "the bank chief", "the witness": a role noun within a few words, before any other noun's possessive.
  for (let e = k; e < k + 4; e++) {
    if (ctx.tokens[e]?.kind !== 'word' || ctx.tokens[e + 1]?.kind === 'poss') return false;
    if (ctx.lex.roleNouns.has(ctx.lower(e))) return true;
  }
  return false;
}
