import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCommonJs } from '../../../cli/core-loader';
import { PROJECT_ROOT } from '../../helpers/shared-data';
import { analyze, SAMPLE } from '../../helpers/cli';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function script(source: string): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sl-core-'));
  const file = path.join(dir, 'core-test.cjs');
  writeFileSync(file, source);
  return file;
}

const SOURCE = `const { basename } = require('node:path');
exports.twice = (n) => n * 2;
exports.name = basename(__filename);
exports.shout = (s) => s.toUpperCase() + '!';`;

describe('a CommonJS script compiled with its code cache', () => {
  it('runs without a cache, writes one, and runs the same with it', () => {
    const file = script(SOURCE);
    const first = loadCommonJs<{ twice(n: number): number; name: string; shout(s: string): string }>(file);
    expect(first.cache).toBe('absent');
    expect([first.exports.twice(21), first.exports.name, first.exports.shout('no comment')]).toEqual([42, 'core-test.cjs', 'NO COMMENT!']);
    first.saveCache();
    expect(readFileSync(`${file}.cache`).length).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual(['core-test.cjs', 'core-test.cjs.cache']); // no temporary file left
    const second = loadCommonJs<typeof first.exports>(file);
    expect(second.cache).toBe('used');
    expect([second.exports.twice(21), second.exports.name, second.exports.shout('no comment')]).toEqual([
      42,
      'core-test.cjs',
      'NO COMMENT!',
    ]);
  });

  it('compiles as usual when the cache is not one V8 takes', () => {
    const file = script(SOURCE);
    writeFileSync(`${file}.cache`, Buffer.from('not a code cache at all, just bytes'));
    const loaded = loadCommonJs<{ twice(n: number): number }>(file);
    expect(loaded.cache).toBe('refused');
    expect(loaded.exports.twice(4)).toBe(8);
  });

  it('keeps no cache, and says nothing, where the cache cannot be written', () => {
    const file = script(SOURCE);
    // A folder in the cache's place: reading it fails, and so does renaming a cache over it, even as root.
    mkdirSync(path.join(`${file}.cache`, 'in-the-way'), { recursive: true });
    const loaded = loadCommonJs<{ twice(n: number): number }>(file);
    expect(loaded.cache).toBe('absent');
    expect(() => loaded.saveCache()).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['core-test.cjs', 'core-test.cjs.cache']); // the temporary file went
    expect(readdirSync(`${file}.cache`)).toEqual(['in-the-way']);
  });
});

describe('the bundled command and its cached core', () => {
  it('gives the same output before its core has a cache and after', async () => {
    const out = path.join(PROJECT_ROOT, '.output/cli');
    await analyze('--help'); // builds the bundle when it is stale
    // This build's core (meta.json names it: an older build's may still be beside it for a while).
    const graph = JSON.parse(readFileSync(path.join(out, 'meta.json'), 'utf8')) as Record<string, unknown>;
    const core = Object.keys(graph).find((name) => /^core-[A-Z0-9]+\.cjs$/.test(name))!;
    rmSync(path.join(out, `${core}.cache`), { force: true });
    const first = await analyze('--jobs', '1', SAMPLE);
    expect(first.code).toBe(0);
    expect(existsSync(path.join(out, `${core}.cache`))).toBe(true);
    const second = await analyze('--jobs', '1', SAMPLE);
    expect(second).toEqual(first);
    expect(first.stdout).toContain('Elena Marsh (Foreign Minister) [official]');
  }, 120_000);
});
