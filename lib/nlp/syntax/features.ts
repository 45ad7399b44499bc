/**
 * The features of the part-of-speech tagger: one function, shared by training
 * (scripts/train-tagger.ts) and tagging, so the two can never disagree. After the greedy averaged
 * perceptron of Collins (2002) as Honnibal wrote it up ("A good part-of-speech tagger in about 200
 * lines of Python", 2013): the word, its affixes and shape, its neighbours, the two tags before.
 */

import { VERB_CLASSES, VERB_CLASS_OF, VERB_WORDS } from './verb-forms';
import { isCapitalised } from '../words';

let verbWords: string[] | null = null;

/**
 * The tags a word can take as a verb (Brill's lexicon: "believes" VBZ, "plans" NNS|VBZ), '-' for none.
 * A binary search of the sorted words: splitting them is all the set-up (a Map of them cost ~5 ms
 * at the first word tagged, more than all the searches of a run).
 */
export function verbClass(word: string): string {
  const words = (verbWords ??= VERB_WORDS.split(' '));
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid]!;
    if (w === word) return VERB_CLASSES[VERB_CLASS_OF.charCodeAt(mid) - 48]!;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return '-';
}

/** The form the tagger sees: lower case, straight apostrophes, numbers by shape. Runs on every new word: tests before regexes. */
export function normalize(word: string): string {
  const w = word.includes('’') ? word.replace(/’/g, "'") : word;
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    if (w.length === 4 && /^\d{4}$/.test(w)) return '!year';
    return /[a-z]/i.test(w) ? '!digitword' : '!digits';
  }
  return w.toLowerCase();
}

/**
 * Xxxx, XX, x-x, d.d: the shape of a word, runs of one class written once. A loop by code unit, not
 * four regular expressions: it runs on every new word; only a letter past ASCII asks Unicode's classes.
 */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = word[i]!;
    else {
      const point = word.codePointAt(i)!;
      if (point > 0xffff) i++;
      c = unicodeClass(String.fromCodePoint(point));
    }
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function unicodeClass(ch: string): string {
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{Ll}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  return ch;
}

/** What the features read of a sentence, computed once per sentence (tagging allocates little per word). */
export interface SentenceView {
  norm: string[];
  shapes: string[];
  suffix3: string[];
  /** "1 1": first word of the sentence, capitalised. */
  flags: string[];
  /** The verb tags each word can take, from the lexicon ('-': none). */
  lex: string[];
}

export function viewOf(words: readonly string[]): SentenceView {
  const norm = words.map(normalize);
  return {
    norm,
    shapes: words.map(shape),
    suffix3: norm.map((w) => w.slice(-3)),
    flags: words.map((w, i) => `${i === 0 ? 1 : 0} ${isCapitalised(w) ? 1 : 0}`),
    lex: norm.map(verbClass),
  };
}

/** The feature families, in the order featureValues() gives their values. */
export const FAMILIES = [
  'w',
  's3',
  's2',
  's4',
  'p1',
  'sh',
  'f',
  't1',
  't2',
  't1w',
  'w-1',
  'sh-1',
  'sh+1',
  's-1',
  'w-2',
  'w+1',
  's+1',
  'w+2',
  'lx',
  'lxt1',
  'lx+1',
] as const;
/** The bias feature: one weight row that every word adds. */
export const BIAS = 'b';

/**
 * The value of each feature family for word i (FAMILIES order); `prev`/`prev2` are the tags
 * already given to the two words before ('-START-' before the sentence).
 */
export function featureValues(view: SentenceView, i: number, prev: string, prev2: string): string[] {
  const { norm, shapes, suffix3, flags, lex } = view;
  const w = norm[i]!;
  return [
    w,
    suffix3[i]!,
    w.slice(-2),
    w.slice(-4),
    w[0]!,
    shapes[i]!,
    flags[i]!,
    prev,
    `${prev} ${prev2}`,
    `${prev} ${w}`,
    norm[i - 1] ?? '-START-',
    shapes[i - 1] ?? '-',
    shapes[i + 1] ?? '-',
    suffix3[i - 1] ?? 'RT-',
    norm[i - 2] ?? '-START-',
    norm[i + 1] ?? '-END-',
    suffix3[i + 1] ?? 'ND-',
    norm[i + 2] ?? '-END-',
    lex[i]!,
    `${lex[i]} ${prev}`,
    lex[i + 1] ?? '-END-',
  ];
}

/** The features of word i as the weights name them: "b", then "family value". */
export function featuresOf(view: SentenceView, i: number, prev: string, prev2: string): string[] {
  return [BIAS, ...featureValues(view, i, prev, prev2).map((v, k) => `${FAMILIES[k]} ${v}`)];
}
