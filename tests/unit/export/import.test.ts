/**
 * Importing hostile and broken files: a file that is not an export is refused with a plain reason
 * and nothing is returned; in an export, what fails is left out and listed, and the rest is taken.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toWebAnnotations } from '@/lib/export/jsonld';
import { toJsonLines } from '@/lib/export/jsonl';
import { MAX_IMPORT_CHARS, parseImport } from '@/lib/export/import';
import { reviewedSaved } from './fixtures';

// Records as JSON, to be broken in every way a file can be.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON as read from a file, to be broken in any way
type Json = any;

const reviewed = reviewedSaved();
const record = (): Json => JSON.parse(JSON.stringify(reviewed));
/** One JSONL line: the real record, changed by `change`. */
const line = (change: (a: Json) => void): string => {
  const a = record();
  change(a);
  return JSON.stringify(a);
};
const webAnnotations = (change: (doc: Json) => void): string => {
  const doc: Json = JSON.parse(JSON.stringify(toWebAnnotations([reviewed])));
  change(doc);
  return JSON.stringify(doc);
};

afterEach(() => vi.restoreAllMocks());

describe('parseImport keeps annotations whose passage is gone (orphans are listed, never dropped)', () => {
  it('a selector beyond a shorter text, and a quote no longer at its position, are accepted as they are', () => {
    const reviewed = reviewedSaved();
    const short = { ...reviewed, text: reviewed.text.slice(0, 100) };
    const r = parseImport('a.jsonl', toJsonLines([short]));
    expect(r.ok && r.articles[0]!.annotations).toEqual(short.annotations);
    // Kept as they are, and each listed as not placed.
    expect(r.ok && r.notes).toHaveLength(short.annotations.length);
    expect(r.ok && r.notes[0]).toMatch(
      /^line 1: annotation 1 \(urn:uuid:[0-9a-f-]+\) points past the end of the text \(characters \d+–\d+ of 100\), and its quote “.+” is not in the text; imported as not placed$/,
    );
  });
});

