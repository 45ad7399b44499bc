/**
 * Tokens and sentences with their offsets in the text. One pass of one regular expression whose
 * alternatives cannot overlap, so it runs in linear time on any input.
 */

import { SENTENCE_STARTS } from './lexicons/sentence-starts';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'poss';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** The text in lower case, once: the rules and the lexicons' phrase lookups compare it again and again. */
  lower: string;
  kind: TokenKind;
  /** Index of the sentence the token is in. */
  sentence: number;
  /** First token of its paragraph (the text had a line break before it). */
  paraStart: boolean;
}

export interface Sentence {
  /** Token index range, end exclusive. */
  first: number;
  end: number;
  /** Character offsets. */
  start: number;
  stop: number;
  paragraph: number;
}

// How V8 runs the pattern decides much of tokenizing's time, at start and per character. It tests
// a class of many ranges (a Unicode category) by a call per character but a small class inline,
// and merges the ranges of a union of categories ([\p{L}\p{M}]) each time it compiles the pattern.
// So each class below reads ASCII first and then names its categories one by one: the categories
// are disjoint and ASCII is part of them, so a character is read the same either way, and nothing
// after a run can fail (the rest of each alternative is optional), so no run is ever read back.
/** One letter or mark: [\p{L}\p{M}]. */
const LETTER = String.raw`(?:[a-zA-Z]|\p{L}|\p{M})`;
/** A step of a run of letters and marks, [\p{L}\p{M}]+. */
const LETTERS = String.raw`(?:[a-zA-Z]+|\p{L}|\p{M})`;
/** A step of a run of letters, marks and digits, [\p{L}\p{M}\p{N}]+. */
const ALNUMS = String.raw`(?:[a-zA-Z0-9]+|\p{L}|\p{M}|\p{N})`;
/** A step of a run of digits, \p{N}+. */
const DIGITS = String.raw`(?:[0-9]+|\p{N})`;
/** Not followed by a letter or mark: (?![\p{L}\p{M}]). */
const NO_LETTER = String.raw`(?!\p{L}|\p{M})`;

// Alternatives, in order: acronyms with dots (U.S., a.m.), words (letters, digits, inner hyphens,
// dots and apostrophes, but not a possessive 's), numbers, possessives, quote marks, any other
// visible character ([^\s\p{L}\p{M}\p{N}]). No alternative can match the empty string or
// backtrack over another. None can start at white space either: the lookahead (?=\S) says so
// first, one inline test per space. tests/unit/nlp/tokenize.test.ts holds it to the pattern
// written with plain classes.
const TOKEN = new RegExp(
  String.raw`(?=\S)(?:` +
    [
      String.raw`(?=[^]\.)(?:\p{L}\.){2,}`,
      `${LETTER}${ALNUMS}*(?:[-.&]${ALNUMS}+|['’](?![sS]${NO_LETTER})${LETTERS}+)*`,
      `${DIGITS}+(?:[.,:]${DIGITS}+)*`,
      "''|``",
      `['’][sS]?${NO_LETTER}`,
      '["“”„‟«»‘‚‛]',
      String.raw`[!-/:-@[-${'`'}{-~]|(?!\p{L}|\p{M}|\p{N})\S`,
    ].join('|') +
    ')',
  'gu',
);

// '' and `` are typewriter double quotes (some newspapers' archives still print them). A set: a
// regex test per punctuation token cost more than the lookup, and no mark is longer than two.
const QUOTES = new Set(['"', '“', '”', '„', '‟', '«', '»', '‘', '‚', '‛', "'", '’', "''", '``']);

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  // Most tokens open with an ASCII letter or digit: no quote mark, no possessive, and no need of the regexes.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (c >= 48 && c <= 57) return 'num';
  if (text.length <= 2 && QUOTES.has(text)) return 'quote';
  if ((c === 39 || c === 0x2019) && text.length === 2) return 'poss';
  // Any other ASCII opening (",", ".", "-", "$") is punctuation: ASCII letters and digits are settled above.
  if (c < 128) return 'punct';
  if (/^\p{N}/u.test(text)) return 'num';
  if (/^[\p{L}\p{M}]/u.test(text)) return 'word';
  return 'punct';
}

