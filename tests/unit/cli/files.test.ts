import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { threadsFor } from '../../../cli/files';
import { analyze, SAMPLE } from '../../helpers/cli';

const SHORT = 'The Kremlin said on Tuesday that it would not comment on the claims.';

/** Files where pages (slow: extraction) and short texts (fast) alternate, and a missing one in the middle. */
function inputs(): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-files-'));
  const files = Array.from({ length: 12 }, (_, i) => {
    if (i === 7) return path.join(dir, 'missing.txt');
    if (i % 3 === 0) return SAMPLE;
    const file = path.join(dir, `short-${i}.txt`);
    writeFileSync(file, `${SHORT} Story ${i}.`);
    return file;
  });
  return { dir, files };
}

describe('npm run analyze -- FILE... on several threads', () => {
  it('writes the same summaries in the same order on two threads as on one, and each error in its place', async () => {
    const { files } = inputs();
    const one = await analyze('--jobs', '1', ...files);
    const two = await analyze('--jobs', '2', ...files);
    expect(one.code).toBe(1);
    expect(two).toEqual(one);
    // In the files' order: each summary starts with its file's name, and the missing file is reported once.
    const named = [...one.stdout.matchAll(/^(\S.*)$/gm)].map((m) => m[1]);
    expect(named).toEqual(files.filter((f) => !f.endsWith('missing.txt')));
    expect(one.stderr.trim().split('\n')).toEqual([`analyze: ${files[7]}: no such file`]);
  });

  it('writes the same JSON files on two threads as on one', async () => {
    const { dir, files } = inputs();
    const texts = files.filter((f) => f.startsWith(dir) && !f.endsWith('missing.txt'));
    const outs = ['1', '2'].map((jobs) => {
      const out = path.join(dir, `out-${jobs}`);
      return { jobs, out };
    });
    for (const { jobs, out } of outs) expect((await analyze('--jobs', jobs, '--out', out, SAMPLE, ...texts)).code).toBe(0);
    const [a, b] = outs.map(({ out }) => readdirSync(out).sort());
    expect(b).toEqual(a);
    expect(a).toHaveLength(texts.length + 1);
    for (const name of a!)
      expect(readFileSync(path.join(outs[1]!.out, name), 'utf8')).toBe(readFileSync(path.join(outs[0]!.out, name), 'utf8'));
  });

  it("reports a JSON file it cannot write as that file's error, writes the others, and exits 1", async () => {
    const { dir, files } = inputs();
    const out = path.join(dir, 'out');
    const texts = files.filter((f) => f.startsWith(dir) && !f.endsWith('missing.txt'));
    mkdirSync(path.join(out, 'short-1.json'), { recursive: true }); // a folder where the file should go
    const { code, stderr } = await analyze('--out', out, ...texts);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`analyze: ${texts[0]}: is a directory`]);
    expect(readdirSync(out).sort()).toEqual(texts.map((f) => path.basename(f, '.txt') + '.json').sort());
  });

  it('without --jobs, starts a thread for each megabyte of input, up to the core count', () => {
    const { dir } = inputs();
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, 'x'.repeat(2.5 * (1 << 20)));
    const small = [SAMPLE, path.join(dir, 'short-1.txt')];
    expect(threadsFor(small, null, 8)).toBe(1);
    expect(threadsFor([...small, big], null, 8)).toBe(3);
    expect(threadsFor([...small, big], null, 2)).toBe(2);
    expect(threadsFor([big], null, 8)).toBe(1); // never more threads than files
    expect(threadsFor(small, 4, 8)).toBe(2); // --jobs as given, up to the files
    expect(threadsFor([path.join(dir, 'missing.txt')], null, 8)).toBe(1);
  });

  test.each([
    [['--jobs', '0', SAMPLE], "analyze: --jobs takes a whole number from 1, not '0'"],
    [
      ['--jobs', '2', '--link', '--responses', '/tmp', SAMPLE],
      'analyze: --link looks people up one file at a time: --jobs does not go with it',
    ],
    [
      ['--jobs', '2', '--export', 'csv', '--out', '-', SAMPLE],
      'analyze: --export reads its files one at a time: --jobs does not go with it',
    ],
  ])('%j is refused with a reason', async (args, message) => {
    const result = await analyze(...args);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message);
  });
});
