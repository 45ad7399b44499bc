/**
 * Where a clause ends: the next point in its sentence where a new clause starts. The reported
 * content of "X said the plan failed, arguing that …" stops before ", arguing"; of "… failed, and
 * when pressed he added …" before ", and when". A comma opens a new clause only once the clause
 * has its finite verb: "The minister, speaking in Ottawa, said …" is one clause with an aside.
 */
import type { Syntax } from '../syntax';

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
  /** ", + subject + finite verb": ", he said" */
  | 'comma-clause'
  /** The closing mark of a quotation the clause started inside. */
  | 'quote';

export interface ClauseBoundary {
  /** The first token past the clause. */
  end: number;
  kind: BoundaryKind;
}

/** Subordinators that open an adverbial clause after a comma. Source: the closed class of English subordinating conjunctions (Quirk et al. 1985, §14.12). */
const SUBORDINATORS = new Set([
  'when', 'while', 'whilst', 'as', 'after', 'before', 'because', 'although', 'though', 'since', 'if',
  'unless', 'until', 'whereas', 'once', 'even',
]);
/** -ing words that head a prepositional phrase, not a participial clause ("…, including Iran"). */
const PREPOSITIONAL_ING = new Set(['including', 'excluding', 'regarding', 'concerning', 'following', 'beginning', 'starting', 'ending', 'pending', 'notwithstanding', 'barring', 'involving', 'during']);
const COORDINATORS = new Set(['and', 'but', 'or', 'so', 'yet', 'nor']);
const TERMINAL = new Set(['.', '!', '?', '…']);

/** Does a quotation mark at k open (rather than close) a quotation? */
function opensQuote(syn: Syntax, k: number): boolean {
  const { tokens } = syn.doc;
  const t = tokens[k]!;
  if (/[“‘«„]/.test(t.text)) return true;
  if (/[”’»]/.test(t.text)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const spaceBefore = !prev || prev.end < t.start || t.paraStart;
  return spaceBefore && !!next && next.start === t.end;
}

/** Does a subject and a finite verb start at token m ("he said", "the agency's head will")? */
function startsClause(syn: Syntax, m: number): boolean {
  if (/['’](re|ve|ll|d|m)$/i.test(syn.doc.tokens[m]?.text ?? '') && syn.isFiniteVerb(m)) return true;
  let e = syn.nounPhraseEnd(m, { of: true });
  if (e === m) return false;
  while (/^RB/.test(syn.ptb[e] ?? '')) e++;
  return syn.isFiniteVerb(e);
}

/** Is the clause opened at n an aside: the next comma is followed by the interrupted clause's verb ("the deal, if approved, would …")? */
function isAside(syn: Syntax, n: number, stop: number): boolean {
  for (let k = n; k < stop && k < n + 12; k++) {
    if (syn.doc.tokens[k]!.text === ',') return syn.isFiniteVerb(k + 1);
  }
  return false;
}

/** The end pulled back over punctuation that joins the clause to what follows (`We won,” she said`). */
function trimmed(syn: Syntax, i: number, end: number): number {
  while (end > i + 1 && /^[,:;—–-]$/.test(syn.doc.tokens[end - 1]!.text)) end--;
  return end;
}

export function clauseBoundary(syn: Syntax, i: number): ClauseBoundary {
  const { tokens, sentences } = syn.doc;
  const tok = tokens[i];
  if (!tok) return { end: i, kind: 'sentence' };
  const stop = sentences[tok.sentence]!.end;
  let quotes = 0;
  let brackets = 0;
  let finite = syn.isFiniteVerb(i);
  for (let k = i + 1; k < stop; k++) {
    const t = tokens[k]!;
    if (TERMINAL.has(t.text) && tokens.slice(k + 1, stop).every((u) => u.kind === 'quote' || u.text === ')' || TERMINAL.has(u.text))) {
      return { end: k, kind: 'sentence' };
    }
    if (t.kind === 'quote') {
      if (opensQuote(syn, k)) quotes++;
      else if (quotes > 0) quotes--;
      else return { end: trimmed(syn, i, k), kind: 'quote' };
      continue;
    }
    if (quotes > 0) continue;
    if (t.text === '(' || t.text === '[') brackets++;
    if ((t.text === ')' || t.text === ']') && brackets > 0) brackets--;
    if (brackets > 0) continue;
    if (t.text === ';') return { end: k, kind: 'semicolon' };
    const next = syn.word(k + 1);
    if (finite && t.text === ',') {
      if (syn.ptb[k + 1] === 'VBG' && !PREPOSITIONAL_ING.has(next)) return { end: k, kind: 'participle' };
      if (next === 'according' && syn.word(k + 2) === 'to') return { end: k, kind: 'participle' };
      if (SUBORDINATORS.has(next) && !isAside(syn, k + 1, stop)) return { end: k, kind: 'subordinate' };
      if (COORDINATORS.has(next)) {
        if (SUBORDINATORS.has(syn.word(k + 2))) return { end: k, kind: 'subordinate' };
        if (startsClause(syn, k + 2)) return { end: k, kind: 'coordinate' };
      }
      if (startsClause(syn, k + 1)) return { end: k, kind: 'comma-clause' };
    }
    if (finite && COORDINATORS.has(syn.word(k)) && syn.ptb[k] === 'CC' && startsClause(syn, k + 1)) return { end: k, kind: 'coordinate' };
    if (syn.isFiniteVerb(k)) finite = true;
  }
  return { end: stop, kind: 'sentence' };
}
