/**
 * What a longer description of a document shows: "Exit polls from the New Hampshire primary
 * showed that …", "A study by the liberal watchdog group Media Matters found …", "The latest
 * Reuters/Ipsos opinion poll released Friday shows …", "Video of the incident shows him …",
 * "Polls show …". The document rules (sources/unnamed.ts) take a document with its determiner and
 * nothing after its head; here the subject is read back from the verb to a head of evidence
 * (lexicons/reporting.ts, EVIDENCE_HEADS), past what qualifies it ("from …", "by …", "released
 * Friday", "this month"), and on to its first word. Whoever "found that …" reports a finding too
 * ("the Department of Justice found that …", "the researchers found that …").
 */
import { EVIDENCE_HEADS } from '../lexicons/reporting';
import type { Source } from '../sources';
import { FUNCTION_WORDS, isLowerCased } from '../words';
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';
import { asideAfterFinding, clauseEnd } from './clause';
import { EVIDENCE_OR_FINDING_VERBS } from './cue-words';

// How far back from the verb the head may be: "An Associated Press survey of superdelegates, who are influential in
// picking the nominee, found".
const QUALIFIER_REACH = 16;
// Words that may open what qualifies the head: a preposition or a participle ("released", "taken").
const QUALIFIER_OPENERS = new Set([
  'of',
  'from',
  'by',
  'in',
  'on',
  'for',
  'among',
  'with',
  'at',
  'this',
  'last',
  'released',
  'conducted',
  'taken',
  'published',
  'compiled',
  'discovered',
  'obtained',
  'reported',
  'filed',
  'posted',
  'leaked',
]);
// Words before the verb that stand between it and its subject: "polls consistently show".
const ADVERBS = new Set([
  'also',
  'now',
  'still',
  'consistently',
  'clearly',
  'generally',
  'repeatedly',
  'all',
  'both',
  'previously',
  'recently',
  'have',
  'has',
  'had',
]);

