/**
 * Syntax the rules can stand on: a part-of-speech tag for each of our tokens (PTB and Universal),
 * finite verbs, noun phrases and where a clause ends. Pure: the tagger's weights are data
 * (lib/nlp/syntax/tagger-weights.json, rebuilt by `npm run train:tagger`), no DOM, no I/O, so it
 * runs the same in Node and in a service worker.
 */
import { clauseBoundary, type ClauseBoundary } from './syntax/clauses';
import { nounPhraseEnd, nounPhraseStart } from './syntax/phrases';
import { Tagger, type TaggerWeights } from './syntax/tagger';
import weights from './syntax/tagger-weights.json';
import { toUpos, type Upos } from './syntax/upos';
import type { Token, Tokenized } from './tokenize';

export type { ClauseBoundary, Upos };

let tagger: Tagger | null = null;

/** The tagger, made at the first sentence or word it is asked about (its weights are indexed then). */
function getTagger(): Tagger {
  return (tagger ??= new Tagger(weights as TaggerWeights));
}

/** Contractions our tokenizer keeps whole but the treebank splits: "didn't" is tagged as "did". */
const NEGATED = /^(.+?)n['’]t$/i;
const STEMS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const APOSTROPHE = /['’]/;
/** "they're", "I'll", "we've": a pronoun and a finite auxiliary in one token. */
const SUBJECT_AUX = /^(i|you|he|she|it|we|they|there|that|who|what)['’](re|ve|ll|d|m|s)$/i;

/**
 * The words the tagger sees for one of our tokens, in treebank conventions: quotes as '"', dashes
 * as "--", and contractions split as the treebank splits them ("didn't" -> "did n't", "they're"
 * -> "they 're"); the token takes the first word's tag.
 */
function taggerWords(tokens: readonly Token[], i: number): string[] {
  const t = tokens[i]!;
  if (asWritten(t)) return [t.text];
  if (t.kind === 'quote') return possessive(tokens, i) ? ["'"] : ['"'];
  if (t.text === '—' || t.text === '–') return ['--'];
  if (t.text === '…') return ['...'];
  // A word with an apostrophe.
  const neg = NEGATED.exec(t.text);
  if (neg && t.text.length > 3) return [STEMS[neg[1]!.toLowerCase()] ?? neg[1]!, "n't"];
  const aux = SUBJECT_AUX.exec(t.text);
  if (aux) return [aux[1]!, `'${aux[2]!}`];
  return [t.text];
}

/** Is the token the tagger's word as it stands (no quote mark, dash or contraction to rewrite)? Most are. */
function asWritten(t: Token): boolean {
  if (t.kind === 'quote' || t.text === '—' || t.text === '–' || t.text === '…') return false;
  return t.kind !== 'word' || !APOSTROPHE.test(t.text);
}

/** The tagger's first word for token i, whose tag the token takes (taggerWords without the array for most tokens). */
function firstTaggerWord(tokens: readonly Token[], i: number): string {
  const t = tokens[i]!;
  return asWritten(t) ? t.text : taggerWords(tokens, i)[0]!;
}

/** A finite verb's or a modal's tag: past, present third person, present other, modal. */
function isFiniteTag(t: string | undefined): boolean {
  return t === 'VBD' || t === 'VBZ' || t === 'VBP' || t === 'MD';
}

/** An apostrophe glued to a plural ("officials' confidence") is the possessive, not a quotation mark. */
function possessive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (t.text === "'" || t.text === '’') && tokens[i - 1]?.end === t.start && /s$/i.test(tokens[i - 1]!.text);
}

export class Syntax {
  /** Penn Treebank tag of each token, '' until its sentence is tagged. */
  private readonly tags: string[];
  private readonly coarse: Upos[];
  /** Lower-case words, as the phrase rules compare them. */
  private readonly words: string[];
  /** Which sentences are tagged: the rules read the tags of about half the sentences of a news text. */
  private readonly tagged: Uint8Array;
  /** The dictionary's tag index of each token's word (see knownTag), -1 for none, -2 until asked. */
  private readonly dictTag: Int16Array;

  constructor(readonly doc: Tokenized) {
    const n = doc.tokens.length;
    this.tags = new Array<string>(n).fill('');
    this.coarse = new Array<Upos>(n).fill('X');
    this.words = new Array<string>(n).fill('');
    this.tagged = new Uint8Array(doc.sentences.length);
    this.dictTag = new Int16Array(n).fill(-2);
  }

  /** Penn Treebank tag of token i (VBD, VBZ, NNP …); undefined past either end. */
  ptb(i: number): string | undefined {
    const tok = this.doc.tokens[i];
    if (!tok) return undefined;
    if (!this.tagged[tok.sentence]) {
      // The dictionary's tag spares tagging the sentence: tag() gives a dictionary word that tag in any context.
      const known = this.knownTag(i);
      if (known !== undefined) return known;
      this.tagSentence(tok.sentence);
    }
    return this.tags[i];
  }

  /** Universal part of speech of token i (NOUN, PROPN, VERB, AUX …); undefined past either end. */
  upos(i: number): Upos | undefined {
    const tok = this.doc.tokens[i];
    if (!tok) return undefined;
    // The Universal tag reads the neighbours' tags too: the sentence is tagged.
    if (!this.tagged[tok.sentence]) this.tagSentence(tok.sentence);
    return this.coarse[i];
  }

  /** Every token's PTB tag, every sentence tagged. */
  allPtb(): readonly string[] {
    this.tagAll();
    return this.tags;
  }

  /** Every token's Universal tag, every sentence tagged. */
  allUpos(): readonly Upos[] {
    this.tagAll();
    return this.coarse;
  }

  private tagAll(): void {
    for (let s = 0; s < this.tagged.length; s++) if (!this.tagged[s]) this.tagSentence(s);
  }

  /**
   * Tags one sentence. The tagger starts afresh at each sentence, so tagging them one at a time,
   * in any order, gives the tags that tagging the whole text does.
   */
  private tagSentence(index: number): void {
    this.tagged[index] = 1;
    const s = this.doc.sentences[index]!;
    const words: string[] = [];
    const lower: string[] = [];
    const firstWord: number[] = [];
    const { tokens } = this.doc;
    for (let i = s.first; i < s.end; i++) {
      firstWord.push(words.length);
      const t = tokens[i]!;
      if (asWritten(t)) {
        words.push(t.text);
        lower.push(t.lower);
        continue;
      }
      for (const p of taggerWords(tokens, i)) {
        words.push(p);
        lower.push(p.toLowerCase());
      }
    }
    const tags = getTagger().tag(words);
    for (let k = 0; k < firstWord.length; k++) {
      const w = firstWord[k]!;
      this.tags[s.first + k] = tags[w]!;
      this.coarse[s.first + k] = toUpos(tags, lower, w);
      this.words[s.first + k] = lower[w]!;
    }
  }

  /** Is token i a finite verb or modal ("said", "says", "will"), or a pronoun fused with one ("they're")? */
  isFiniteVerb(i: number): boolean {
    return isFiniteTag(this.ptb(i)) || SUBJECT_AUX.test(this.doc.tokens[i]?.text ?? '');
  }

  /**
   * Is token i a finite verb whatever its context: its word one the tagger's dictionary tags VBD,
   * VBZ, VBP or MD (or a pronoun fused with one)? Answered without tagging its sentence; false says
   * only that the dictionary does not settle it.
   */
  isKnownFiniteVerb(i: number): boolean {
    const tok = this.doc.tokens[i];
    if (!tok) return false;
    return SUBJECT_AUX.test(tok.text) || isFiniteTag(this.knownTag(i));
  }

  /** The tag the tagger's dictionary gives token i's word whatever its context, or undefined. */
  private knownTag(i: number): string | undefined {
    const tagger = getTagger();
    let k = this.dictTag[i]!;
    if (k === -2) k = this.dictTag[i] = tagger.knownIndex(firstTaggerWord(this.doc.tokens, i));
    return tagger.tagName(k);
  }

  /** The end (exclusive) of the noun phrase starting at token i; i when none starts there. */
  nounPhraseEnd(i: number, options: { of?: boolean } = {}): number {
    return nounPhraseEnd(this, i, this.sentenceEnd(i), options.of ?? false);
  }

  /** The first token of the noun phrase ending at token j (inclusive); j + 1 when none ends there. */
  nounPhraseStart(j: number): number {
    const tok = this.doc.tokens[j];
    if (!tok) return j + 1;
    return nounPhraseStart(this, j, this.doc.sentences[tok.sentence]!.first);
  }

  /** Where the clause starting at token i ends (exclusive) and why. */
  clauseBoundary(i: number): ClauseBoundary {
    return clauseBoundary(this, i);
  }

  /** Where the clause starting at token i ends: the first token past it. */
  clauseEnd(i: number): number {
    return clauseBoundary(this, i).end;
  }

  /** The lower-case word of token i ('' past either end). */
  word(i: number): string {
    const tok = this.doc.tokens[i];
    if (!tok) return '';
    if (this.tagged[tok.sentence]) return this.words[i]!;
    // What tagSentence will file, without tagging: the first of the token's tagger words.
    return asWritten(tok) ? tok.lower : firstTaggerWord(this.doc.tokens, i).toLowerCase();
  }

  private sentenceEnd(i: number): number {
    const tok = this.doc.tokens[i];
    return tok ? this.doc.sentences[tok.sentence]!.end : i;
  }
}

/** The text's syntax, each sentence tagged when first read; build once per analysis and share (tagging is the cost). */
export function parseSyntax(doc: Tokenized): Syntax {
  return new Syntax(doc);
}
