/**
 * Bundles the analyze command (cli/analyze.ts and its JSONL worker) into plain JavaScript with
 * esbuild, so that `npm run analyze` starts Node on compiled code and no TypeScript compiler runs
 * per invocation. `node scripts/build-cli.mjs` builds; scripts/analyze.mjs calls buildCli() when
 * the bundle is missing or older than one of its sources.
 * The bundle's sources (outside node_modules) and package-lock.json are listed in inputs.json
 * beside it: that list is what the staleness check stats, so it costs a few milliseconds.
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { OUT_DIR, ROOT } from './cli-paths.mjs';

export { BUNDLE, INPUTS, OUT_DIR, ROOT } from './cli-paths.mjs';
const ENTRIES = { analyze: 'cli/analyze.ts' };
/** The worker thread's entry, as CommonJS (worker.cjs): see cli/worker-entry.ts. */
const WORKER = 'cli/worker-entry.ts';
/** The analysis as one CommonJS script, which cli/core-loader.ts compiles with V8's code cache. */
const CORE = 'cli/worker.ts';

export async function buildCli() {
  // Built in a folder of its own and moved into place, so that two runs building at once
  // (parallel test files) never leave a half-written bundle for a third to load.
  const tmp = path.join(ROOT, '.output', `cli-${process.pid}-${Date.now()}`);
  // esbuild is loaded only to build: the launcher imports this file on every run.
  const { build } = await import('esbuild');
  // What the three builds share: Node 20's bundled JavaScript, with source maps and the metafile meta.json is made of.
  const common = {
    outdir: tmp,
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    // linkedom's CSS parser, for <style>.sheet, which the reading never asks for: as in the extension (wxt.config.ts).
    alias: { 'cssomnom/parse': path.join(ROOT, 'lib/background/no-css-parser.ts') },
  };
  const core = await build({
    ...common,
    entryPoints: { core: path.join(ROOT, CORE) },
    // Named by its content's hash: V8 checks a code cache against the source's length only.
    entryNames: '[name]-[hash]',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    plugins: [jsonParsed],
    // cli/read-file.ts makes a require() from import.meta only where there is none (run from source).
    logOverride: { 'empty-import-meta': 'silent' },
  });
  const coreName = path.basename(Object.keys(core.metafile.outputs).find((file) => file.endsWith('.cjs')));
  await asciiOnly(path.join(tmp, coreName));
  const define = { __SOURCELIGHT_CORE__: JSON.stringify(coreName) };
  const result = await build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(ROOT, file)])),
    outExtension: { '.js': '.mjs' },
    format: 'esm',
    // What only some runs need (HTML pages, exports, --link, --jsonl's pool) goes into chunks that
    // the entries import when they need them, so that a run over text files loads little else.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    plugins: [jsonParsed],
    define,
    // Bundled CommonJS dependencies call require(); ESM has none unless it is made.
    banner: { js: "import { createRequire as __slRequire } from 'node:module'; const require = __slRequire(import.meta.url);" },
  });
  const worker = await build({
    ...common,
    entryPoints: { worker: path.join(ROOT, WORKER) },
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    define,
    // core-loader.ts's loadAnalysis() reads import.meta, which CommonJS lacks; the worker never calls
    // it (it loads the core from __dirname) and esbuild leaves it out, but warns as it reads the file.
    logOverride: { 'empty-import-meta': 'silent' },
  });
  const metafiles = [result.metafile, core.metafile, worker.metafile];
  const sources = [...new Set(metafiles.flatMap((m) => Object.keys(m.inputs)))]
    .filter((file) => !file.includes('node_modules/'))
    .map((file) => path.relative(ROOT, path.resolve(process.cwd(), file)));
  const graph = Object.assign({}, ...metafiles.map((m) => staticGraph(m, tmp)));
  await writeFile(path.join(tmp, 'meta.json'), JSON.stringify(graph) + '\n');
  await writeFile(
    path.join(tmp, 'inputs.json'),
    JSON.stringify([...sources, 'package-lock.json', 'scripts/build-cli.mjs', 'scripts/cli-paths.mjs']) + '\n',
  );
  await mkdir(OUT_DIR, { recursive: true });
  // Chunks first (their names are their content's hash, so a running process never sees one
  // change), then the entries that import them, then inputs.json, which marks the bundle fresh.
  const entries = [...Object.keys(ENTRIES).flatMap((n) => [`${n}.mjs`, `${n}.mjs.map`]), 'worker.cjs', 'worker.cjs.map'];
  const chunks = (await readdir(tmp)).filter((name) => /^(?:chunk|core)-/.test(name));
  for (const name of [...chunks, ...entries, 'meta.json', 'inputs.json']) await rename(path.join(tmp, name), path.join(OUT_DIR, name));
  await rm(tmp, { recursive: true, force: true });
  await pruneChunks(new Set(chunks));
}

/**
 * Our JSON (the tagger's weights, 366 KB) as a string given to JSON.parse rather than esbuild's
 * object literal: V8 compiles and builds a literal of 12,500 properties in ~9 ms at every start (and
 * in every worker), and scans a string and parses it as JSON in ~5. The data is the same object.
 */
const jsonParsed = {
  name: 'json-parsed',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path: file }) => {
      if (file.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const json = JSON.stringify(JSON.parse(await readFile(file, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};

/**
 * esbuild leaves some characters beyond ASCII as they are (in regular expressions, comments): each
 * becomes its \\u escape, which means the same character wherever JavaScript allows one, so that
 * cli/core-loader.ts reads the core as a one-byte string with no UTF-8 to decode.
 */
async function asciiOnly(file) {
  const code = await readFile(file, 'utf8');
  await writeFile(
    file,
    code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

/**
 * meta.json: for each output file, the files it imports statically, the packages bundled into it
 * and its own sources, so that a test can tell what a run loads before it reaches a dynamic import().
 */
function staticGraph(metafile, outdir) {
  const graph = {};
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    graph[path.relative(outdir, path.resolve(process.cwd(), file))] = {
      imports: output.imports
        .filter((i) => i.kind === 'import-statement' && !i.external)
        .map((i) => path.relative(outdir, path.resolve(process.cwd(), i.path))),
      sources: Object.keys(output.inputs)
        .filter((f) => !f.includes('node_modules/'))
        .map((f) => path.relative(ROOT, path.resolve(process.cwd(), f))),
      packages: [
        ...new Set(
          Object.keys(output.inputs)
            .filter((f) => f.includes('node_modules/'))
            .map(packageOf),
        ),
      ].sort(),
    };
  }
  return graph;
}

function packageOf(file) {
  const [scopeOrName, name] = file.split('node_modules/').pop().split('/');
  return scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
}

/** Chunks and cores (and their caches) of earlier builds, once no run that started before this build can still be loading them. */
async function pruneChunks(current) {
  for (const name of await readdir(OUT_DIR)) {
    // An older core's code cache goes with it.
    if (!/^(?:chunk|core)-/.test(name) || current.has(name.replace(/\.cache$/, ''))) continue;
    const file = path.join(OUT_DIR, name);
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > 10 * 60_000) await rm(file, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
