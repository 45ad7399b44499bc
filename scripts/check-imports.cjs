/**
 * npm run lint:check's import checks, over the whole graph (ESLint sees one file at a time):
 * 1. No import cycles among the project's modules, type-only imports included: a cycle is two
 *    modules that cannot be read, tested or moved apart.
 * 2. Nothing the content script runs imports Dexie or lib/db, however indirectly (DESIGN "Storage
 *    belongs to the extension origin": in a page, IndexedDB is the page's database). Type-only
 *    imports are erased from the bundle, so they do not count here.
 * 3. Nor the background's work: the analysis, Readability's extraction (its readerable check is
 *    the page's), or the placing of saved annotations in a changed text. Every page loads the
 *    content script; `npm run bench` weighs it (issue 17: 25 KB gzipped at most).
 * madge, with the project's `@/` alias spelled out: madge reads tsconfig.json's `extends` but not
 * the `paths` WXT writes into .wxt/tsconfig.json relative to that folder.
 */
require('./typescript6-api.cjs');
const madge = require('madge');

const ROOTS = ['lib', 'entrypoints', 'components', 'cli', 'scripts', 'bench'];
const CONTENT_SCRIPT = 'entrypoints/content/index.ts';
const STORAGE = /^(lib\/db\/|node_modules\/dexie\/)/;
const BACKGROUND_WORK =
  /^(lib\/nlp\/analyze\.ts|lib\/anchoring\/(reanchor|match-quote)\.ts|node_modules\/approx-string-match\/|node_modules\/@mozilla\/readability\/(?!Readability-readerable\.js$))/;

function graphOf(options = {}) {
  return madge(ROOTS, {
    fileExtensions: ['ts', 'tsx', 'mts', 'mjs'],
    tsConfig: {
      compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] }, moduleResolution: 'bundler', jsx: 'react-jsx', allowJs: true },
    },
    ...options,
  });
}

/** The path from `start` to the first module `isBad` accepts, or null. */
function pathTo(graph, start, isBad) {
  const from = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    if (isBad(node)) {
      const path = [];
      for (let n = node; n !== null; n = from.get(n)) path.unshift(n);
      return path;
    }
    for (const next of graph[node] ?? []) {
      if (!from.has(next)) {
        from.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

async function main() {
  const all = await graphOf();
  const cycles = all.circular();
  const modules = Object.keys(all.obj()).length;
  if (cycles.length > 0) {
    console.error(`${cycles.length} import cycle(s); break each by moving what both sides need into a module both import:`);
    for (const cycle of cycles) console.error(`  ${[...cycle, cycle[0]].join(' → ')}`);
    process.exitCode = 1;
  } else console.log(`No import cycles among ${modules} modules.`);

  const runtime = await graphOf({
    includeNpm: true,
    detectiveOptions: { ts: { skipTypeImports: true }, tsx: { skipTypeImports: true } },
  });
  const storage = pathTo(runtime.obj(), CONTENT_SCRIPT, (m) => STORAGE.test(m));
  if (storage) {
    console.error(
      `The content script imports the store (content scripts never import Dexie; send a message instead):\n  ${storage.join(' → ')}`,
    );
    process.exitCode = 1;
  } else if (!runtime.obj()[CONTENT_SCRIPT]) {
    console.error(`check-imports: ${CONTENT_SCRIPT} is not in the graph; update CONTENT_SCRIPT.`);
    process.exitCode = 2;
  } else console.log('The content script imports neither Dexie nor lib/db.');
  const work = pathTo(runtime.obj(), CONTENT_SCRIPT, (m) => BACKGROUND_WORK.test(m));
  if (work) {
    console.error(`The content script imports the background's work (send the page's copy or text instead):\n  ${work.join(' → ')}`);
    process.exitCode = 1;
  } else console.log("The content script carries none of the background's work (analysis, extraction, re-anchoring).");
}

main().catch((error) => {
  console.error(`check-imports: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
