import { describe, expect, it, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseRecord } from '../../../cli/jsonl-record';
import { hasShared, SHARED } from '../../helpers/shared-data';
import { analyze, analyzeInput, SAMPLE } from '../../helpers/cli';

const PAGE = readFileSync(SAMPLE, 'utf8');
const POLNEAR = path.join(SHARED, 'data/polnear/dev/text');
const SHORT = 'The Kremlin said on Tuesday that it would not comment on the claims.';
const lines = (records: unknown[]) => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
const parseOut = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('analyze --jsonl: a line in', () => {
  test.each([
    [
      '{"id": "a", "url": "https://x.example/a", "html": "<p>x</p>"}',
      { ok: true, record: { id: 'a', url: 'https://x.example/a', html: '<p>x</p>' } },
    ],
    ['{"id": 7, "html": "<p>x</p>"}', { ok: true, record: { id: 7, url: null, html: '<p>x</p>' } }],
    ['{"id": "t", "text": "Words."}', { ok: true, record: { id: 't', text: 'Words.' } }],
    ['{"id": "a", "html": 3}', { ok: false, id: 'a', error: 'neither "html" nor "text" is a string' }],
    ['{"id": "a", "url": 4, "html": "<p>x</p>"}', { ok: false, id: 'a', error: '"url" is not a string' }],
    ['{"text": "no id"}', { ok: false, id: null, error: 'no "id" (a string or a number)' }],
    ['{"id": {"x": 1}, "text": "an object id"}', { ok: false, id: null, error: 'no "id" (a string or a number)' }],
    ['["id", "text"]', { ok: false, id: null, error: 'not a JSON object' }],
    ['null', { ok: false, id: null, error: 'not a JSON object' }],
  ])('%s', (line, expected) => {
    expect(parseRecord(line)).toEqual(expected);
  });

  it('says where a line is not JSON', () => {
    expect(parseRecord('{"id": 1, "text": ')).toMatchObject({ ok: false, id: null, error: expect.stringMatching(/^not JSON: /) });
  });
});

describe('npm run analyze -- --jsonl', () => {
  it("gives each record the JSON that --out writes for the same page or text, with the record's id", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-jsonl-'));
    writeFileSync(path.join(dir, 'short.txt'), SHORT);
    const out = path.join(dir, 'out');
    expect((await analyze('--out', out, SAMPLE, path.join(dir, 'short.txt'))).code).toBe(0);
    const { code, stdout } = await analyzeInput(
      lines([
        { id: 'page', html: PAGE },
        { id: 2, text: SHORT },
      ]),
      '--jsonl',
      '--jobs',
      '2',
    );
    expect(code).toBe(0);
    const [page, short] = parseOut(stdout);
    expect(page).toEqual({ id: 'page', ...JSON.parse(readFileSync(path.join(out, 'harbour-talks.json'), 'utf8')) });
    expect(short).toEqual({ id: 2, ...JSON.parse(readFileSync(path.join(out, 'short.json'), 'utf8')) });
    expect(page.entities.find((e: { name: string }) => e.name === 'Elena Marsh')).toMatchObject({ role: 'Foreign Minister' });
  });

  it('keeps input order on two workers, where short texts finish before long pages', async () => {
    const records = Array.from({ length: 24 }, (_, i) =>
      i % 3 === 0 ? { id: i, url: 'https://harbourcourier.example/a', html: PAGE } : { id: i, text: SHORT },
    );
    const { code, stdout, stderr } = await analyzeInput(lines(records), '--jsonl', '-', '--jobs', '2');
    expect(code).toBe(0);
    const out = parseOut(stdout);
    expect(out.map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(out.map((r) => r.article.canonicalUrl === null)).toEqual(records.map((r) => !('html' in r)));
    expect(stderr).toMatch(/^analyze: 24 articles, 0 failed, [\d.]+ s/m);
  });

  it('reports each bad line in its own record, skips blank lines, and goes on', async () => {
    const input = lines(['{"id": 1, "text": ', '', { id: 'x', html: null }, { id: 'ok', text: SHORT }, '[1]', { text: 'no id' }]);
    const { code, stdout, stderr } = await analyzeInput(input, '--jsonl', '--jobs', '1');
    expect(code).toBe(0);
    const out = parseOut(stdout);
    expect(out.map((r) => [r.id, r.line, r.error])).toEqual([
      [null, 1, expect.stringMatching(/^not JSON: /)],
      ['x', 3, 'neither "html" nor "text" is a string'],
      ['ok', undefined, undefined],
      [null, 5, 'not a JSON object'],
      [null, 6, 'no "id" (a string or a number)'],
    ]);
    expect(out[2].article.text).toBe(SHORT);
    expect(stderr).toMatch(/^analyze: 5 articles, 4 failed, /m);
  });

  it('reads a first line behind a byte-order mark, and lines ending in CRLF (files written on Windows)', async () => {
    const input = '\uFEFF' + JSON.stringify({ id: 'bom', text: SHORT }) + '\r\n' + JSON.stringify({ id: 'crlf', text: SHORT }) + '\r\n';
    const { code, stdout } = await analyzeInput(input, '--jsonl', '--jobs', '1');
    expect(code).toBe(0);
    expect(parseOut(stdout).map((r) => [r.id, r.error, r.article?.text])).toEqual([
      ['bom', undefined, SHORT],
      ['crlf', undefined, SHORT],
    ]);
  });

  test.each([
    ['nothing could be read', lines(['not json', { id: 1 }]), 1],
    ['an empty input (an empty partition of a pipeline)', '', 0],
  ])('exits non-zero only when nothing could be read: %s', async (_, input, expected) => {
    const { code, stdout } = await analyzeInput(input, '--jsonl');
    expect(code).toBe(expected);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(input ? 2 : 0);
  });

  test.each([
    [['--jsonl', '/no/such/file.jsonl'], 1, 'analyze: /no/such/file.jsonl: no such file'],
    [['--jsonl', '--out', 'x'], 2, 'analyze: --out does not go with --jsonl, which writes its results to standard output'],
    [['--jsonl', '--jobs', '0'], 2, "analyze: --jobs takes a whole number from 1, not '0'"],
    [['--jsonl', 'a.jsonl', 'b.jsonl'], 2, 'analyze: --jsonl reads one file (or - for standard input)'],
    [['--jsonl', '--threshold', '2'], 2, "analyze: --threshold must be a number from 0 to 1, not '2'"],
  ])('%j: exit %i', async (args, code, message) => {
    const result = await analyzeInput('', ...args);
    expect(result.code).toBe(code);
    expect(result.stderr.split('\n')[0]).toBe(message);
  });

  it.skipIf(!hasShared(POLNEAR, 'the JSONL run over PolNeAR dev texts'))('reads a file of real news texts, in order', async () => {
    const names = readdirSync(POLNEAR).sort().slice(0, 12);
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sl-jsonl-')), 'polnear.jsonl');
    writeFileSync(file, lines(names.map((name) => ({ id: name, text: readFileSync(path.join(POLNEAR, name), 'utf8') }))));
    const { code, stdout } = await analyze('--jsonl', file, '--jobs', '2');
    expect(code).toBe(0);
    const out = parseOut(stdout);
    expect(out.map((r) => r.id)).toEqual(names);
    expect(out.every((r) => r.error === undefined && r.entities.length > 0)).toBe(true);
  });
});
