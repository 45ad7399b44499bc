/** `npm run analyze -- --export …`: the files' saved articles in one export, readable by the library's import. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { parseImport } from '@/lib/export/import';
import { hasShared, PROJECT_ROOT, SEED_PAGE } from '../../helpers/shared-data';
import { analyze, analyzeWith, SAMPLE } from '../../helpers/cli';
import { machineSaved, sampleClaims } from '../export/fixtures';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'sl-export-'));

describe('npm run analyze -- --export', () => {
  it('writes JSON Lines the import reads back as the machine’s saved article, ids and all', async () => {
    const out = path.join(tmp(), 'library.jsonl');
    const { code, stderr } = await analyze('--export', 'jsonl', '--out', out, SAMPLE);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const result = parseImport('library.jsonl', readFileSync(out, 'utf8'));
    expect(result).toMatchObject({ ok: true, format: 'jsonl' });
    const [article] = (result as { articles: ReturnType<typeof machineSaved>[] }).articles;
    const expected = machineSaved(article!.savedAt);
    expect(article).toEqual(expected);
  });

  it('writes Web Annotations to standard output with --out -, the same ids on every run', async () => {
    const [a, b] = await Promise.all([
      analyze('--export', 'jsonld', '--out', '-', SAMPLE),
      analyze('--export', 'jsonld', '--out', '-', SAMPLE),
    ]);
    expect(a.code).toBe(0);
    const doc = JSON.parse(a.stdout);
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: sampleClaims() });
    expect(doc.first.items.map((i: { id: string }) => i.id)).toEqual(JSON.parse(b.stdout).first.items.map((i: { id: string }) => i.id));
    const result = parseImport('out.jsonld', a.stdout);
    expect(result).toMatchObject({
      ok: true,
      format: 'jsonld',
      articles: [{ url: 'https://harbourcourier.example/world/harbour-talks', text: '' }],
    });
  });

  it('writes CSV with a row per claim, and names a plain-text file by its file URL', async () => {
    const out = path.join(tmp(), 'claims.csv');
    const text = path.join(PROJECT_ROOT, 'README.md');
    const { code } = await analyze('--export', 'csv', '--out', out, SAMPLE, text);
    expect(code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]!.slice(0, 11)).toEqual([
      'article',
      'url',
      'outlet',
      'date',
      'speaker',
      'role',
      'source type',
      'cue',
      'content',
      'direct',
      'corrected',
    ]);
    expect(rows.filter((r) => r[1] === 'https://harbourcourier.example/world/harbour-talks')).toHaveLength(sampleClaims());
    expect(rows.slice(1).every((r) => r[1] === 'https://harbourcourier.example/world/harbour-talks' || r[1] === `file://${text}`)).toBe(
      true,
    );
  });

  describe('the same files give the same export', () => {
    // A copy of the sample with a known modification time, so the test does not depend on the checkout's.
    const copy = path.join(tmp(), 'harbour-talks.html');
    copyFileSync(SAMPLE, copy);
    const mtime = new Date('2026-10-02T03:04:05.678Z');
    utimesSync(copy, mtime, mtime);

    it.each(['jsonl', 'jsonld', 'csv'])('%s: byte for byte on two runs, stamped with the file’s modification time', async (format) => {
      const [a, b] = [await analyze('--export', format, '--out', '-', copy), await analyze('--export', format, '--out', '-', copy)];
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
      if (format === 'jsonl') {
        const [article] = (parseImport('l.jsonl', a.stdout) as { articles: ReturnType<typeof machineSaved>[] }).articles;
        expect(article).toEqual(machineSaved(mtime.toISOString()));
      }
    });

    it('with SOURCE_DATE_EPOCH set, stamps that time instead', async () => {
      const { code, stdout } = await analyzeWith({ SOURCE_DATE_EPOCH: '1767225600' }, '--export', 'jsonld', '--out', '-', copy);
      expect(code).toBe(0);
      const items: { created: string; modified: string }[] = JSON.parse(stdout).first.items;
      expect(new Set(items.flatMap((i) => [i.created, i.modified]))).toEqual(new Set(['2026-01-01T00:00:00.000Z']));
    });

    it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, before reading anything', async () => {
      const { code, stdout, stderr } = await analyzeWith({ SOURCE_DATE_EPOCH: '2026-01-01' }, '--export', 'jsonl', '--out', '-', copy);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr.trim()).toBe("analyze: SOURCE_DATE_EPOCH must be whole seconds since 1970 (such as 1767225600), not '2026-01-01'");
    });
  });

  it.each([
    [['--export', 'xml', '--out', '-', SAMPLE], /^analyze: unknown export format 'xml' \(jsonld, csv or jsonl\)\nusage:/],
    [['--export', 'csv', SAMPLE], /^analyze: --export needs --out FILE \(or --out - for standard output\)\nusage:/],
  ])('refuses %j with a clear error', async (args, error) => {
    const { code, stdout, stderr } = await analyze(...args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(error);
  });

  it('exports the files it could read, and says which it could not', async () => {
    const out = path.join(tmp(), 'library.jsonl');
    const { code, stderr } = await analyze('--export', 'jsonl', '--out', out, '/no/such/file.html', SAMPLE);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('analyze: /no/such/file.html: no such file');
    expect(parseImport('library.jsonl', readFileSync(out, 'utf8'))).toMatchObject({
      ok: true,
      articles: [{ url: 'https://harbourcourier.example/world/harbour-talks' }],
    });
  });

  it.runIf(hasShared(SEED_PAGE, 'seed page export'))('exports the seed page in every format, and imports it back', async () => {
    const dir = tmp();
    for (const format of ['jsonl', 'jsonld', 'csv'])
      expect((await analyze('--export', format, '--out', path.join(dir, `seed.${format}`), SEED_PAGE)).code).toBe(0);
    const lines = parseImport('seed.jsonl', readFileSync(path.join(dir, 'seed.jsonl'), 'utf8'));
    const linked = parseImport('seed.jsonld', readFileSync(path.join(dir, 'seed.jsonld'), 'utf8'));
    expect(lines.ok && linked.ok).toBe(true);
    if (!lines.ok || !linked.ok) return;
    // The seed page's seven attributions (its hand labels), the same in both formats.
    expect(lines.articles[0]!.annotations).toHaveLength(7);
    // Separate runs, stamped with the page's modification time: the same annotations, times and all.
    expect(linked.articles[0]!.annotations).toEqual(lines.articles[0]!.annotations);
    const rows = Papa.parse<string[]>(readFileSync(path.join(dir, 'seed.csv'), 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(8);
  });

  // A real page whose <title> holds 7,692 characters (the site put its keywords there): it used to
  // export and then be refused by the import ("title: is longer than 2000 characters").
  const LONG_TITLE = path.join(PROJECT_ROOT, '../shared/data/l3s-gn1/pages/41caaf23-998b-4487-bc8d-e9e11d78f2c4.html');
  it.runIf(hasShared(LONG_TITLE, 'the export of an over-long title'))(
    'fits a page to the library’s limits, so that what it exports imports back',
    async () => {
      const out = path.join(tmp(), 'long.jsonl');
      const { code } = await analyze('--export', 'jsonl', '--out', out, LONG_TITLE);
      expect(code).toBe(0);
      const result = parseImport('long.jsonl', readFileSync(out, 'utf8'));
      expect(result).toMatchObject({ ok: true, rejected: [] });
      const [article] = (result as { articles: Array<{ title: string }> }).articles;
      expect(article!.title.length).toBeLessThanOrEqual(2000);
      expect(article!.title.endsWith('…')).toBe(true);
    },
  );
});
