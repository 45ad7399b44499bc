import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { GOLD, hasShared, SEED_PAGE } from '../../helpers/shared-data';
import { analyze, SAMPLE } from '../../helpers/cli';

describe('npm run analyze', () => {
  it('writes one JSON per file in the evaluation format, and one error line for a missing file', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'sl-analyze-'));
    const txt = path.join(out, 'plain.txt');
    writeFileSync(txt, 'The Kremlin said on Tuesday that it would not comment on the claims.');
    // A binary file given by mistake (a picture, a PDF) is refused, not read as a garbled text.
    const picture = path.join(out, 'photo.txt');
    writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const { code, stderr } = await analyze('--out', out, SAMPLE, '/no/such/file.html', txt, picture);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'analyze: /no/such/file.html: no such file',
      `analyze: ${picture}: a binary file, not text or HTML (a NUL byte at byte 9)`,
    ]);
    expect(readdirSync(out).sort()).toEqual(['harbour-talks.json', 'photo.txt', 'plain.json', 'plain.txt']);

    const page = JSON.parse(readFileSync(path.join(out, 'harbour-talks.json'), 'utf8'));
    expect(page).toMatchObject({
      article: {
        detected: true,
        title: 'Estmere and Calvara extend harbour talks as fishing dispute drags on',
        byline: 'Daniel Ferrow',
        outlet: 'harbourcourier.example',
        publishedAt: '2026-11-24T08:15:00.000Z',
      },
    });
    expect(page.article.text).toContain('Calvaran trade envoy Tomas Reyhani said on Monday');
    // The analysis: spans index into article.text, as the evaluation format requires.
    const marsh = page.entities.find((e: { name: string }) => e.name === 'Elena Marsh');
    expect(marsh).toMatchObject({ kind: 'person', role: 'Foreign Minister', official: true });
    for (const m of marsh.mentions) expect(page.article.text.slice(m.start, m.end)).toBe(m.text);
    const reyhani = page.attributions.find(
      (a: { cue: { text: string }; speaker: string }) => a.cue.text === 'said' && a.speaker === 'Tomas Reyhani',
    );
    expect(reyhani.content.text).toMatch(/^his government was ready to reopen two northern harbours/);
    const plain = JSON.parse(readFileSync(path.join(out, 'plain.json'), 'utf8'));
    expect(plain.article.text).toBe('The Kremlin said on Tuesday that it would not comment on the claims.');
  });

  it('prints a readable summary without --out', async () => {
    const { code, stdout } = await analyze(SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toContain('article:   yes');
    expect(stdout).toContain('outlet:    The Harbour Courier (harbourcourier.example)');
  });

  it('says how to use it when given nothing, and rejects unknown options', async () => {
    expect((await analyze()).stderr).toMatch(/^usage: npm run --silent analyze/);
    const bad = await analyze('--frobnicate', SAMPLE);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--frobnicate'");
  });

  it.runIf(hasShared(SEED_PAGE, 'seed page extraction score'))(
    'extracts the seed page with shingle F1 of at least 0.95 (shared/eval/score.mjs)',
    async () => {
      const out = mkdtempSync(path.join(os.tmpdir(), 'sl-seed-'));
      expect((await analyze('--out', out, SEED_PAGE)).code).toBe(0);
      const stdout = execFileSync(
        'node',
        [path.join(GOLD, '../score.mjs'), 'aeb', '--gold', path.join(GOLD, 'ground-truth.json'), '--pred', out, '--json'],
        { encoding: 'utf8' },
      );
      const score = JSON.parse(stdout.trim().split('\n').pop()!);
      expect(score.detected).toBe(1);
      expect(score.F1).toBeGreaterThanOrEqual(0.95);
    },
  );
});
