/**
 * `npm run analyze`: runs the bundled command (.output/cli/analyze.mjs, scripts/build-cli.mjs),
 * rebuilding it first when it is missing or when a source it was built from is newer. The
 * bundle is imported into this process (not spawned), so a run costs one Node start-up.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLE, INPUTS, ROOT, buildCli } from './build-cli.mjs';

function stale() {
  let built;
  try {
    built = statSync(BUNDLE).mtimeMs;
    const sources = JSON.parse(readFileSync(INPUTS, 'utf8'));
    // A source gone (moved, deleted) also means the bundle is out of date.
    return sources.some((file) => {
      const source = statSync(path.join(ROOT, file), { throwIfNoEntry: false });
      return !source || source.mtimeMs > built;
    });
  } catch {
    return true;
  }
}

if (stale()) await buildCli();
await import(pathToFileURL(BUNDLE).href);
