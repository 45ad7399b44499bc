/**
 * letters() counts as the regular expression it replaced counts: every character of the Basic
 * Multilingual Plane, code points past it, lone surrogates, and real text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { letters } from '@/lib/article/blocks';
import { hasShared, L3S_PAGES } from '../../helpers/shared-data';

const byRegex = (s: string) => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

describe('letters', () => {
  it('counts letters and digits of any script, not marks, punctuation or spaces', () => {
    expect(letters('')).toBe(0);
    expect(letters('Kim Jong Un, 42.')).toBe(11);
    expect(letters('Ünïcödé ½ ² Ⅻ')).toBe(10);
    expect(letters('北京 مرحبا ٣٤')).toBe(9);
    expect(letters('x\u0301y')).toBe(2); // a combining accent is a mark
    expect(letters('𝐀𝐁 😀')).toBe(2); // two mathematical letters past the plane, and an emoji
    expect(letters('a\ud800 \udc00b\ud801')).toBe(2); // lone surrogates are no letters
  });

  it('agrees with /[\\p{L}\\p{N}]/gu on every character of the Basic Multilingual Plane', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}1`;
      if (letters(s) !== byRegex(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('agrees on code points past it, and where a surrogate stands alone', () => {
    const wrong: number[] = [];
    for (let cp = 0x10000; cp < 0x110000; cp += 3) {
      const s = `${String.fromCodePoint(cp)}\ud801x\udc37`;
      if (letters(s) !== byRegex(s)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });

  it.runIf(hasShared(L3S_PAGES, 'L3S-GN1 pages'))('agrees on real pages', () => {
    const files = readdirSync(L3S_PAGES).slice(0, 60);
    for (const file of files) {
      const html = readFileSync(`${L3S_PAGES}/${file}`, 'utf8');
      expect(letters(html), file).toBe(byRegex(html));
    }
  });
});
