/**
 * An import takes every valid article and lists the rest: a bad line of JSON Lines, or a bad
 * annotation or article of JSON-LD, no longer fails the file. And what it takes differently from the
 * file (bytes that are not UTF-8, offsets past the end of the text) is said, never done silently.
 */
import { describe, expect, it, vi } from 'vitest';
import { annotationId } from '@/lib/export/from-analysis';
import { toWebAnnotations } from '@/lib/export/jsonld';
import { toJsonLines } from '@/lib/export/jsonl';
import { MAX_NESTING } from '@/lib/export/json-depth';
import { parseImport, type ImportResult } from '@/lib/export/import';
import type { SavedArticle } from '@/lib/library/types';
import { machineSaved, reviewedSaved } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON as read from a file, to be broken in any way
type Json = any;

const reviewed = reviewedSaved();
/** The sample's machine reading under another URL, its annotations with the ids that URL gives them. */
function elsewhere(url: string): SavedArticle {
  const a = machineSaved();
  return {
    ...a,
    url,
    annotations: a.annotations.map((x, i) => ({
      ...x,
      id: annotationId(url, x.selector.position.start, x.selector.position.end, String(i)),
    })),
  };
}
const second = elsewhere('https://harbourcourier.example/other');
const third: SavedArticle = { ...machineSaved(), url: 'https://harbourcourier.example/third', annotations: [] };
const lineOf = (a: SavedArticle, change: (a: Json) => void = () => {}): string => {
  const copy: Json = JSON.parse(JSON.stringify(a));
  change(copy);
  return JSON.stringify(copy);
};
const urls = (r: ImportResult) => (r.ok ? r.articles.map((a) => a.url) : []);
const rejected = (r: ImportResult) => r.rejected;
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytesOf = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('JSON Lines: the good lines are imported, each bad one listed with its line', () => {
  it.each<[string, string, RegExp]>([
    [
      'a title longer than the limit',
      lineOf(second, (a) => (a.title = 'T'.repeat(2001))),
      /^line 2: title: is longer than 2000 characters$/,
    ],
    ['a line that is not JSON (cut short)', lineOf(second).slice(0, 500), /^line 2: not JSON \(/],
    [
      'an unknown field',
      lineOf(second, (a) => (a.colour = 'red')),
      /^line 2: the record: unknown field "colour" \(from a newer Sourcelight, or another tool\?\)$/,
    ],
    [
      'a "constructor" key',
      lineOf(second, (a) => (a.constructor = { prototype: {} })),
      /^line 2: a field named "(constructor|prototype)" is not accepted/,
    ],
    [
      'the first article again',
      lineOf(reviewed, (a) => (a.annotations = [])),
      /^line 2: https:\/\/harbourcourier\.example\/world\/harbour-talks is already on line 1$/,
    ],
    [
      'an annotation id of line 1',
      lineOf({ ...second, annotations: [reviewed.annotations[0]!] }),
      /^line 2: annotation urn:uuid:[0-9a-f-]+ is already on line 1$/,
    ],
    ['a record of another tool', '{"event":"click"}', /^line 2: not a Sourcelight saved article/],
    [
      'a line nested 100,000 levels deep',
      '['.repeat(100_000) + ']'.repeat(100_000),
      /^line 2: nested 100,000 levels deep; Sourcelight's exports nest at most 64$/,
    ],
  ])('%s', (_, bad, why) => {
    const result = parseImport('library.jsonl', [lineOf(reviewed), bad, lineOf(third)].join('\n') + '\n');
    expect(result.ok).toBe(true);
    expect(urls(result)).toEqual([reviewed.url, third.url]);
    expect(result.ok && result.articles[0]).toEqual(reviewed);
    expect(rejected(result)).toEqual([expect.stringMatching(why)]);
  });

  it('an over-long byline on one line, and an over-long title on another: both listed, the rest taken', () => {
    const result = parseImport(
      'library.jsonl',
      [lineOf(reviewed, (a) => (a.byline = 'b'.repeat(2001))), lineOf(second), lineOf(third, (a) => (a.title = 'x'.repeat(5000)))].join(
        '\n',
      ),
    );
    expect(urls(result)).toEqual([second.url]);
    expect(rejected(result)).toEqual(['line 1: byline: is longer than 2000 characters', 'line 3: title: is longer than 2000 characters']);
  });
});

describe('JSON-LD: a bad annotation is left out and listed, the rest of its article imported', () => {
  const doc = (change: (d: Json) => void): string => {
    const d: Json = JSON.parse(JSON.stringify(toWebAnnotations([reviewed, second])));
    change(d);
    return JSON.stringify(d);
  };
  const total = reviewed.annotations.length + second.annotations.length;
  it.each<[string, (d: Json) => void, RegExp]>([
    [
      'a Web Annotation of another tool',
      (d) => (d.first.items[0].body = [{ type: 'TextualBody', value: 'hi', purpose: 'commenting' }]),
      /^annotation 1 \(urn:uuid:[0-9a-f-]+\): has no Sourcelight bodies/,
    ],
    [
      'a broken selector',
      (d) => (d.first.items[2].target.selector[1].start = -1),
      /^annotation 3 \(urn:uuid:[0-9a-f-]+\): target\.selector\[1\]\.start: is less than 0$/,
    ],
    [
      'one selector',
      (d) => d.first.items[2].target.selector.pop(),
      /^annotation 3 .*: needs both a TextQuoteSelector and a TextPositionSelector$/,
    ],
    [
      'a body of a kind Sourcelight does not write',
      (d) => (d.first.items[2].body[0].type = 'SpecificResource'),
      /^annotation 3 .*: body\[0\]\.type: should be "TextualBody" or "sourcelight:Attribution" or "sourcelight:Highlight"$/,
    ],
    [
      'a repeated id',
      (d) => (d.first.items[4].id = d.first.items[0].id),
      /^annotation 5 .*repeats the id of annotation 1; the first is kept$/,
    ],
  ])('%s', (_, change, why) => {
    const result = parseImport('library.jsonld', doc(change));
    expect(urls(result)).toEqual([reviewed.url, second.url]);
    expect(result.ok && result.articles.reduce((n, a) => n + a.annotations.length, 0)).toBe(total - 1);
    expect(rejected(result)).toEqual([expect.stringMatching(why)]);
  });

  it('an article whose own metadata is bad is left out with its annotations, said once', () => {
    const result = parseImport(
      'library.jsonld',
      doc((d) => (d['sourcelight:articles'][1].title = 'T'.repeat(2001))),
    );
    expect(urls(result)).toEqual([reviewed.url]);
    expect(rejected(result)).toEqual([
      `article 2 (${second.url}): title: is longer than 2000 characters; its ${second.annotations.length} annotations were not imported either`,
    ]);
  });

  it('nothing valid: nothing imported, each listed', () => {
    const result = parseImport(
      'library.jsonld',
      doc((d) => {
        delete d['sourcelight:articles'];
        d.first.items.forEach((i: Json) => (i.type = 'Note'));
      }),
    );
    expect(result).toMatchObject({ ok: false, error: `none of its ${total} annotations or articles could be imported` });
    expect(rejected(result)).toHaveLength(total);
  });
});

describe('bytes that are not UTF-8 are named, never turned into “�”', () => {
  const good = lineOf(reviewed);
  // "Café" in Latin-1: the é is the single byte 0xE9.
  const latin1 = [0x43, 0x61, 0x66, 0xe9];
  it.each<[string, Uint8Array, string[], RegExp]>([
    [
      'a Latin-1 line among UTF-8 lines (JSON Lines)',
      bytesOf(good, '\n', lineOf(second).replace('"title":', '"x":').slice(0, 40), latin1, '"}\n', lineOf(third), '\n'),
      [reviewed.url, third.url],
      /^line 2: is not UTF-8 text: byte 0xE9 at byte [\d,]+ of the file, after “.*Caf”; was it saved as Latin-1 or Windows-1252/,
    ],
    [
      'a truncated sequence at the end of a line',
      bytesOf(good, '\n', '{"url":"x', [0xe2, 0x82], '"}\n'),
      [reviewed.url],
      /^line 2: is not UTF-8 text: byte 0xE2 at byte/,
    ],
    ['an encoded surrogate', bytesOf(good, '\n', [0xed, 0xa0, 0x80], '\n'), [reviewed.url], /^line 2: is not UTF-8 text: byte 0xED/],
  ])('%s', (_, bytes, taken, why) => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = parseImport('library.jsonl', bytes);
    expect(urls(result)).toEqual(taken);
    expect(rejected(result)).toEqual([expect.stringMatching(why)]);
    expect(JSON.stringify(result)).not.toContain('\uFFFD');
  });

  it('says at which byte: the offset is the bad byte’s', () => {
    const bytes = bytesOf(good, '\n', '{"url":"', latin1, '"}\n');
    const at = bytes.indexOf(0xe9);
    expect(rejected(parseImport('a.jsonl', bytes))[0]).toContain(`byte 0xE9 at byte ${at.toLocaleString('en')} of the file`);
  });

  it('refuses a JSON-LD document with a bad byte, with where it is: a document cannot lose a line', () => {
    const text = JSON.stringify(toWebAnnotations([reviewed]), null, 2).replace('landing fees', 'landing f\u0000es');
    const bytes = utf8(text);
    bytes[bytes.indexOf(0)] = 0xe9;
    const result = parseImport('library.jsonld', bytes);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^the file is not UTF-8 text: byte 0xE9 at byte [\d,]+ of the file, after “.*landing f”; was it saved as Latin-1 .* \(line \d+\)\. Nothing was imported/,
      ),
    });
  });

  it('refuses a Latin-1 file with no saved article in it, naming the bytes rather than “not JSON”', () => {
    const result = parseImport('notes.jsonl', bytesOf('Notes on the talks\n', latin1, ' du port\n'));
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^the file is not UTF-8 text: byte 0xE9 at byte 22 of the file, after “Caf”; was it saved as Latin-1 .* \(line 2\), and no line of it is a saved article\. Sourcelight imports its own exports/,
      ),
    });
  });

  it('says UTF-16 when the file starts with its byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...'{"url":1}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(parseImport('a.jsonl', bytes)).toMatchObject({ ok: false, error: expect.stringMatching(/looks like UTF-16; save it as UTF-8/) });
  });

  it('reads valid UTF-8 bytes, a byte-order mark and emoji included, as the text they are', () => {
    const withEmoji = { ...third, title: 'Talks 🌊 resume' };
    const result = parseImport('library.jsonl', utf8('\uFEFF' + toJsonLines([reviewed, withEmoji])));
    expect(result).toEqual({ ok: true, format: 'jsonl', articles: [reviewed, withEmoji], rejected: [], notes: [] });
  });
});

