import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of the launcher's, without types
import { isStale } from '../../../scripts/cli-paths.mjs';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/**
 * A project with two sources and a bundle built at `builtAt` (seconds), its sources at `sourcesAt`:
 * the entry, a core and a chunk, listed in meta.json as the build lists them.
 */
function project(builtAt: number, sourcesAt: number) {
  root = mkdtempSync(path.join(os.tmpdir(), 'sl-stale-'));
  mkdirSync(path.join(root, 'cli'));
  mkdirSync(path.join(root, 'out'));
  for (const file of ['cli/a.ts', 'cli/b.ts']) {
    writeFileSync(path.join(root, file), 'export {};\n');
    utimesSync(path.join(root, file), sourcesAt, sourcesAt);
  }
  const bundle = path.join(root, 'out/analyze.mjs');
  const inputs = path.join(root, 'out/inputs.json');
  writeFileSync(bundle, '');
  for (const file of ['core-ABC.cjs', 'chunk-DEF.mjs']) writeFileSync(path.join(root, 'out', file), '');
  writeFileSync(path.join(root, 'out/meta.json'), JSON.stringify({ 'analyze.mjs': {}, 'core-ABC.cjs': {}, 'chunk-DEF.mjs': {} }));
  writeFileSync(inputs, JSON.stringify(['cli/a.ts', 'cli/b.ts']));
  utimesSync(bundle, builtAt, builtAt);
  return { check: () => isStale(root, bundle, inputs) as boolean, bundle, inputs };
}

describe('the launcher rebuilds the bundle', () => {
  it('not when every source is older than it', () => {
    expect(project(2_000_000, 1_000_000).check()).toBe(false);
  });

  it('when a source is newer', () => {
    const { check } = project(2_000_000, 1_000_000);
    utimesSync(path.join(root, 'cli/b.ts'), 3_000_000, 3_000_000);
    expect(check()).toBe(true);
  });

  it('when a source it was built from is gone', () => {
    const { check } = project(2_000_000, 1_000_000);
    rmSync(path.join(root, 'cli/a.ts'));
    expect(check()).toBe(true);
  });

  it('when a file the bundle is made of is gone, though every source is older', () => {
    const { check } = project(2_000_000, 1_000_000);
    rmSync(path.join(root, 'out/core-ABC.cjs'));
    expect(check()).toBe(true);
  });

  it('when its list of files is missing or unreadable', () => {
    const { check } = project(2_000_000, 1_000_000);
    writeFileSync(path.join(root, 'out/meta.json'), '[');
    expect(check()).toBe(true);
    rmSync(path.join(root, 'out/meta.json'));
    expect(check()).toBe(true);
  });

  it('when the bundle or its list of sources is missing or unreadable', () => {
    const { check, bundle, inputs } = project(2_000_000, 1_000_000);
    writeFileSync(inputs, '{ not json');
    expect(check()).toBe(true);
    rmSync(inputs);
    expect(check()).toBe(true);
    rmSync(bundle);
    expect(check()).toBe(true);
  });
});
