import { describe, expect, test } from 'vitest';
import { countWords, isAllCaps, isCapitalised, isLowerCased } from '../../../lib/nlp/words';

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
  ])('%j', (text) => expect(countWords(text)).toBe((text.match(/[\p{L}\p{N}]+/gu) ?? []).length));
});
