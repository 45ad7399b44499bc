import { describe, expect, it } from 'vitest';
import { splitWords } from '@/lib/nlp/tokenize';
import { randomMixes } from '../../helpers/random-mixes';

// tokenize.ts writes its token pattern for V8's speed (ASCII first, categories one by one); this
// is the same pattern written plainly, with classes of Unicode categories. Both must cut any text
// the same.
const PLAIN =
  /(?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-.&][\p{L}\p{M}\p{N}]+|['’](?![sS](?![\p{L}\p{M}]))[\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|''|``|['’][sS]?(?![\p{L}\p{M}])|["“”„‟«»‘‚‛]|[^\s\p{L}\p{M}\p{N}]/gu;

const plain = (text: string) => text.match(PLAIN) ?? [];

// Letters, marks and digits in and out of ASCII and the BMP, stray surrogates, the ASCII edges of
// the pattern's ranges, white space of several kinds, and the pieces of acronyms and possessives.
const PIECES = (
  "a|B|z|Z|s|S|0|9|.|,|:|-|&|'|’|\"|“|`|``|''| |\n|\t|\u00a0|\u2003|é|É|\u0301|\u0903|٣|²|Ⅻ|𝐀|𝟘|\ud800|\udc00|я|日|!|/|@|" +
  "[|{|~|\x7f|\x00|\x80|«|ǅ|ß|_|$|€|\ufeff|\u200b|😀|a.|U.S.|'s|’S"
).split('|');

describe('the token pattern', () => {
  it.each([
    'The U.S. and the U.K. said on Tuesday, at 10:30 a.m., that 3.5% was "enough".',
    "Putin's aides' plans: O'Brien’s rock'n'roll, Ph.D. and AT&T; ``quoted'' and Amazon.com.",
    'Zelenskyy’S well-known co-operation — 1,234.56 km² ٣٤ Ⅻ é\u0301 𝐀𝐁.𝐂. Москва 東京 😀!',
    '',
  ])('cuts %j as the plain pattern does', (text) => expect(splitWords(text)).toEqual(plain(text)));

  it('cuts 20,000 random mixes of the tricky pieces as the plain pattern does', () => {
    const differ = randomMixes(PIECES, 20_000, 17).filter((text) => splitWords(text).join('\u0001') !== plain(text).join('\u0001'));
    expect(differ).toEqual([]);
  });
});
