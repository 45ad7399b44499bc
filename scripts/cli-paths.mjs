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
 * Is the bundle missing, older than a source it was built from (inputs.json lists them, so the
 * check costs ~2 ms), or missing one of its own files (meta.json lists them: a core or chunk
 * deleted by hand, or by a cleanup of .output, made every later run fail on a file not found)?
 * A source gone (moved, deleted) also means the bundle is out of date.
 */
export function isStale(root = ROOT, bundle = BUNDLE, inputs = INPUTS) {
  try {
    const built = statSync(bundle).mtimeMs;
    const sources = JSON.parse(readFileSync(inputs, 'utf8'));
    const dir = path.dirname(bundle);
    const outputs = Object.keys(JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')));
    if (outputs.some((file) => !statSync(path.join(dir, file), { throwIfNoEntry: false }))) return true;
    return sources.some((file) => {
      const source = statSync(path.join(root, file), { throwIfNoEntry: false });
      return !source || source.mtimeMs > built;
    });
  } catch {
    return true;
  }
}
