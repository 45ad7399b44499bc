/**
 * Characterisations, the claims made by naming something: "Clinton called half of Trump's
 * supporters “deplorables”", "Democrats called the citation a political ploy", "the NAACP called
 * for a moratorium", "she described the plan as a disaster". The content is what follows the
 * verb (the thing and what it was called), up to the end of the clause.
 */
import { NAMING_VERBS, NEGATIONS } from '../lexicons/reporting';
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';
import { clauseEnd } from './clause';
import { isCapitalised, isLowerCased } from '../words';

const NOT_AFTER = new Set([
  'on',
  'off',
  'back',
  'up',
  'in',
  'out',
  'it',
  'him',
  'her',
  'them',
  'me',
  'us',
  'at',
  'to',
  'by',
  'from',
  'into',
  'with',
  'as',
  'himself',
  'herself',
  'themselves',
  'a',
  'an',
]);

export function findNamings(set: ClaimSet): void {
  const { ctx, usedCue } = set;
  const { tokens } = ctx;
  // Only the tokens of its words (cue-words.ts), each in the range of its sentence it was looked for in.
  for (const v of set.tokensOf(NAMING_VERBS)) {
    const s = ctx.sentenceOf(v);
    if (v < s.first + 1 || v >= s.end - 2) continue;
    const w = ctx.lower(v);
    if (usedCue.has(v) || set.quoteAt(v) >= 0 || !isLowerCased(tokens[v]!.text)) continue;
    // "was called", "so-called", "to call", "did not call": no one naming anything.
    const before = ctx.lower(v - 1);
    if (
      before === 'was' ||
      before === 'were' ||
      before === 'be' ||
      before === 'been' ||
      before === 'is' ||
      before === 'to' ||
      NEGATIONS.has(before)
    )
      continue;
    let k = v + 1;
    const forCall = ctx.lower(k) === 'for' && w.startsWith('call');
    if (forCall) k++;
    else if (
      NOT_AFTER.has(ctx.lower(k)) &&
      !(ctx.lower(k) === 'it' || ctx.lower(k) === 'them' || ctx.lower(k) === 'him' || ctx.lower(k) === 'her')
    )
      continue;
    // "called it …", "called him …": the object is what is named, and a complement must follow.
    if (
      !forCall &&
      /^(?:it|him|her|them)$/.test(ctx.lower(k)) &&
      ((NOT_AFTER.has(ctx.lower(k + 1)) && ctx.lower(k + 1) !== 'a' && ctx.lower(k + 1) !== 'an') || tokens[k + 1]?.kind === 'punct')
    )
      continue;
    if (k >= s.end || tokens[k]!.kind === 'punct') continue;
    // "called Alicia Machado on Friday to thank her", "called the hearing because …": no name
    // given. A naming has an object and then what it is called: a quotation, a noun phrase or an
    // adjective ("called the charges unsubstantiated", "called Pereira a member of the team").
    // (The source first: most verbs have none, and reading the object tags the sentence.)
    const source = sourceBefore(set, v, s.first);
    if (!source) continue;
    // "a Pakistan-based group called Lashkar-e-Taiba", "a website called “Cape Breton If Trump
    // Wins”": a thing and its name (a participle after an indefinite noun), not someone naming.
    if (
      w === 'called' &&
      !forCall &&
      /^(?:a|an)$/.test(ctx.lower(source.first)) &&
      source.sourceType !== 'anonymous' &&
      source.sourceType !== 'named-person' &&
      (tokens[k]!.kind === 'quote' || isCapitalised(tokens[k]!.text))
    )
      continue;
    if (!forCall && !namesAfterObject(set, k, s.end)) continue;
    const end = clauseEnd(set, k, s.end);
    const stop = end < s.end ? tokens[end]!.start : s.stop;
    set.add(source, [v, v + (forCall ? 2 : 1)], [tokens[k]!.start, stop], false, null, forCall ? 'naming-for' : 'naming');
  }
}

function namesAfterObject(set: ClaimSet, k: number, stop: number): boolean {
  const syn = set.ctx.syntax;
  const e = set.ctx.tokens[k]?.kind === 'quote' ? k : syn.nounPhraseEnd(k);
  if (e >= stop) return false;
  if (set.ctx.tokens[e]!.kind === 'quote') return true;
  // "described the plan as a disaster"
  if (set.ctx.lower(e) === 'as') return true;
  return COMPLEMENT_TAGS.has(syn.ptb(e) ?? '');
}

/**
 * The PTB tags of a complement: those whose Universal tag is a determiner, adjective, noun, proper
 * noun or number, which lib/nlp/syntax/upos.ts gives each whatever its context. Read by PTB tag,
 * which tags the sentence only as far as the word (a Universal tag tags it to its end).
 */
export const COMPLEMENT_TAGS: ReadonlySet<string> = new Set(['DT', 'PDT', 'JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'CD']);
