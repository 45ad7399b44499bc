/**
 * npm run bench [-- --json] [-- --rounds N]
 *
 * Speed and size, measured as ratios against a baseline run in the same process on the same
 * inputs (never asserted in a test). Later issues add their figures to the same JSON object.
 *
 *   extractMsMedian        median over pages of our detection + extraction (+ text map), ms
 *   extractMsSlowest       the slowest page, ms (and extractSlowestPage, its name)
 *   readabilityMsMedian    median over pages of Readability.parse() alone on the same pages
 *   extractVsReadability   total time of ours / total time of Readability alone
 *   contentScriptGzipBytes gzipped size of the built content script (chrome-mv3)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readArticle } from '../lib/article';
import { loadPages } from './pages';

const ROOT = path.resolve(import.meta.dirname, '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

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

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const { values } = parseArgs({ options: { json: { type: 'boolean' }, rounds: { type: 'string' } } });
const log = values.json ? () => {} : (s: string) => console.error(s);
const rounds = Math.max(1, Number(values.rounds ?? 3));
const result = { ...benchExtraction(rounds, log), ...contentScriptSize(log) };
if (values.json) {
  console.log(JSON.stringify(result));
} else {
  const width = Math.max(...Object.keys(result).map((k) => k.length));
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(width)}  ${v}`);
  console.log(JSON.stringify(result));
}
