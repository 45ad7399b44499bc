/**
 * Where a clause ends: the next point in its sentence where a new clause starts. The reported
 * content of "X said the plan failed, arguing that …" stops before ", arguing"; of "… failed, and
 * when pressed he added …" before ", and when". A comma opens a new clause only once the clause
 * has its finite verb: "The minister, speaking in Ottawa, said …" is one clause with an aside.
 */
import type { Tokenized } from '../tokenize';
import { FiniteSoFar } from './finite-so-far';

/**
 * What the clause rules read of a tagged text. The Syntax class of ../syntax.ts provides it; an
 * interface here because that class calls clauseBoundary, and the two files would otherwise
 * import each other.
 */
export interface TaggedText {
  readonly doc: Tokenized;
  /** Penn Treebank tag of token i; undefined past either end. */
  ptb(i: number): string | undefined;
  isFiniteVerb(i: number): boolean;
  isKnownFiniteVerb(i: number): boolean;
  nounPhraseEnd(i: number, options?: { of?: boolean }): number;
  word(i: number): string;
}

export type BoundaryKind =
  /** The sentence's final punctuation, or the end of the sentence. */
  | 'sentence'
  /** "; " */
  | 'semicolon'
  /** ", arguing …", ", according to …" */
  | 'participle'
  /** ", when …", ", while …", ", and when pressed …" */
  | 'subordinate'
  /** "(,) and/but + subject + finite verb" */
  | 'coordinate'
  /** "(,) and + finite verb", its subject shared: "… would review the defences and warned …" */
  | 'verb-phrase'
  /** ", which …": a non-restrictive relative clause, the writer's aside */
  | 'relative'
  /** ", + subject + finite verb": ", he said" */
  | 'comma-clause'
  /** The closing mark of a quotation the clause started inside. */
  | 'quote';

export interface ClauseBoundary {
  /** The first token past the clause. */
  end: number;
  kind: BoundaryKind;
}

/**
 * Subordinators that, after a comma, open a clause of the narrative rather than of what was said
 * (", when pressed", ", while critics", ", even as"). Reason and condition clauses (", because",
 * ", if", ", although") are left out: they are mostly part of the reported content.
 * Source: the temporal and contrastive subordinators of English (Quirk et al. 1985, §14.12).
 */
const SUBORDINATORS = new Set(['when', 'while', 'whilst', 'as', 'after', 'before', 'whereas', 'even']);
/** -ing words that head a prepositional phrase, not a participial clause ("…, including Iran"). */
const PREPOSITIONAL_ING = new Set([
  'including',
  'excluding',
  'regarding',
  'concerning',
  'following',
  'beginning',
  'starting',
  'ending',
  'pending',
  'notwithstanding',
  'barring',
  'involving',
  'during',
]);
/** The words and marks where clauseBoundary can end a coordinate or comma clause (attribution/clause.ts skips to them). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet', 'nor']);
const TERMINAL = new Set(['.', '!', '?', '…']);
/** A finite lexical verb (modals left out: "and will" continues a verb phrase more often than not). */
const FINITE_VERB = /^(VBD|VBZ|VBP)$/;
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);
/** Tags of words that can end a noun phrase: "and" after one may join two subjects ("he and his family were"). */
const NOMINAL = /^(NN|NNS|NNP|NNPS|PRP|CD)$/;

