import { describe, expect, test } from 'vitest';
import { countWords, hasWordsBetween, isAllCaps, isCapitalised, isLowerCased } from '../../../lib/nlp/words';

// The helpers settle ASCII by character code and the rest by Unicode regex: both ways must answer
// as the plain regexes do, on any first character (letters, digits, accents, other scripts, a
// surrogate pair, nothing at all).
const WORDS = [
  '',
  'said',
  'Said',
  'NATO',
  'U.S.',
  'G.K.',
  'A',
  'a',
  '3,000',
  '2016',
  '“',
  '—',
  '-backed',
  '&',
  'al-Maliki',
  'Élysée',
  'éclair',
  'ÖSTERREICH',
  'Ärzte',
  'ßeta',
  'Москва',
  'москва',
  'Ωmega',
  'ωmega',
  '東京',
  '𝐀bc',
  '𐐀x',
  '𐐨x',
  'ǅemal',
  'R&D',
  'AT&T',
  'X-RAY',
  'DC-3',
];

describe('word shape helpers agree with their regexes', () => {
  test.each(WORDS)('%j', (word) => {
    expect(isCapitalised(word)).toBe(/^\p{Lu}/u.test(word));
    expect(isLowerCased(word)).toBe(/^\p{Ll}/u.test(word));
    expect(isAllCaps(word)).toBe(word.length > 1 && /^[\p{Lu}\p{N}.\-&]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word));
  });
});

// countWords scans where a match() made a string of every word: the same count on any text.
describe('countWords counts what /[\\p{L}\\p{N}]+/gu matches', () => {
  test.each([
    '',
    'The minister said the plan had failed.',
    '“We won,” she said — 3,000 jobs, 4.5% (or so)…',
    WORDS.join(' '),
    WORDS.join(''),
    '𝐀𝐁 and\ud800the 𝟏𝟐 of',
    'le\udc00et e\u0301t\u00e9 l’île',
    'Москва-Сити 2016東京',
    '@a[b`c{d/0:9\x7f\x80e~Z\u00a0٣²',
  ])('%j', (text) => expect(countWords(text)).toBe((text.match(/[\p{L}\p{N}]+/gu) ?? []).length));
});

// hasWordsBetween reads to the n-th word only: the same answer as counting the slice's words.
describe('hasWordsBetween answers as countWords of the slice would', () => {
  const text = '“We won,” she said — 3,000 jobs, 4.5% (or so)… Москва-Сити';
  test.each([
    [0, text.length],
    [0, 4],
    [1, 3],
    [3, 9],
    [10, 19],
    [19, 22],
    [text.length - 6, text.length],
  ])('[%i, %i)', (from, to) => {
    for (const n of [1, 2, 3]) expect(hasWordsBetween(text, from, to, n), `n=${n}`).toBe(countWords(text.slice(from, to)) >= n);
  });

  test('for every span of the text and every n up to 8', () => {
    const differ: string[] = [];
    for (let from = 0; from <= text.length; from++)
      for (let to = from; to <= text.length; to++)
        for (let n = 0; n <= 8; n++)
          if (hasWordsBetween(text, from, to, n) !== countWords(text.slice(from, to)) >= n) differ.push(`[${from}, ${to}) n=${n}`);
    expect(differ).toEqual([]);
  });
});
