/**
 * `analyze --out DIR FILE...` on one thread writes each file's JSON while it analyses the next,
 * not all of them once the last is analysed: each write (open, write, close, rename) takes a turn
 * of the event loop per step, and a loop that never gave one left every write waiting to the end
 * (~15 ms of a 0.4 s run over 84 news texts, idle). What was on disk is read each time the
 * command reads an input.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ out: '', jsonWhenRead: [] as number[] }));

vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const readFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (seen.out && typeof file === 'string' && file.endsWith('.txt')) {
      seen.jsonWhenRead.push(fs.readdirSync(seen.out).filter((f) => f.endsWith('.json')).length);
    }
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const { runFiles } = await import('../../../cli/files');

describe('npm run analyze -- --out DIR FILE... on one thread', () => {
  it("has written the first files' JSON by the time it reads the last file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-meanwhile-'));
    const files = Array.from({ length: 8 }, (_, i) => {
      const file = path.join(dir, `story-${i}.txt`);
      writeFileSync(file, `The Kremlin said on Tuesday that it would not comment on report ${i}. `.repeat(40));
      return file;
    });
    const out = path.join(dir, 'out');
    seen.out = out;
    expect(await runFiles(files, { out, jobs: 1, cores: 1 })).toBe(0);
    seen.out = '';
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toHaveLength(8);
    expect(seen.jsonWhenRead).toHaveLength(8);
    // Nothing is written before the first file is analysed; by the last, the first ones are on disk
    // (a write's four steps take a turn each: measured 3-5 of 7 written by then; none without the turns).
    expect(seen.jsonWhenRead[0]).toBe(0);
    expect(seen.jsonWhenRead.at(-1)).toBeGreaterThanOrEqual(1);
  }, 60_000);
});
