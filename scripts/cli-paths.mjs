/**
 * Where the bundled command lives: shared by its build (scripts/build-cli.mjs) and its launcher
 * (scripts/analyze.mjs), which imports the build only when the bundle is stale: the build's own
 * imports (node:fs/promises among them) cost ~5 ms that every run would otherwise pay.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const OUT_DIR = path.join(ROOT, '.output/cli');
export const BUNDLE = path.join(OUT_DIR, 'analyze.mjs');
export const INPUTS = path.join(OUT_DIR, 'inputs.json');

/**
 * Is the bundle missing, or older than a source it was built from (inputs.json lists them, so the
 * check costs ~2 ms)? A source gone (moved, deleted) also means the bundle is out of date.
 */
export function isStale(root = ROOT, bundle = BUNDLE, inputs = INPUTS) {
  try {
    const built = statSync(bundle).mtimeMs;
    const sources = JSON.parse(readFileSync(inputs, 'utf8'));
    return sources.some((file) => {
      const source = statSync(path.join(root, file), { throwIfNoEntry: false });
      return !source || source.mtimeMs > built;
    });
  } catch {
    return true;
  }
}
