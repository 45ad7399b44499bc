/**
 * The one context every rule family reads: the text, its tokens and sentences, the lexicon, and
 * what the earlier stages found (syntax, entities, quotations). Built once per analysis by
 * analyze.ts; the stages fill their field in order, and later rules only read.
 */
import type { Lexicon } from './lexicon-types';
import { parseSyntax, type Syntax } from './syntax';
import type { Sentence, Token, Tokenized } from './tokenize';
import { isCapitalised } from './words';

/** A lower-case prefix, a hyphen and a capital: "al-Maliki". */
const PREFIXED = /^(\p{Ll}+)-\p{Lu}/u;

export class Context {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  private parsed: Syntax | null = null;

  constructor(
    readonly doc: Tokenized,
    readonly lex: Lexicon,
  ) {
    this.text = doc.text;
    this.tokens = doc.tokens;
    this.sentences = doc.sentences;
  }

  /** Part-of-speech tags, noun phrases and clause ends, tagged on first use (about 2 ms per 1,000 words). */
  get syntax(): Syntax {
    return (this.parsed ??= parseSyntax(this.doc));
  }

  /** The token's text in lower case ('' past either end). */
  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  // The two below are asked of nearly every token by every rule family: each reads the token once,
  // calling no other method (a fresh process runs them before V8 optimises, where calls cost).

  isCapWord(i: number): boolean {
    const t = this.tokens[i];
    return t?.kind === 'word' && isCapitalised(t.text);
  }

  /**
   * A word that can be part of a name: capitalised, or a capitalised name behind a lower-case
   * hyphenated prefix ("al-Maliki").
   */
  isNameWord(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind !== 'word') return false;
    if (isCapitalised(t.text)) return true;
    const m = t.text.includes('-') ? PREFIXED.exec(t.text) : null;
    return !!m && this.lex.namePrefixes.has(m[1]!);
  }

  /** The text from token a to token b (end exclusive), as written. */
  slice(a: number, b: number): string {
    return this.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end);
  }

  /** The sentence token i is in. */
  sentenceOf(i: number): Sentence {
    return this.sentences[this.tokens[i]!.sentence]!;
  }

  /** Do the tokens from i on read `words` (lower case)? */
  seq(i: number, words: readonly string[]): boolean {
    for (let k = 0; k < words.length; k++) if (this.lower(i + k) !== words[k]) return false;
    return true;
  }
}
