/**
 * What the families of attitudes (intention.ts, judging.ts) share: the person or body holding the
 * attitude, right before its verb, and the phrase after the verb that is held, which ends sooner
 * than a reported clause does.
 */
import type { Source } from '../sources';
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';
import { clauseEnd } from './clause';
import { isLowerCased } from '../words';

/** A verb of attitude at token v, written in lower case outside any quotation, with no claim yet. */
export function isAttitudeVerb(set: ClaimSet, verbs: ReadonlySet<string>, v: number): boolean {
  const t = set.ctx.tokens[v]!;
  return verbs.has(set.ctx.lower(v)) && !set.usedCue.has(v) && set.quoteAt(v) < 0 && isLowerCased(t.text);
}

/** The person or body before the verb at v, or null ("Trump said he rejects …": an attitude inside a claim is part of it). */
export function holderBefore(set: ClaimSet, v: number, first: number): Source | null {
  if (insideClaim(set, v)) return null;
  const source = sourceBefore(set, v, first);
  return source && source.sourceType !== 'document' ? source : null;
}

/** Is token v inside the content of a claim found already? */
function insideClaim(set: ClaimSet, v: number): boolean {
  const t = set.ctx.tokens[v]!;
  return set.claims.some((c) => c.content[0] <= t.start && t.end <= c.content[1]);
}

/**
 * Where the phrase held, from token `from`, ends (a character offset): at its first comma, since
 * what follows is the main clause after a subordinate one ("When Trump pledged to spend $2 million,
 * some remained skeptical"), a participle (", meaning …") or a second predicate; and before the cue
 * of a claim of its own ("declined to comment on claims made by the US that …").
 */
export function heldPhraseEnd(set: ClaimSet, from: number, s: { end: number; stop: number }): number {
  const { tokens } = set.ctx;
  let end = clauseEnd(set, from, s.end);
  for (let i = from; i < end; i++) if ((tokens[i]!.text === ',' && set.quoteAt(i) < 0) || set.usedCue.has(i)) end = i;
  return end < s.end ? tokens[end]!.start : s.stop;
}
