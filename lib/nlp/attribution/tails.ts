/**
 * What trails a reported content but is the writer's or the reporting act's, not what was said:
 *
 *   ", which …" on a noun once the clause has its verb: "he would quarantine people over fears of
 *     the Zika virus, which is spread primarily by mosquitoes";
 *   a participle of the speaker's next act: "…, conceding the race to Clinton", "…, referring to
 *     the party's July convention";
 *   the occasion of a named object: "criticized Clinton during a rally Friday", "explained his
 *     reasoning in an appearance on CBS's Face the Nation", "claimed victory in a tweet".
 *
 * Measured on PolNeAR train, rules only: each moved more claims from too long to right than it
 * made too short. Tried and left out, because PolNeAR's annotators keep them inside the content
 * more often than not: any adjunct after an object ("called for the ban in December after …"),
 * a second verb phrase ("denounced the United Nations and rejected rumors …"), "but" + verb,
 * occasions after a clause ("said they would vote at a rally"), appositives after a name.
 */
import { OCCASIONS, REFERRING_PARTICIPLES } from '../lexicons/reporting';
import { FiniteSoFar } from '../syntax/finite-so-far';
import type { ClaimSet } from './claims';

const ASIDE_ENDS = new Set([',', '—', '–', '--']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/** The end (exclusive) of a content starting at token `from` that would run to `end`, pulled in before its tail. */
export function tailEnd(set: ClaimSet, from: number, end: number): number {
  const { ctx } = set;
  const syn = ctx.syntax;
  const finite = new FiniteSoFar(syn);
  let brackets = 0;
  for (let i = from + 1; i < end; i++) {
    if (set.quoteAt(i) >= 0) continue;
    const t = ctx.tokens[i]!.text;
    if (t === '(') brackets++;
    if (t === ')' && brackets > 0) brackets--;
    if (brackets > 0) continue;
    if (t === ',') {
      const next = ctx.lower(i + 1);
      // (Not a relative on the whole clause, "…, which is standard", nor an aside the clause resumes after.)
      if (next === 'which' && finite.seen() && /^NN/.test(syn.ptb(i - 1) ?? '') && !resumes(set, i + 2, end)) return i;
      if ((set.isSpeech(i + 1) || REFERRING_PARTICIPLES.has(next)) && syn.ptb(i + 1) === 'VBG') return i;
    }
    finite.add(i);
  }
  // (Whatever the verbs, no object follows an infinitive or a subject pronoun: asked first, as it tags nothing.)
  if (opensNoObject(set, from)) return end;
  return finite.seen() ? end : objectEnd(set, from, end);
}

/** A content that opens as no object does: an infinitive ("declined to respond"), a subject pronoun. */
function opensNoObject(set: ClaimSet, from: number): boolean {
  const { ctx } = set;
  return ctx.lower(from) === 'to' || ctx.lower(from - 1) === 'to' || SUBJECT_PRONOUNS.has(ctx.lower(from));
}

/**
 * A content that is an object, not a clause ("criticized Clinton during a rally"), ends before a
 * prepositional phrase naming the occasion it was said on. Not an intention ("declined to respond
 * to questions about …") or an activity ("reported spending $1.1 million on … ads").
 */
function objectEnd(set: ClaimSet, from: number, end: number): number {
  const { ctx } = set;
  if (ctx.syntax.ptb(from) === 'VBG') return end;
  for (let i = from + 1; i < end; i++) {
    // (Quoted words are not the object's: their tags are never asked, which would tag them.)
    if (set.quoteAt(i) >= 0) continue;
    // A verb in the object takes the phrase: "accused Lewandowski of grabbing her at a press conference".
    // (A gerund after a determiner is a noun: "his reasoning".)
    const tag = ctx.syntax.ptb(i) ?? '';
    if (tag === 'VB' || (tag === 'VBG' && !/^(?:DT|PRP\$|POS|JJ)$/.test(ctx.syntax.ptb(i - 1) ?? ''))) return end;
    if (!/^(?:in|on|at|during)$/.test(ctx.lower(i))) continue;
    // (Not where the object's complement follows the phrase: "told his supporters at a rally to “go …”".)
    if (occasionAt(set, i + 1, end) && !complementAfter(set, i + 1, end)) return ctx.tokens[i - 1]?.text === ',' ? i - 1 : i;
  }
  return end;
}

/** An occasion noun heading the phrase from k ("a rally Friday", "his radio show"), not a modifier ("an email server"). */
function occasionAt(set: ClaimSet, k: number, end: number): boolean {
  for (let e = k; e < Math.min(end, k + 5); e++) {
    const w = set.ctx.lower(e);
    if (OCCASIONS.has(w)) return !/^NNS?$/.test(set.ctx.syntax.ptb(e + 1) ?? '');
    if (set.ctx.tokens[e]!.kind === 'punct' || w === 'of' || w === 'that' || w === 'to') return false;
  }
  return false;
}

/** An infinitive after the phrase, the object's own complement. */
function complementAfter(set: ClaimSet, k: number, end: number): boolean {
  const { ctx } = set;
  for (let e = k; e < end && ctx.tokens[e]!.kind !== 'punct'; e++)
    if (ctx.lower(e) === 'to' && (ctx.syntax.ptb(e + 1) === 'VB' || ctx.tokens[e + 1]?.kind === 'quote')) return true;
  return false;
}

/** Does the clause an aside at k interrupted go on after the aside ("the deal, which …, would …")? */
function resumes(set: ClaimSet, k: number, end: number): boolean {
  const syn = set.ctx.syntax;
  for (let i = k; i < end; i++) {
    if (set.quoteAt(i) >= 0 || !ASIDE_ENDS.has(set.ctx.tokens[i]!.text)) continue;
    let e = i + 1;
    while (/^RB/.test(syn.ptb(e) ?? '')) e++;
    return syn.isFiniteVerb(e);
  }
  return false;
}