describe('offsets past the end of the text: placed again by the quote, or imported as not placed, and said', () => {
  const target = reviewed.annotations.find((a) => a.type === 'highlight')!;
  const index = reviewed.annotations.indexOf(target);
  const shifted = (by: number) =>
    lineOf(reviewed, (a) => {
      const p = a.annotations[index].selector.position;
      Object.assign(p, { start: p.start + by, end: p.end + by });
    });
  it.each<[string, string, RegExp, boolean]>([
    [
      'past the end, its quote in the text',
      shifted(reviewed.text.length),
      /points past the end of the text \(characters \d+–\d+ of \d+\); placed again where its quote “landing fees” is \(characters \d+–\d+\)$/,
      true,
    ],
    [
      'inside the text but not on its quote',
      shifted(3),
      /does not hold its quote at characters \d+–\d+; placed again where its quote “landing fees” is/,
      true,
    ],
    [
      'past the end, its quote gone from the text',
      lineOf(reviewed, (a) => {
        const s = a.annotations[index].selector;
        s.position = { start: reviewed.text.length + 5, end: reviewed.text.length + 5 + 12 };
        s.quote.exact = 'landing fexs';
      }),
      /points past the end of the text .*, and its quote “landing fexs” is not in the text; imported as not placed$/,
      false,
    ],
  ])('%s', (_, line, note, placed) => {
    const result = parseImport('a.jsonl', line);
    expect(result.ok && result.notes).toEqual([
      expect.stringMatching(new RegExp(`^annotation ${index + 1} \\(${target.id}\\) ` + note.source.replace(/^\^/, ''))),
    ]);
    const back = result.ok ? result.articles[0]!.annotations[index]! : null;
    if (placed) expect(back).toEqual(target);
    else {
      // Kept with the file's selector: the library shows it as not placed.
      expect(back!.selector.position.start).toBe(reviewed.text.length + 5);
      expect(back!.id).toBe(target.id);
    }
    // The others are untouched.
    expect(result.ok && result.articles[0]!.annotations.filter((a) => a.id !== target.id)).toEqual(
      reviewed.annotations.filter((a) => a.id !== target.id),
    );
  });
});

describe('deep nesting says what is wrong, without parsing it', () => {
  it.each<[string, string, RegExp]>([
    [
      '100,000 levels of lists',
      '['.repeat(100_000) + ']'.repeat(100_000),
      /^the file is JSON nested 100,000 levels deep; Sourcelight's exports nest at most 64, so it is not one of them$/,
    ],
    ['100,000 levels of objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), /nested 100,000 levels deep/],
    [
      'brackets inside strings do not count',
      JSON.stringify({ url: '['.repeat(100), x: '{\\"['.repeat(100) }),
      /^the file is JSON, but not a Sourcelight export/,
    ],
  ])('%s', (_, text, error) => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseImport('deep.json', text);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    if (/nested/.test(error.source)) expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('our own exports nest well within the limit', async () => {
    const { nestingDepth } = await import('@/lib/export/json-depth');
    const depths = [
      nestingDepth(JSON.stringify(toWebAnnotations([reviewed]))),
      ...toJsonLines([reviewed]).trim().split('\n').map(nestingDepth),
    ];
    for (const d of depths) expect(d).toBeLessThanOrEqual(8);
    expect(MAX_NESTING).toBeGreaterThanOrEqual(8 * 4);
  });
});
