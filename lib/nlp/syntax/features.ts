/**
 * The features of the part-of-speech tagger: one function, shared by training
 * (scripts/train-tagger.ts) and tagging, so the two can never disagree. After the greedy averaged
 * perceptron of Collins (2002) as Honnibal wrote it up ("A good part-of-speech tagger in about 200
 * lines of Python", 2013): the word, its affixes and shape, its neighbours, the two tags before.
 */

/** The form the tagger sees: lower case, straight apostrophes, numbers by shape. */
export function normalize(word: string): string {
  const w = word.replace(/’/g, "'");
  if (/^\d{4}$/.test(w)) return '!year';
  if (/^\d/.test(w)) return /[a-z]/i.test(w) ? '!digitword' : '!digits';
  return w.toLowerCase();
}

/** Xxxx, XX, x-x, d.d: the shape of a word, runs of one class written once. */
export function shape(word: string): string {
  return word
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Features of word i. `words` are as written, `norm` normalized, `prev`/`prev2` the tags already
 * given to the two words before ('-START-' before the sentence).
 */
export function featuresOf(words: readonly string[], norm: readonly string[], i: number, prev: string, prev2: string): string[] {
  const w = norm[i]!;
  const raw = words[i]!;
  const before = norm[i - 1] ?? '-START-';
  const after = norm[i + 1] ?? '-END-';
  return [
    'b',
    `w ${w}`,
    `s3 ${w.slice(-3)}`,
    `s2 ${w.slice(-2)}`,
    `p1 ${w[0]}`,
    `sh ${shape(raw)}`,
    `f ${i === 0 ? 1 : 0} ${/^\p{Lu}/u.test(raw) ? 1 : 0}`,
    `t1 ${prev}`,
    `t2 ${prev} ${prev2}`,
    `t1w ${prev} ${w}`,
    `w-1 ${before}`,
    `s-1 ${before.slice(-3)}`,
    `w-2 ${norm[i - 2] ?? '-START-'}`,
    `w+1 ${after}`,
    `s+1 ${after.slice(-3)}`,
    `w+2 ${norm[i + 2] ?? '-END-'}`,
  ];
}
