/**
 * npm run bench [-- --json] [-- --rounds N] [-- --only extract,nlp,cli,store] [-- --articles N]
 *
 * Speed and size, measured as ratios against a baseline run in the same process on the same
 * inputs (never asserted in a test). Later issues add their figures to the same JSON object.
 * `--only` runs some parts: `extract` (the extraction timings and the content script's size,
 * which builds the extension), `nlp` (the analysis against compromise, and lib/nlp's size) and
 * `cli` (`npm run analyze` over the analysis texts as a whole process, against compromise), and
 * `store` (the local IndexedDB store filled with `--articles` synthetic articles, default 100,000,
 * in headless Chromium: see bench/store/).
 * extract + nlp take 40-80 s (the extension's build and the 130 pages); `-- --only nlp` about 10 s;
 * `-- --only store` 3-4 min at 100,000 articles on 2 cores (the fill), 30 s at `--articles 10000`.
 *
 *   extractMsMedian        median over pages of our detection + extraction (+ text map), ms
 *   extractMsSlowest       the slowest page, ms (and extractSlowestPage, its name)
 *   readabilityMsMedian    median over pages of Readability.parse() alone on the same pages
 *   extractVsReadability   total time of ours / total time of Readability alone
 *   contentScriptGzipBytes gzipped size of the built content script (chrome-mv3)
 *   nlpCharsPerMs          lib/nlp analyze(text): characters analysed per ms, over all texts
 *                          (PolNeAR dev where ../shared is present, else the sample article)
 *   compromiseCharsPerMs   compromise 14.17 on the same texts: nlp(text).people() + .quotations()
 *   nlpVsCompromise        throughput of lib/nlp / throughput of compromise (above 1: we are faster)
 *   nlpMsSlowest           the text lib/nlp took longest on, ms per run (and nlpSlowestText)
 *   nlpGzipBytes           gzipped size of lib/nlp/analyze.ts bundled with its lexicons (esbuild,
 *                          ESM, minified, platform neutral; gzip level 9)
 *   analyzeProcessMs       `npm run analyze -- --out DIR` over the analysis texts (PolNeAR dev where
 *                          ../shared is present) as a whole process, median wall time, ms (its
 *                          default --jobs: the core count)
 *   analyzeProcessOneThreadMs  the same with --jobs 1
 *   compromiseProcessMs    compromise's names and quotes of the same text files, as a whole process
 *   analyzeProcessVsCompromise  compromiseProcessMs / analyzeProcessMs (above 1: we are faster)
 *   analyzeProcessOneThreadVsCompromise  compromiseProcessMs / analyzeProcessOneThreadMs
 *   nodeStartMs            a bare `node -e ''`, timed in the same rounds: the part of each
 *                          process above that is Node's own start on this machine
 *   storeArticles          articles in the store the `store` figures are taken on (--articles)
 *   storeFillMs            time to fill it (direct bulkAdd in chunks, not recordArticle), ms
 *   storeEntities          entity rows after the fill (people, institutions, outlets)
 *   storeMentions          mention rows after the fill (one per entity and article)
 *   coverageQueryMs        median over ~200 people of the popup's detail view: entityMentions()
 *                          + groupByOutlet() + rolesOverTime() (goal: 10 ms at 100,000 articles);
 *                          the people: the 20 most covered, and the rest as a reader meets them
 *                          (a person named in a random stored article)
 *   coverageQueryMsP95     its 95th percentile, ms
 *   coverageTopMs          its median over the 20 most covered people alone, ms
 *   coverageBaselineMs     median of one db.articles.get(random id), timed alternately with it
 *   coverageVsBaseline     coverageQueryMs / coverageBaselineMs
 *   coverageMaxMentions    articles naming the most covered person (the count entityMentions returns)
 *   recordArticleMs        median of recordArticle() for 200 new articles (goal: 5 ms), into the
 *                          filled store: some people new, some printed by their surname alone
 *   recordArticleMsP95     its 95th percentile, ms
 *   recordArticleMsMean    its mean: the folds (below) spread over every article, ms
 *   recordFoldMs           median of the recordArticle() calls that also folded the pending
 *                          articles (every FOLD_EVERY-th, lib/db/fold.ts: their mention rows and
 *                          entity rows), ms
 *   coveragePendingMs      coverageQueryMs for the people the pending articles name, after the
 *                          recordings (their coverage also reads the pending articles' rows), ms
 *   recordBaselineMs       median of one small db.cache.put() in its own rw transaction
 *   recordVsBaseline       recordArticleMs / recordBaselineMs
 *   bytesPerArticle        navigator.storage.estimate() usage after the fill minus that of the
 *                          empty store, over storeArticles (IndexedDB on disk, as the browser counts it)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { readArticle } from '../lib/article';
import { benchAnalyzeProcess } from './analyze-process';
import { loadPages, loadTexts } from './pages';
import { median, round } from './stats';
import { benchStore } from './store/run-store';

const ROOT = path.resolve(import.meta.dirname, '..');

function timeOnce(html: string, work: (doc: Document) => unknown): number {
  const doc = parseHTML(html).document as unknown as Document; // parsing is not timed: both sides need it
  const t0 = performance.now();
  work(doc);
  return performance.now() - t0;
}

function benchExtraction(rounds: number, log: (s: string) => void) {
  const { pages, source } = loadPages();
  log(`extraction: ${pages.length} pages from ${source}, ${rounds} rounds (+1 warm-up) each`);
  const ours: number[] = [];
  const theirs: number[] = [];
  let slowest = { name: '', ms: 0 };
  for (const page of pages) {
    const a: number[] = [];
    const b: number[] = [];
    for (let r = 0; r <= rounds; r++) {
      // Alternate so that neither side always runs on a warmer JIT or a fuller heap.
      const x = timeOnce(page.html, (doc) => readArticle(doc, { always: true }));
      const y = timeOnce(page.html, (doc) => new Readability(doc).parse());
      if (r > 0) {
        a.push(x);
        b.push(y);
      }
    }
    const mine = median(a);
    ours.push(mine);
    theirs.push(median(b));
    if (mine > slowest.ms) slowest = { name: page.name, ms: mine };
  }
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    extractPages: pages.length,
    extractMsMedian: round(median(ours)),
    extractMsSlowest: round(slowest.ms),
    extractSlowestPage: slowest.name,
    readabilityMsMedian: round(median(theirs)),
    extractVsReadability: round(sum(ours) / sum(theirs)),
  };
}

function contentScriptSize(log: (s: string) => void) {
  log('building the extension (chrome-mv3) to measure the content script');
  execFileSync(path.join(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'ignore' });
  const file = path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
  if (!existsSync(file)) throw new Error(`no content script at ${file} after the build`);
  const raw = readFileSync(file);
  return { contentScriptBytes: raw.length, contentScriptGzipBytes: gzipSync(raw, { level: 9 }).length };
}

/** The text our extraction takes from a page (the texts' source where ../shared is absent). */
function articleText(html: string): string {
  return readArticle(parseHTML(html).document as unknown as Document, { always: true }).article.text;
}