describe('parseImport refuses', () => {
  it.each<[string, string, () => string, RegExp]>([
    ['an empty file', 'a.jsonl', () => ' \n\n', /^the file is empty$/],
    [
      'text that is not JSON',
      'notes.txt',
      () => 'Dear diary,\nthe talks resumed.',
      /^the file is not JSON \(.+\)\. Sourcelight imports its own exports/,
    ],
    ['a CSV export', 'sourcelight.csv', () => '\uFEFFarticle,url\r\nx,y\r\n', /spreadsheet export cannot be read back/],
    [
      'JSON of another tool',
      'package.json',
      () => JSON.stringify({ name: 'x', version: '1.0.0' }),
      /^the file is JSON, but not a Sourcelight export/,
    ],
    ['a JSON list', 'list.json', () => JSON.stringify([record()]), /not a Sourcelight export/],
    [
      'a "__proto__" key',
      'a.jsonl',
      () => line((a) => (a.annotations[0].selector = JSON.parse('{"__proto__":{"polluted":true},"position":{"start":0,"end":1}}'))),
      /a field named "__proto__" is not accepted/,
    ],
    [
      'an unknown field',
      'a.jsonl',
      () => line((a) => (a.annotations[1].colour = 'red')),
      /^annotation 2 \(urn:uuid:[0-9a-f-]+\): unknown field "colour"/,
    ],
    [
      'a number too large for JSON',
      'a.jsonl',
      () => line((a) => (a.annotations[0].selector.position.end = 1)).replace(/"end":1\b/, '"end":1e400'),
      /annotation 1 .*selector\.position\.end: is a number out of range/,
    ],
    [
      'an offset beyond any text',
      'a.jsonl',
      () => line((a) => (a.annotations[0].selector.position.end = 2 ** 53)),
      /selector\.position\.end: is larger than 5000000/,
    ],
    [
      'a negative offset',
      'a.jsonl',
      () => line((a) => (a.annotations[0].selector.position.start = -5)),
      /selector\.position\.start: is less than 0/,
    ],
    [
      'inverted offsets',
      'a.jsonl',
      () => line((a) => Object.assign(a.annotations[0].selector.position, { start: 500, end: 450 })),
      /selector\.position: ends \(450\) before it starts \(500\)/,
    ],
    [
      'a quote whose length is not its span',
      'a.jsonl',
      () => line((a) => (a.annotations[0].selector.quote.exact += '!')),
      /quote\.exact: is \d+ characters long, but the position spans \d+/,
    ],
    [
      'a repeated annotation id',
      'a.jsonl',
      () => line((a) => (a.annotations[5].id = a.annotations[0].id)),
      /annotation 6 .*id: repeats the id of annotation 1/,
    ],
    [
      'an id that is not a urn:uuid',
      'a.jsonl',
      () => line((a) => (a.annotations[0].id = 'javascript:alert(1)')),
      /id: should be "urn:uuid:" and a lower-case UUID/,
    ],
    [
      'a javascript: URL',
      'a.jsonl',
      () => line((a) => (a.url = 'javascript:alert(document.cookie)')),
      /^url: should be an http\(s\) or file URL/,
    ],
    [
      'a wrong type',
      'a.jsonl',
      () => line((a) => (a.annotations[0].machine.direct = 'yes')),
      /machine\.direct: should be true or false, not a string/,
    ],
    [
      'an unknown verdict',
      'a.jsonl',
      () => line((a) => (a.annotations[0].verdict = 'maybe')),
      /verdict: should be "unreviewed" or "confirmed" or "corrected" or "rejected" or "added"/,
    ],
    ['a missing field', 'a.jsonl', () => line((a) => delete a.annotations[0].modified), /annotation 1 .*modified: is missing/],
    ['a date that is not ISO 8601 UTC', 'a.jsonl', () => line((a) => (a.savedAt = 'yesterday')), /^savedAt: should be a UTC date-time/],
    [
      'a text over 5 million characters',
      'a.jsonl',
      () => line((a) => (a.text = 'x'.repeat(5_000_001))),
      /^text: is longer than 5000000 characters/,
    ],
    [
      'more than 10,000 annotations',
      'a.jsonl',
      () => line((a) => (a.annotations = Array.from({ length: 10_001 }, () => a.annotations[0]))),
      /^annotations: has more than 10000 items/,
    ],
    [
      'an AnnotationPage where a collection belongs',
      'a.jsonld',
      () => webAnnotations((d) => (d.type = 'AnnotationPage')),
      /not a Sourcelight Web Annotation collection: type: should be "AnnotationCollection"/,
    ],
  ])('%s', (_, fileName, make, error) => {
    const result = parseImport(fileName, make());
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('articles');
    expect((result as { error: string }).error).toMatch(error);
  });

  it('JSON Lines of another tool: nothing, and each line listed', () => {
    const result = parseImport('events.jsonl', '{"event":"click"}\n{"event":"scroll"}\n');
    expect(result).toMatchObject({ ok: false, error: 'none of its 2 lines could be imported' });
    expect(!result.ok && result.rejected).toEqual([
      expect.stringMatching(/^line 1: not a Sourcelight saved article .* another tool/),
      expect.stringMatching(/^line 2: not a Sourcelight saved article/),
    ]);
  });

  it('a 50 MB file, by its size, before parsing anything', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseImport('huge.jsonl', '{"url":"' + 'x'.repeat(50 * 1024 * 1024) + '"}');
    expect(result).toEqual({
      ok: false,
      rejected: [],
      error: expect.stringMatching(/^the file is too large \(50 million characters; at most 32 million are read\)$/),
    });
    expect(parse).not.toHaveBeenCalled();
    expect(MAX_IMPORT_CHARS).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('parseImport keeps text as text', () => {
  it('imports HTML and script in strings as they are, and runs none of it', () => {
    const markup = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=1</script>';
    const text = line((a) => {
      a.title = markup;
      a.annotations[0].note = markup;
      a.annotations[0].tags = [markup];
    });
    const result = parseImport('a.jsonl', text);
    expect(result.ok).toBe(true);
    const [article] = (result as { articles: { title: string; annotations: { note: string; tags: string[] }[] }[] }).articles;
    expect(article!.title).toBe(markup);
    expect(article!.annotations[0]!.note).toBe(markup);
    expect(article!.annotations[0]!.tags).toEqual([markup]);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('leaves Object.prototype alone whatever the file says', () => {
    parseImport('a.jsonl', '{"__proto__":{"polluted":true},"url":"https://a.example/","annotations":[]}');
    parseImport('a.jsonld', '{"@context":"http://www.w3.org/ns/anno.jsonld","constructor":{"prototype":{"polluted":true}}}');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
