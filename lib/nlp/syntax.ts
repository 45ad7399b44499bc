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

/** Contractions our tokenizer keeps whole but the treebank splits: "didn't" is tagged as "did". */
const NEGATED = /^(.+?)n['’]t$/i;
const STEMS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
/** "they're", "I'll", "we've": a pronoun and a finite auxiliary in one token. */
const SUBJECT_AUX = /^(i|you|he|she|it|we|they|there|that|who|what)['’](re|ve|ll|d|m|s)$/i;

/**
 * The words the tagger sees for one of our tokens, in treebank conventions: quotes as '"', dashes
 * as "--", and contractions split as the treebank splits them ("didn't" -> "did n't", "they're"
 * -> "they 're"); the token takes the first word's tag.
 */
function taggerWords(tokens: readonly Token[], i: number): string[] {
  const t = tokens[i]!;
  if (t.kind === 'quote') return possessive(tokens, i) ? ["'"] : ['"'];
  if (t.text === '—' || t.text === '–') return ['--'];
  if (t.text === '…') return ['...'];
  if (t.kind !== 'word' || !/['’]/.test(t.text)) return [t.text];
  const neg = NEGATED.exec(t.text);
  if (neg && t.text.length > 3) return [STEMS[neg[1]!.toLowerCase()] ?? neg[1]!, "n't"];
  const aux = SUBJECT_AUX.exec(t.text);
  if (aux) return [aux[1]!, `'${aux[2]!}`];
  return [t.text];
}

/** An apostrophe glued to a plural ("officials' confidence") is the possessive, not a quotation mark. */
function possessive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (t.text === "'" || t.text === '’') && tokens[i - 1]?.end === t.start && /s$/i.test(tokens[i - 1]!.text);
}

export class Syntax {
  /** Penn Treebank tag of each token (VBD, VBZ, NNP …). */
  readonly ptb: string[] = [];
  /** Universal part of speech of each token (NOUN, PROPN, VERB, AUX …). */
  readonly upos: Upos[] = [];
  /** Lower-case words, as the phrase rules compare them. */
  private readonly words: string[] = [];

  constructor(readonly doc: Tokenized) {
    tagger ??= new Tagger(weights as TaggerWeights);
    for (const s of doc.sentences) {
      const words: string[] = [];
      const lower: string[] = [];
      const firstWord: number[] = [];
      for (let i = s.first; i < s.end; i++) {
        firstWord.push(words.length);
        const pieces = taggerWords(doc.tokens, i);
        for (const p of pieces) {
          words.push(p);
          lower.push(p.toLowerCase());
        }
        this.words.push(lower[firstWord[firstWord.length - 1]!]!);
      }
      const tags = tagger.tag(words);
      for (const w of firstWord) {
        this.ptb.push(tags[w]!);
        this.upos.push(toUpos(tags, lower, w));
      }
    }
  }

  /** Is token i a finite verb or modal ("said", "says", "will"), or a pronoun fused with one ("they're")? */
  isFiniteVerb(i: number): boolean {
    const t = this.ptb[i];
    if (t === 'VBD' || t === 'VBZ' || t === 'VBP' || t === 'MD') return true;
    return SUBJECT_AUX.test(this.doc.tokens[i]?.text ?? '');
  }

  /** The end (exclusive) of the noun phrase starting at token i; i when none starts there. */
  nounPhraseEnd(i: number, options: { of?: boolean } = {}): number {
    return nounPhraseEnd(this.ptb, this.words, i, this.sentenceEnd(i), options.of ?? false);
  }

  /** The first token of the noun phrase ending at token j (inclusive); j + 1 when none ends there. */
  nounPhraseStart(j: number): number {
    const tok = this.doc.tokens[j];
    if (!tok) return j + 1;
    return nounPhraseStart(this.ptb, this.words, j, this.doc.sentences[tok.sentence]!.first);
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
    return this.words[i] ?? '';
  }

  private sentenceEnd(i: number): number {
    const tok = this.doc.tokens[i];
    return tok ? this.doc.sentences[tok.sentence]!.end : i;
  }
}

/** Tags the text's tokens; build once per analysis and share (tagging is the cost). */
export function parseSyntax(doc: Tokenized): Syntax {
  return new Syntax(doc);
}