// Tokens are built by a constructor rather than an object literal: V8 ties optimised code that
// builds a literal to its allocation site's choice of heap generation, and when a collection in
// mid-pass changed that choice it threw away tokenize's and push's code and compiled them again.
// The interface lends the class Token's fields without writing them out twice; the merging is
// safe, as the constructor sets every one of them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
interface TokenRecord extends Token {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
class TokenRecord {
  constructor(start: number, piece: string, paraStart: boolean) {
    this.start = start;
    this.end = start + piece.length;
    this.text = piece;
    this.lower = piece.toLowerCase();
    this.kind = kindOf(piece);
    this.sentence = 0;
    this.paraStart = paraStart;
  }
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const ENDS = new Set(['.', '!', '?', '…']);
/** ENDS by their character codes, as a table: read for every token, where a set's has() would be a call each. */
const ENDINGS = new Uint8Array(Math.max(...[...ENDS].map((e) => e.charCodeAt(0))) + 1);
for (const e of ENDS) ENDINGS[e.charCodeAt(0)] = 1;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Is the word before a dot an abbreviation, so that the dot does not end the sentence? */
export type IsAbbreviation = (word: string) => boolean;

/** The first token ending after character `pos`, or tokens.length (a binary search: tokens are in text order). */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tokenize(text: string, isAbbreviation: IsAbbreviation = () => false): Tokenized {
  const tokens: Token[] = [];
  const push = (start: number, piece: string, paraStart: boolean) => tokens.push(new TokenRecord(start, piece, paraStart));
  let lastEnd = 0;
  // The first line break at or after lastEnd: a token opens a paragraph when one lies in the gap before it.
  let newline = -1;
  // exec() from lastIndex rather than matchAll(): the same matches, without an iterator's
  // protocol per token, which costs a cold process (one CLI run) some 40% of tokenizing.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const word = m[0];
    if (newline < lastEnd) {
      // None left: the text's length, past every token and a small integer (-1 >>> 0 is not one,
      // and comparing it the first time made V8 throw tokenize's optimised code away).
      const next = text.indexOf('\n', lastEnd);
      newline = next < 0 ? text.length : next;
    }
    const paraStart = tokens.length === 0 || newline < start;
    // Only a full stop can glue two words together, and only with two letters either side of it
    // (GLUED): a shorter token, as every full stop of a sentence's end, is itself without a look.
    // (k is compared first so that the comparison has run by the time V8 optimises tokenize: one
    // it had never seen run threw the code away.)
    if (word.length < 5 || !word.includes('.')) tokens.push(new TokenRecord(start, word, paraStart));
    else splitGlued(word).forEach(([a, b], k) => push(start + a, word.slice(a, b), k === 0 && paraStart));
    lastEnd = start + word.length;
  }
  return { text, tokens, sentences: splitSentences(tokens, isAbbreviation) };
}

// A full stop with no space after it between a lower-case word and a capitalised one
// ("McGuinty.Had"): two sentences run together, not "Amazon.com", "ASP.NET" or "Ph.D".
const GLUED = /(?<=\p{Ll}{2})\.(?=\p{Lu}\p{Ll})/u;

/** The pieces of a matched token, as [start, end) within it: itself, or word, dot, rest when glued. */
function splitGlued(word: string): Array<[number, number]> {
  const m = GLUED.exec(word);
  if (!m) return [[0, word.length]];
  return [
    [0, m.index],
    [m.index, m.index + 1],
    ...splitGlued(word.slice(m.index + 1)).map(([a, b]): [number, number] => [a + m.index + 1, b + m.index + 1]),
  ];
}

const STARTS = new Set(SENTENCE_STARTS.split(/\s+/).filter(Boolean));

const UPPER_START = /^[\p{Lu}\p{N}]/u;
const CAPITAL = /^\p{Lu}$/u;

function isUpperStart(t: Token | undefined): boolean {
  return !!t && UPPER_START.test(t.text);
}

/** Is token i the full stop of an abbreviation ("Mr.", "J.") or an acronym with dots ("U.S.")? */
function isAbbreviationEnd(tokens: Token[], i: number, isAbbreviation: IsAbbreviation): boolean {
  const t = tokens[i]!;
  if (t.kind === 'word' && t.text.length > 2 && t.text.endsWith('.')) return true;
  if (t.text !== '.') return false;
  const prev = tokens[i - 1];
  return !!prev && prev.end === t.start && prev.kind === 'word' && (isAbbreviation(prev.text) || CAPITAL.test(prev.text));
}

/** The index where a new sentence starts at or after j (past closing quotes), or -1. */
function opensAfter(tokens: Token[], j: number): number {
  while (j < tokens.length && isCloser(tokens, j)) j++;
  const next = tokens[j];
  if (!next) return -1;
  if (next.paraStart || STARTS.has(next.text)) return j;
  // An opening quote before an opener: "... Inc. "The company ..."
  const after = tokens[j + 1];
  if (next.kind === 'quote' && after && after.start === next.end && STARTS.has(after.text)) return j;
  return -1;
}

/**
 * Does token j close what came before (a closing quote or bracket), rather than open what comes
 * next? A straight quote with a space before it and a word glued after it opens.
 */
function isCloser(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.paraStart || !CLOSERS.has(t.text)) return false;
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  const spaceBefore = !prev || prev.end < t.start;
  const gluedAfter = !!next && next.start === t.end && !next.paraStart;
  return !(spaceBefore && gluedAfter && (t.text === '"' || t.text === "'"));
}

export function splitSentences(tokens: Token[], isAbbreviation: IsAbbreviation): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (end: number) => {
    if (end <= first) return;
    const index = sentences.length;
    for (let i = first; i < end; i++) tokens[i]!.sentence = index;
    sentences.push({ first, end, start: tokens[first]!.start, stop: tokens[end - 1]!.end, paragraph });
    first = end;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.paraStart && i > 0) {
      close(i);
      paragraph++;
    }
    // Only a token that ends in a full stop (".", "Inc.", "U.S.") or is one of ENDS can end a
    // sentence: the others, nearly all, are passed over at one test.
    if (ENDINGS[t.text.charCodeAt(t.text.length - 1)] !== 1) continue;
    if (isAbbreviationEnd(tokens, i, isAbbreviation)) {
      // "U.S.", "Inc.", "Jr.", "a.m." end a sentence only when a sentence opener follows.
      const k = opensAfter(tokens, i + 1);
      if (k >= 0) close(k);
      continue;
    }
    if (!ENDS.has(t.text)) continue;
    const after = tokens[i + 1];
    // ".45-caliber", ".5 percent": a full stop glued to the digits after it is a decimal point.
    if (t.text === '.' && after && after.start === t.end && after.kind === 'num') continue;
    let j = i + 1;
    while (j < tokens.length && isCloser(tokens, j)) j++;
    const next = tokens[j];
    if (!next || next.paraStart || isUpperStart(next) || next.kind === 'quote') close(j);
  }
  close(tokens.length);
  return sentences;
}

/** The token texts of a short phrase, as tokenize() would cut them (lexicon entries). */
export function splitWords(phrase: string): string[] {
  return phrase.match(TOKEN) ?? [];
}
