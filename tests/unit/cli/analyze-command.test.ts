import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArgs } from '../../../scripts/analyze-command.mjs';
import { PROJECT_ROOT } from '../../helpers/shared-data';

function rootWith(analyze: unknown): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'sl-analyze-command-'));
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ scripts: { analyze } }));
  return root;
}

describe('analyzeArgs: `npm run analyze` as package.json states it', () => {
  it("gives package.json's Node flags, then the launcher's absolute path", () => {
    const args = analyzeArgs(PROJECT_ROOT);
    expect(args.at(-1)).toBe(path.join(PROJECT_ROOT, 'scripts/analyze.mjs'));
    // Sparkplug compiled on a second thread: the cold run's main thread no longer stops for it (README).
    expect(args.slice(0, -1)).toContain('--concurrent-sparkplug');
  });

  it('states only flags this Node takes: a bad one would stop every run before it starts', () => {
    const flags = analyzeArgs(PROJECT_ROOT).slice(0, -1);
    const run = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write("ran")'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('ran');
  });

  it('reads the flags and file of another script the same way', () => {
    const root = rootWith('node --max-old-space-size=4096 --stack-size=2000 bin/run.mjs');
    expect(analyzeArgs(root)).toEqual(['--max-old-space-size=4096', '--stack-size=2000', path.join(root, 'bin/run.mjs')]);
    const bare = rootWith('node scripts/analyze.mjs');
    expect(analyzeArgs(bare)).toEqual([path.join(bare, 'scripts/analyze.mjs')]);
  });

  it.each([
    ['another runner', 'tsx cli/analyze.ts'],
    ['a shell variable', 'node $FLAGS scripts/analyze.mjs'],
    ['quoting', 'node "--title=a b" scripts/analyze.mjs'],
    ['no file', 'node --concurrent-sparkplug'],
    ['no script at all', undefined],
  ])('says what is wrong with a script it cannot split: %s', (_what, script) => {
    expect(() => analyzeArgs(rootWith(script))).toThrow(/package\.json: scripts\.analyze should read "node \[--flag \.\.\.\] FILE"/);
  });
});