export function findEvidencePhrases(set: ClaimSet): void {
  const { ctx, usedCue } = set;
  const { tokens } = ctx;
  // Only the tokens of its words (cue-words.ts), each in the range of its sentence it was looked for in.
  for (const v of set.tokensOf(EVIDENCE_OR_FINDING_VERBS)) {
    const s = ctx.sentenceOf(v);
    if (v < s.first + 1 || v >= s.end - 1) continue;
    const word = ctx.lower(v);
    // ("with polls showing her well behind": a participle describes the writer's evidence, no one's claim.)
    if (/ing$|^shown$/.test(word) || usedCue.has(v) || set.quoteAt(v) >= 0 || !isLowerCased(tokens[v]!.text)) continue;
    let j = v - 1;
    while (j > s.first && ADVERBS.has(ctx.lower(j))) j--;
    // Or whoever "found that …": a body, a researcher ("the Department of Justice found that …", "the researchers found that …").
    const source =
      evidenceEndingAt(set, j, s.first) ?? (/^f/.test(word) && ctx.lower(v + 1) === 'that' ? finderBefore(set, v, s.first) : null);
    if (!source) continue;
    let k = v + 1;
    if (ctx.lower(k) === 'that') k++;
    // "showed up", "found no record of": no clause ("found no …" is kept: a finding of absence).
    if (
      k >= s.end ||
      tokens[k]!.kind === 'punct' ||
      /^(?:up|off|out|in|to|for|of|on|by|at|with|is|was|are|were|be|been)$/.test(ctx.lower(k))
    )
      continue;
    const end = asideAfterFinding(set, k, clauseEnd(set, k, s.end));
    set.add(source, [v, v + 1], [tokens[k]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'evidence-phrase');
  }
}

/** The description of a document ending at token j, its head a noun of evidence, or null. */
function evidenceEndingAt(set: ClaimSet, j: number, floor: number): Source | null {
  const { ctx, index } = set;
  const { tokens } = ctx;
  for (let h = j; h >= floor && j - h <= QUALIFIER_REACH; h--) {
    const t = tokens[h]!;
    // (A poll the entity rules took for a body, "the USA TODAY/Suffolk University Poll", is still a poll.)
    const m = index.mentionAt.get(h);
    if (
      EVIDENCE_HEADS.has(ctx.lower(h)) &&
      t.kind === 'word' &&
      (!m || (m.last === h + 1 && m.entity.kind !== 'person')) &&
      qualifies(set, h + 1, j)
    ) {
      let a = h;
      // Its modifiers: determiners, adjectives, names, numbers, possessives ("A 2014 Quinnipiac University", "Monday night’s").
      while (a > floor && isModifier(set, a - 1)) a--;
      if (ctx.lower(a) === 'that' || ctx.lower(a) === 'this') return null;
      return { first: a, last: j + 1, sourceType: 'document', entity: null, generic: null };
    }
    // (A relative clause or a second clause before the verb is no qualifier of a subject.)
    if (
      /^(?:that|which|who|and|but|or|because|if|when|while|as|than)$/.test(ctx.lower(h)) ||
      (t.kind === 'punct' && t.text !== ',' && t.text !== '/' && t.text !== '-')
    )
      return null;
  }
  return null;
}

/** Tokens a..j (inclusive) qualify a head: nothing, or a phrase a preposition or participle opens, with no finite verb of its own. */
function qualifies(set: ClaimSet, a: number, j: number): boolean {
  const { ctx } = set;
  if (a > j) return true;
  // "An Associated Press survey of superdelegates, who are influential …, found": a relative clause between commas is kept.
  if (!QUALIFIER_OPENERS.has(ctx.lower(a)) && ctx.tokens[a]!.text !== ',') return false;
  let inRelative = false;
  for (let k = a; k <= j; k++) {
    if (/^(?:who|which)$/.test(ctx.lower(k)) && ctx.tokens[k - 1]?.text === ',') inRelative = true;
    if (ctx.tokens[k]!.text === ',' && k > a) inRelative = false;
    // (A participle of the qualifier is no verb of its own: "a poll released Saturday", "The survey, conducted by …,".)
    if (!inRelative && !QUALIFIER_OPENERS.has(ctx.lower(k)) && ctx.syntax.isFiniteVerb(k)) return false;
  }
  return (
    ctx.tokens[j]!.text !== ',' || inRelativeClosed(set, a, j) || (ctx.tokens[a]!.text === ',' && QUALIFIER_OPENERS.has(ctx.lower(a + 1)))
  );
}

/** A comma right before the verb closes a relative clause the qualifier opened. */
function inRelativeClosed(set: ClaimSet, a: number, j: number): boolean {
  for (let k = a; k < j; k++) if (/^(?:who|which)$/.test(set.ctx.lower(k)) && set.ctx.tokens[k - 1]?.text === ',') return true;
  return false;
}

function isModifier(set: ClaimSet, k: number): boolean {
  const t = set.ctx.tokens[k]!;
  const w = t.lower;
  if (t.kind === 'poss' || t.kind === 'num' || t.text === '/' || t.text === '-') return true;
  if (t.kind !== 'word') return false;
  if (/^(?:a|an|the|new|latest|recent|early|exit|his|her|their|its|our|these|those|many|other|several|some|two|three)$/.test(w))
    return true;
  return (
    !FUNCTION_WORDS.has(w) &&
    !set.ctx.syntax.isFiniteVerb(k) &&
    !set.isSpeech(k) &&
    /^(?:JJ\w?|NNP?S?|CD|VBN)$/.test(set.ctx.syntax.ptb(k) ?? '')
  );
}

/**
 * Whoever "found that …", unless in a clause of time or cause ("after the US found that it had …": a discovery in the
 * story, not a finding reported).
 */
function finderBefore(set: ClaimSet, v: number, floor: number): Source | null {
  const source = sourceBefore(set, v, floor);
  return source && !/^(?:after|when|before|until|once|because|since|as|if|while)$/.test(set.ctx.lower(source.first - 1)) ? source : null;
}
