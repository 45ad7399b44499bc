/**
 * Bundles the analyze command (cli/analyze.ts and its JSONL worker) into plain JavaScript with
 * esbuild, so that `npm run analyze` starts Node on compiled code and no TypeScript compiler runs
 * per invocation. `node scripts/build-cli.mjs` builds; scripts/analyze.mjs calls buildCli() when
 * the bundle is missing or older than one of its sources.
 * The bundle's sources (outside node_modules) and package-lock.json are listed in inputs.json
 * beside it: that list is what the staleness check stats, so it costs a few milliseconds.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const OUT_DIR = path.join(ROOT, '.output/cli');
export const BUNDLE = path.join(OUT_DIR, 'analyze.mjs');
export const INPUTS = path.join(OUT_DIR, 'inputs.json');
const ENTRIES = { analyze: 'cli/analyze.ts', 'jsonl-worker': 'cli/jsonl-worker.ts' };

export async function buildCli() {
  // Built in a folder of its own and moved into place, so that two runs building at once
  // (parallel test files) never leave a half-written bundle for a third to load.
  const tmp = path.join(ROOT, '.output', `cli-${process.pid}-${Date.now()}`);
  // esbuild is loaded only to build: the launcher imports this file on every run.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)])),
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    metafile: true,
    // Bundled CommonJS dependencies call require(); ESM has none unless it is made.
    banner: { js: "import { createRequire as __slRequire } from 'node:module'; const require = __slRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  const sources = Object.keys(result.metafile.inputs)
    .filter((file) => !file.includes('node_modules/'))
    .map((file) => path.relative(ROOT, path.resolve(process.cwd(), file)));
  await writeFile(path.join(tmp, 'inputs.json'), JSON.stringify([...sources, 'package-lock.json', 'scripts/build-cli.mjs']) + '\n');
  await mkdir(OUT_DIR, { recursive: true });
  for (const name of [...Object.keys(ENTRIES).flatMap((n) => [`${n}.mjs`, `${n}.mjs.map`]), 'inputs.json']) {
    await rename(path.join(tmp, name), path.join(OUT_DIR, name));
  }
  await rm(tmp, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
