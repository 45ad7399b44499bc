import { describe, expect, test } from 'vitest';
import { parseJsonLeniently, repairEscapes } from '@/lib/services/lenient-json';

// Titles of the kind GDELT's users report (gdelt-doc-api issues 26 and 28: "Invalid \escape"),
// written as raw JSON text, backslashes and all.
describe('repairEscapes', () => {
  test.each([
    ['an escaped apostrophe', String.raw`"Biden\'s plan for Ukraine"`, `"Biden's plan for Ukraine"`],
    ['a hex escape JSON does not know', String.raw`"Caf\xe9 owner says \x no"`, `"Cafxe9 owner says x no"`],
    ['\\u without four hex digits', String.raw`"C:\users\docs"`, `"C:usersdocs"`],
    ['a lone backslash before a space', String.raw`"Peskov \ Kremlin"`, `"Peskov  Kremlin"`],
  ])('drops the backslash of %s', (_, raw, repaired) => {
    expect(repairEscapes(raw)).toBe(repaired);
  });

  test.each([
    ['quote', String.raw`"He said \"no\""`],
    ['backslash before a letter', String.raw`"a\\x b"`],
    ['unicode', String.raw`"Caf\u00e9 \uD83D\uDE00"`],
    ['solidus and controls', String.raw`"a\/b\n\t\r\b\f"`],
  ])('keeps a valid escape: %s', (_, raw) => {
    expect(repairEscapes(raw)).toBe(raw);
    expect(() => JSON.parse(raw)).not.toThrow();
  });
});

describe('parseJsonLeniently', () => {
  test.each([
    ['valid JSON, as it is', '{"title": "It\\u2019s \\"fine\\""}', { title: 'It’s "fine"' }],
    ['an invalid escape', String.raw`{"title": "Biden\'s plan"}`, { title: "Biden's plan" }],
    ['raw control characters', '{"title": "Peskov\u0007 says\ttalks"}', { title: 'Peskov  says talks' }],
    ['both at once', '{"title": "O\\\'Brien\u0001 speaks"}', { title: "O'Brien  speaks" }],
  ])('reads %s', (_, text, value) => {
    expect(parseJsonLeniently(text)).toEqual(value);
  });

  test.each([
    ['a body cut mid-row', '{"articles": [{"url": "https://tass.com/politics/1'],
    ['an HTML page', '<html><body>Error</body></html>'],
  ])('gives up on %s', (_, text) => {
    expect(parseJsonLeniently(text)).toBeUndefined();
  });
});
