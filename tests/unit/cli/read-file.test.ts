import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../lib/nlp/analyze';
import { analyseText, articleFromText, decodeText } from '../../../cli/read-file';
import { hasShared, SHARED } from '../../helpers/shared-data';

/** What a text gave before analyseText guessed its language once: the article's own guess, then analyze() in it. */
function guessedTwice(text: string) {
  const article = articleFromText(text);
  return { article, analysis: analyze(text, { language: article.language }) };
}

const DEV = path.join(SHARED, 'data/polnear/dev/text');

describe('a plain text read by the CLI', () => {
  test.each([
    ['en', 'The minister said on Tuesday that the talks had failed, and the union said it would strike.'],
    ['fr', 'Le président a dit que les négociations avec les syndicats sont dans une impasse et qu’il ne cèdera pas sur la réforme.'],
    ['de', 'Der Minister sagte am Dienstag, dass die Gespräche mit der Gewerkschaft gescheitert sind und auch nicht weitergehen.'],
    ['ru', 'Президент сказал, что переговоры с профсоюзами зашли в тупик и что он не уступит в вопросе пенсионной реформы.'],
    [null, 'Talks failed.'],
    [null, ''],
    [null, ' \n\n '],
  ])('a text in %s gets the language and the analysis it got when the language was guessed twice', (language, text) => {
    expect(analyseText(text).article.language).toBe(language);
    expect(analyseText(text)).toEqual(guessedTwice(text));
    expect(analyseText(text, 0)).toEqual({ ...guessedTwice(text), analysis: analyze(text, { threshold: 0 }) });
  });

  test.runIf(hasShared(DEV, 'analyseText against guessing twice on PolNeAR dev'))('does so for 10 PolNeAR dev texts', () => {
    for (const file of readdirSync(DEV).sort().slice(0, 10)) {
      const text = readFileSync(path.join(DEV, file), 'utf8');
      expect(analyseText(text), file).toEqual(guessedTwice(text));
    }
  });
});

describe("a file's bytes read as text", () => {
  const TEXT = 'Kremlin spokesman Dmitry Peskov said the talks in Genève were “useful”.';
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
  // Bytes as a Western page of the 2000s has them: "José Müller" in windows-1252 is not valid UTF-8,
  // and 0x93/0x94 are its curly quotes.
  const cp1252 = (text: string) => Buffer.from(text.replace(/“/g, '\x93').replace(/”/g, '\x94'), 'latin1');
  const PAGE = '<html><head><meta charset="iso-8859-1"><title>x</title></head><body><p>José Müller said “no”.</p></body></html>';

  test.each([
    ['UTF-8', Buffer.from(TEXT)],
    ['UTF-8 behind a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['UTF-16 little-endian with its mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 big-endian with its mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ])('%s', (_, bytes) => {
    expect(decodeText(bytes)).toBe(TEXT);
  });

  test('reads a page that is not UTF-8 in the charset its <meta> declares, curly quotes included', () => {
    expect(decodeText(cp1252(PAGE))).toBe(PAGE);
    const declared = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>“No,” said Zoë.';
    expect(decodeText(cp1252(declared))).toBe(declared);
    const gbk = Buffer.concat([Buffer.from('<meta charset="gb2312"><p>'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4])]);
    expect(decodeText(gbk)).toBe('<meta charset="gb2312"><p>中文');
  });

  test('reads valid UTF-8 as UTF-8 whatever the page declares (crawls converted pages and kept their meta)', () => {
    expect(decodeText(Buffer.from(PAGE))).toBe(PAGE);
  });

  test.each([
    ['a text file', 'José Müller said “no”.'],
    ['a page that declares nothing', '<p>José Müller said “no”.</p>'],
  ])('reads %s that is not UTF-8 as windows-1252, as browsers read undeclared Western pages', (_, text) => {
    expect(decodeText(cp1252(text))).toBe(text);
  });

  test('refuses a binary file (a NUL byte and no UTF-16 mark), saying where', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeText(png)).toThrow('a binary file, not text or HTML (a NUL byte at byte 9)');
  });

  test('reads a NUL past the first 8,000 bytes as part of a text (as git does: two L3S pages have one)', () => {
    const text = 'a'.repeat(8000) + '\0';
    expect(decodeText(Buffer.from(text))).toBe(text);
  });
});
