/**
 * `npm run analyze` as a whole process (Node's start, loading the bundle, the lexicons, every
 * text analysed and its JSON written) against compromise doing less as a whole process
 * (bench/compromise-process.mjs), over the same text files: PolNeAR dev where ../shared is
 * present, else the sample article's text. The two alternate, and each figure is the median.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchText } from './pages';
import { median, round } from './stats';

const ROOT = path.resolve(import.meta.dirname, '..');

function timed(args: string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - t0;
}

export function benchAnalyzeProcess(texts: BenchText[], rounds: number, log: (s: string) => void) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-bench-cli-'));
  try {
    const files = texts.map(({ text }, i) => {
      const file = path.join(dir, `${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const ours = [path.join(ROOT, 'scripts/analyze.mjs'), '--out', path.join(dir, 'out'), ...files];
    const theirs = [path.join(ROOT, 'bench/compromise-process.mjs'), ...files];
    log(`analyze as a process: ${files.length} texts, ${rounds} rounds each side, alternating`);
    timed(ours); // builds the bundle when it is stale, and warms the file cache: not timed
    const oursMs: number[] = [];
    const theirsMs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) oursMs.push(timed(ours));
      theirsMs.push(timed(theirs));
      if (r % 2 === 1) oursMs.push(timed(ours));
    }
    return {
      analyzeProcessMs: round(median(oursMs)),
      compromiseProcessMs: round(median(theirsMs)),
      analyzeProcessVsCompromise: round(median(theirsMs) / median(oursMs)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
