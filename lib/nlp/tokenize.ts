/**
 * Tokens and sentences with their offsets in the text. One pass of one regular expression whose
 * alternatives cannot overlap, so it runs in linear time on any input.
 */

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'poss';

export interface Token {
  start: number;
  end: number;
  text: string;
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

// Alternatives, in order: acronyms with dots (U.S., a.m.), words (letters, digits, inner hyphens,
// dots and apostrophes, but not a possessive 's), numbers, possessives, quote marks, any other
// visible character. No alternative can match the empty string or backtrack over another.
const TOKEN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[\-.&][\p{L}\p{M}\p{N}]+|['’](?![sS](?![\p{L}\p{M}]))[\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|''|``|['’][sS]?(?![\p{L}\p{M}])|["“”„‟«»‘‚‛]|[^\s\p{L}\p{M}\p{N}]/gu;

// '' and `` are typewriter double quotes (some newspapers' archives still print them).
const QUOTES = /^["“”„‟«»‘‚‛']$|^’$|^''$|^``$/;

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (QUOTES.test(text)) return 'quote';
  if ((c === 39 || c === 0x2019) && text.length === 2) return 'poss';
  if (/^\p{N}/u.test(text)) return 'num';
  if (/^[\p{L}\p{M}]/u.test(text)) return 'word';
  return 'punct';
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

const ENDS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Is the word before a dot an abbreviation, so that the dot does not end the sentence? */
export type IsAbbreviation = (word: string) => boolean;

export function tokenize(text: string, isAbbreviation: IsAbbreviation = () => false): Tokenized {
  const tokens: Token[] = [];
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const gap = text.slice(lastEnd, start);
    tokens.push({
      start,
      end: start + m[0].length,
      text: m[0],
      kind: kindOf(m[0]),
      sentence: 0,
      paraStart: tokens.length === 0 || gap.includes('\n'),
    });
    lastEnd = start + m[0].length;
  }
  return { text, tokens, sentences: splitSentences(tokens, isAbbreviation) };
}

function isUpperStart(t: Token | undefined): boolean {
  return !!t && /^[\p{Lu}\p{N}]/u.test(t.text);
}

function splitSentences(tokens: Token[], isAbbreviation: IsAbbreviation): Sentence[] {
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
    if (t.paraStart && i > first) {
      close(i);
      paragraph++;
    } else if (t.paraStart && i > 0) {
      paragraph++;
    }
    if (!ENDS.has(t.text)) continue;
    // The dot of "Mr." or of an initial ("J.") does not end a sentence.
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && prev.end === t.start && prev.kind === 'word' && (isAbbreviation(prev.text) || /^\p{Lu}$/u.test(prev.text))) continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && !tokens[j]!.paraStart) j++;
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