/** Characters of text the warm-up runs both analyses on before anything is timed. */
const WARM_UP_CHARS = 50_000;
const MIN_TIMED_CHARS = 100_000;

async function benchAnalysis(rounds: number, log: (s: string) => void) {
  // Imported here, so that `--only extract` runs while lib/nlp is broken.
  const { analyze } = await import('../lib/nlp/analyze');
  const { default: nlp } = await import('compromise');
  const { texts, source } = loadTexts(articleText);
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  if (!chars) throw new Error(`no text to analyse in ${source}`);
  // Enough rounds to time 100k characters or more (the sample article alone has 4k).
  const passes = Math.max(rounds, Math.ceil(MIN_TIMED_CHARS / chars));
  log(`analysis: ${texts.length} texts (${chars} characters) from ${source}, ${passes} rounds after a warm-up`);
  let sink = 0; // what both sides found, summed, so that no work can be skipped
  const runOurs = (text: string) => {
    const a = analyze(text);
    sink += a.entities.length + a.attributions.length;
  };
  const runTheirs = (text: string) => {
    const doc = nlp(text);
    sink += doc.people().json().length + doc.quotations().json().length; // .json() does the lazy work
  };
  const time = (work: (text: string) => void, text: string) => {
    const t0 = performance.now();
    work(text);
    return performance.now() - t0;
  };
  // Warm-up (not timed): both sides on the first texts, so that lexicons are loaded and the JIT has run.
  for (let i = 0, n = 0; n < WARM_UP_CHARS; i++) {
    const { text } = texts[i % texts.length]!;
    runOurs(text);
    runTheirs(text);
    n += text.length;
  }
  let oursMs = 0;
  let theirsMs = 0;
  const perText = texts.map(() => 0);
  for (let r = 0; r < passes; r++) {
    texts.forEach(({ text }, i) => {
      // Alternate which side goes first so that neither always runs on a warmer cache or a fuller heap.
      let x: number;
      let y: number;
      if (r % 2 === 0) {
        x = time(runOurs, text);
        y = time(runTheirs, text);
      } else {
        y = time(runTheirs, text);
        x = time(runOurs, text);
      }
      oursMs += x;
      theirsMs += y;
      perText[i]! += x;
    });
  }
  const slowest = perText.indexOf(Math.max(...perText));
  const oursRate = (chars * passes) / oursMs;
  const theirsRate = (chars * passes) / theirsMs;
  log(`analysis: found ${sink} things in all (both sides, all runs)`);
  return {
    nlpTexts: texts.length,
    nlpChars: chars,
    nlpCharsPerMs: round(oursRate),
    compromiseCharsPerMs: round(theirsRate),
    nlpVsCompromise: round(oursRate / theirsRate),
    nlpMsSlowest: round(perText[slowest]! / passes),
    nlpSlowestText: texts[slowest]!.name,
  };
}