const SINGLE = /^['‘’‚‛]$/;

/**
 * Does a quotation mark at k open a quotation (+1), close one (-1), or neither (0: an apostrophe,
 * "officials' confidence")? Single marks count only as quotation marks when one opened before.
 */
function quoteStep(syn: TaggedText, k: number, singles: number): number {
  const { tokens } = syn.doc;
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const spaceBefore = !prev || prev.end < t.start || t.paraStart;
  const gluedAfter = !!next && next.start === t.end;
  const opens = /[“‘«„]/.test(t.text) || (!/[”’»]/.test(t.text) && spaceBefore && gluedAfter);
  if (SINGLE.test(t.text)) return opens ? 1 : singles > 0 ? -1 : 0;
  return opens ? 1 : -1;
}

/** Does a subject and a finite verb start at token m ("he said", "the agency's head will")? */
function startsClause(syn: TaggedText, m: number): boolean {
  // "said that A and that B": a second complement of the same verb, not a clause of its own.
  if (syn.word(m) === 'that') return false;
  if (/['’](re|ve|ll|d|m)$/i.test(syn.doc.tokens[m]?.text ?? '') && syn.isFiniteVerb(m)) return true;
  let e = syn.nounPhraseEnd(m, { of: true });
  if (e === m) return false;
  while (/^RB/.test(syn.ptb(e) ?? '')) e++;
  return syn.isFiniteVerb(e);
}

/** Is the clause opened at n an aside: the next comma is followed by the interrupted clause's verb ("the deal, if approved, would …")? */
function isAside(syn: TaggedText, n: number, stop: number): boolean {
  for (let k = n; k < stop && k < n + 12; k++) {
    if (syn.doc.tokens[k]!.text === ',') return syn.isFiniteVerb(k + 1);
  }
  return false;
}

/** The end pulled back over punctuation that joins the clause to what follows (`We won,” she said`). */
function trimmed(syn: TaggedText, i: number, end: number): number {
  while (end > i + 1 && /^[,:;—–-]$/.test(syn.doc.tokens[end - 1]!.text)) end--;
  return end;
}

export function clauseBoundary(syn: TaggedText, i: number): ClauseBoundary {
  const { tokens, sentences } = syn.doc;
  const tok = tokens[i];
  if (!tok) return { end: i, kind: 'sentence' };
  const stop = sentences[tok.sentence]!.end;
  const first = sentences[tok.sentence]!.first;
  // Quotations open at i (counted from the sentence's start): their closing mark ends the clause.
  let outer = 0;
  let outerSingles = 0;
  for (let k = first; k < i; k++) {
    if (tokens[k]!.kind !== 'quote') continue;
    const step = quoteStep(syn, k, outerSingles);
    outer = Math.max(0, outer + step);
    if (SINGLE.test(tokens[k]!.text)) outerSingles = Math.max(0, outerSingles + step);
  }
  let quotes = 0;
  let singles = 0;
  let brackets = 0;
  // Has the clause a finite verb among the tokens added so far? Asked only at a comma, dash or coordinator.
  const finite = new FiniteSoFar(syn);
  finite.add(i);
  for (let k = i; k < stop; k++) {
    const t = tokens[k]!;
    if (
      k > i &&
      TERMINAL.has(t.text) &&
      tokens.slice(k + 1, stop).every((u) => u.kind === 'quote' || u.text === ')' || TERMINAL.has(u.text))
    ) {
      return { end: trimmed(syn, i, k), kind: 'sentence' };
    }
    if (t.kind === 'quote') {
      const step = quoteStep(syn, k, singles + outerSingles);
      if (SINGLE.test(t.text)) singles += step;
      if (step > 0) quotes++;
      else if (step < 0 && quotes > 0) quotes--;
      else if (step < 0 && outer > 0 && k > i) return { end: trimmed(syn, i, k), kind: 'quote' };
      continue;
    }
    if (k === i) continue;
    if (quotes > 0) continue;
    if (t.text === '(' || t.text === '[') brackets++;
    if ((t.text === ')' || t.text === ']') && brackets > 0) brackets--;
    if (brackets > 0) continue;
    if (t.text === ';') return { end: trimmed(syn, i, k), kind: 'semicolon' };
    const next = syn.word(k + 1);
    if ((t.text === ',' || DASHES.has(t.text)) && finite.seen()) {
      // ", arguing …", ", implicitly putting …"
      const ing = /^RB/.test(syn.ptb(k + 1) ?? '') ? k + 2 : k + 1;
      if (syn.ptb(ing) === 'VBG' && !PREPOSITIONAL_ING.has(syn.word(ing))) return { end: k, kind: 'participle' };
      if (next === 'which') return { end: k, kind: 'relative' };
      if (next === 'according' && syn.word(k + 2) === 'to') return { end: k, kind: 'participle' };
      if (SUBORDINATORS.has(next) && !isAside(syn, k + 1, stop)) return { end: k, kind: 'subordinate' };
      if (COORDINATORS.has(next)) {
        if (SUBORDINATORS.has(syn.word(k + 2))) return { end: k, kind: 'subordinate' };
        if (startsClause(syn, k + 2)) return { end: k, kind: 'coordinate' };
        if (FINITE_VERB.test(syn.ptb(k + 2) ?? '')) return { end: k, kind: 'verb-phrase' };
      }
      if (startsClause(syn, k + 1)) return { end: k, kind: 'comma-clause' };
    }
    if (COORDINATORS.has(syn.word(k)) && finite.seen() && syn.ptb(k) === 'CC') {
      if (!NOMINAL.test(syn.ptb(k - 1) ?? '') && startsClause(syn, k + 1)) return { end: k, kind: 'coordinate' };
      // Not "rose and fell": two verbs joined directly share their objects.
      if (FINITE_VERB.test(syn.ptb(k + 1) ?? '') && !/^(VB|MD)/.test(syn.ptb(k - 1) ?? '')) return { end: k, kind: 'verb-phrase' };
    }
    finite.add(k);
  }
  return { end: stop, kind: 'sentence' };
}
