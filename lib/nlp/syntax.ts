/**
 * Syntax the rules can stand on: a part-of-speech tag for each of our tokens (PTB and Universal),
 * finite verbs, noun phrases and where a clause ends. Pure: the tagger's weights are data
 * (lib/nlp/syntax/tagger-weights.json, rebuilt by `npm run train:tagger`), no DOM, no I/O, so it
 * runs the same in Node and in a service worker.
 */
import { clauseBoundary, type ClauseBoundary } from './syntax/clauses';
import { nounPhraseEnd, nounPhraseStart } from './syntax/phrases';
import { TagRun, Tagger, type TaggerWeights } from './syntax/tagger';
import weights from './syntax/tagger-weights.json';
import { toUpos, type Upos } from './syntax/upos';
import type { Token, Tokenized } from './tokenize';

export type { ClauseBoundary, Upos };

let tagger: Tagger | null = null;

/** The tagger, made at the first sentence or word it is asked about (its weights are indexed then). */
function getTagger(): Tagger {
  // JSON gives no tuples: the stored form is the type tagger-weights.test.ts checks it against.
  return (tagger ??= new Tagger(weights as unknown as TaggerWeights));
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

/** A sentence as the tagger reads it, tagged as far as asked (see TagRun). */
interface SentenceRun {
  run: TagRun;
  /** The tagger's words in lower case, as the phrase rules and toUpos compare them. */
  lower: string[];
  /** The index of each token's first word, whose tag the token takes. */
  firstWord: number[];
}

export class Syntax {
  /** Penn Treebank tag of each token, '' until it is tagged. */
  private readonly tags: string[];
  private readonly coarse: Upos[];
  /** Lower-case words, as the phrase rules compare them, filed with the tags. */
  private readonly words: string[];
  /** Each sentence's tagging so far, made at its first question the dictionary does not settle. */
  private readonly runs: Array<SentenceRun | undefined>;
  /** Sentences whose Universal tags are filed: only a rare rule reads them. */
  private readonly uposFiled: Uint8Array;
  /** The dictionary's tag index of each token's word (see knownTag), -1 for none, -2 until asked. */
  private readonly dictTag: Int16Array;
  /** Whether each token is the tagger's word as written (see asWritten): 0 until asked, 1 yes, 2 no. Asked ~2.5 times a token. */
  private readonly written: Uint8Array;

  constructor(readonly doc: Tokenized) {
    const n = doc.tokens.length;
    this.tags = new Array<string>(n).fill('');
    this.coarse = new Array<Upos>(n).fill('X');
    this.words = new Array<string>(n).fill('');
    this.runs = new Array<SentenceRun | undefined>(doc.sentences.length);
    this.uposFiled = new Uint8Array(doc.sentences.length);
    this.dictTag = new Int16Array(n).fill(-2);
    this.written = new Uint8Array(n);
  }

  /** Penn Treebank tag of token i (VBD, VBZ, NNP …); undefined past either end. */
  ptb(i: number): string | undefined {
    const tok = this.doc.tokens[i];
    if (!tok) return undefined;
    const tag = this.tags[i]!;
    if (tag) return tag;
    // The dictionary's tag spares tagging: tag() gives a dictionary word that tag in any context.
    const known = this.knownTag(i);
    if (known !== undefined) return known;
    this.tagToken(tok.sentence, i);
    return this.tags[i];
  }

  /** Universal part of speech of token i (NOUN, PROPN, VERB, AUX …); undefined past either end. */
  upos(i: number): Upos | undefined {
    const tok = this.doc.tokens[i];
    if (!tok) return undefined;
    if (!this.uposFiled[tok.sentence]) this.fileUpos(tok.sentence);
    return this.coarse[i];
  }

  /** Every token's PTB tag, every sentence tagged. */
  allPtb(): readonly string[] {
    for (let s = 0; s < this.runs.length; s++) this.tagSentence(s);
    return this.tags;
  }

  /** Every token's Universal tag, every sentence tagged. */
  allUpos(): readonly Upos[] {
    for (let s = 0; s < this.runs.length; s++) if (!this.uposFiled[s]) this.fileUpos(s);
    return this.coarse;
  }

  /**
   * Tags token i of sentence s (and the words the tagger reads on the way to it, see Tagger.tagAt)
   * and files the tags of the tokens it tagged. The tagger starts afresh at each sentence, and a
   * word's tag depends on no word past the next two, so tagging the sentences in any order, each
   * where asked, gives the tags that tagging the whole text does.
   */
  private tagToken(s: number, i: number): void {
    const first = this.doc.sentences[s]!.first;
    const r = (this.runs[s] ??= this.startRun(s));
    const k = i - first;
    const from = getTagger().tagAt(r.run, r.firstWord[k]!);
    for (let t = k; t >= 0 && r.firstWord[t]! >= from; t--) this.file(r, first, t);
  }

  /** Tags every word of sentence s and files every token's tag. */
  private tagSentence(s: number): SentenceRun {
    const first = this.doc.sentences[s]!.first;
    const r = (this.runs[s] ??= this.startRun(s));
    getTagger().advance(r.run, r.run.words.length - 1);
    for (let t = 0; t < r.firstWord.length; t++) this.file(r, first, t);
    return r;
  }

  /** Files the tag and word of the sentence's token t (its first word's). */
  private file(r: SentenceRun, first: number, t: number): void {
    const w = r.firstWord[t]!;
    this.tags[first + t] = r.run.tags[w]!;
    this.words[first + t] = r.lower[w]!;
  }

  /** The tagger's words of sentence s, in treebank conventions (see taggerWords). */
  private startRun(s: number): SentenceRun {
    const sentence = this.doc.sentences[s]!;
    const words: string[] = [];
    const lower: string[] = [];
    const firstWord: number[] = [];
    const { tokens } = this.doc;
    for (let i = sentence.first; i < sentence.end; i++) {
      firstWord.push(words.length);
      const t = tokens[i]!;
      if (this.asWritten(i)) {
        words.push(t.text);
        lower.push(t.lower);
        continue;
      }
      for (const p of taggerWords(tokens, i)) {
        words.push(p);
        lower.push(p.toLowerCase());
      }
    }
    return { run: new TagRun(words), lower, firstWord };
  }

  /** Files the Universal tags of sentence s: they read the PTB tags of the words after (toUpos), so the whole sentence is tagged. */
  private fileUpos(s: number): void {
    this.uposFiled[s] = 1;
    const first = this.doc.sentences[s]!.first;
    const r = this.tagSentence(s);
    for (let k = 0; k < r.firstWord.length; k++) this.coarse[first + k] = toUpos(r.run.tags, r.lower, r.firstWord[k]!);
  }

  /** Is token i a finite verb or modal ("said", "says", "will"), or a pronoun fused with one ("they're")? */
  isFiniteVerb(i: number): boolean {
    return isFiniteTag(this.ptb(i)) || this.subjectAux(i);
  }

  /**
   * Is token i a finite verb whatever its context: its word one the tagger's dictionary tags VBD,
   * VBZ, VBP or MD (or a pronoun fused with one)? Answered without tagging its sentence; false says
   * only that the dictionary does not settle it.
   */
  isKnownFiniteVerb(i: number): boolean {
    const tok = this.doc.tokens[i];
    if (!tok) return false;
    return this.subjectAux(i) || isFiniteTag(this.knownTag(i));
  }

  /**
   * Is token i a pronoun fused with an auxiliary (SUBJECT_AUX)? Only a word with an apostrophe can
   * be, and asWritten (tested once a token) is false for every such word: most tokens are spared
   * the regular expression (~20,000 tests over 84 texts).
   */
  private subjectAux(i: number): boolean {
    const tok = this.doc.tokens[i];
    return !!tok && !this.asWritten(i) && SUBJECT_AUX.test(tok.text);
  }

  /** The tag the tagger's dictionary gives token i's word whatever its context, or undefined. */
  private knownTag(i: number): string | undefined {
    const tagger = getTagger();
    let k = this.dictTag[i]!;
    if (k === -2) {
      const { tokens } = this.doc;
      k = this.dictTag[i] = tagger.knownIndex(this.asWritten(i) ? tokens[i]!.text : firstTaggerWord(tokens, i));
    }
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
    if (this.tags[i]) return this.words[i]!;
    // What tagToken will file, without tagging: the first of the token's tagger words.
    return this.asWritten(i) ? tok.lower : firstTaggerWord(this.doc.tokens, i).toLowerCase();
  }

  /** asWritten of token i, tested once: the test is a regular expression's call. */
  private asWritten(i: number): boolean {
    let w = this.written[i]!;
    if (w === 0) w = this.written[i] = asWritten(this.doc.tokens[i]!) ? 1 : 2;
    return w === 1;
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