async function nlpSize(log: (s: string) => void) {
  log('bundling lib/nlp/analyze.ts with esbuild to measure it');
  const out = await build({
    entryPoints: [path.join(ROOT, 'lib/nlp/analyze.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'], // neutral has none: a dependency's entry would not resolve
    loader: { '.txt': 'text', '.tsv': 'text', '.csv': 'text' }, // lexicons kept as plain text
    write: false,
    logLevel: 'silent',
  });
  const raw = out.outputFiles[0]!.contents;
  return { nlpBytes: raw.length, nlpGzipBytes: gzipSync(raw, { level: 9 }).length };
}

const PARTS = ['extract', 'nlp', 'cli', 'store'];
const { values } = parseArgs({
  options: { json: { type: 'boolean' }, rounds: { type: 'string' }, only: { type: 'string' }, articles: { type: 'string' } },
});
const log = values.json ? () => {} : (s: string) => console.error(s);
const rounds = Math.max(1, Number(values.rounds ?? 3));
const only = values.only ? values.only.split(',').map((s) => s.trim()) : PARTS;
const unknown = only.filter((p) => !PARTS.includes(p));
if (unknown.length) {
  console.error(`bench: unknown part ${unknown.join(', ')}; parts are ${PARTS.join(', ')}`);
  process.exit(2);
}
const storeArticles = Number(values.articles ?? 100_000);
if (!Number.isInteger(storeArticles) || storeArticles < 100) {
  console.error(`bench: --articles takes a whole number of 100 or more, not ${values.articles}`);
  process.exit(2);
}
const result = {
  ...(only.includes('extract') ? { ...benchExtraction(rounds, log), ...contentScriptSize(log) } : {}),
  ...(only.includes('nlp') ? { ...(await benchAnalysis(rounds, log)), ...(await nlpSize(log)) } : {}),
  ...(only.includes('cli') ? benchAnalyzeProcess(loadTexts(articleText).texts, rounds, log) : {}),
  ...(only.includes('store') ? await benchStore(storeArticles, log) : {}),
};
if (values.json) {
  console.log(JSON.stringify(result));
} else {
  const width = Math.max(...Object.keys(result).map((k) => k.length));
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(width)}  ${v}`);
  console.log(JSON.stringify(result));
}
