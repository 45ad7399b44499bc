import { describe, expect, it } from 'vitest';
import { countWords } from '@/lib/article/count-words';
import { randomMixes } from '../../helpers/random-mixes';

// count-words.ts writes its pattern for V8's speed (ASCII first, categories one by one) and counts
// without building the words: the same count as the plain pattern's matches on any text.
const PLAIN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const plain = (text: string) => (text.match(PLAIN) ?? []).length;

// Letters and digits in and out of ASCII and the BMP, the joining marks, the ASCII edges of the
// pattern's ranges, white space, stray surrogates and combining marks (neither letter nor digit).
const PIECES =
  "a|B|z|Z|0|9|.|-|'|’|,|:|/|@|[|`|{|~|\x7f|\x00|\x80| |\n|\u00a0|é|É|\u0301|٣|²|Ⅻ|𝐀|𝟘|\ud800|\udc00|я|日|_|😀|U.S.|don't|two-year".split(
    '|',
  );

describe('the article word count', () => {
  it.each([
    ['The U.S. said the two-year plan, which didn’t work, cost $3.5bn.', 11],
    ['“We won,” she said — 3,000 jobs (or so)…', 9], // "3,000" is two: a comma joins no word
    ['Москва-Сити 2016東京 é\u0301t\u00e9 𝐀𝐁', 5], // a combining mark is no letter: "é́té" is two
    ['', 0],
    ['--- ... !!', 0],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(countWords(text)).toBe(plain(text));
  });

  it('counts 20,000 random mixes of the tricky pieces as the plain pattern does', () => {
    const differ = randomMixes(PIECES, 20_000, 23).filter((text) => countWords(text) !== plain(text));
    expect(differ).toEqual([]);
  });
});
