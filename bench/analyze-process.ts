/**
 * `npm run analyze` as a whole process (Node's start, loading the bundle, the lexicons, every
 * text analysed and its JSON written) against compromise doing less as a whole process
 * (bench/compromise-process.mjs), over the same text files: PolNeAR dev where ../shared is
 * present, else the sample article's text. The runs (ours as run without --jobs: a worker for
 * each core free and MiB of input; ours on one thread, --jobs 1; compromise, which has one; a bare
 * `node -e ''`) alternate, and each figure is the median. compromise has no threads to use: the
 * one-thread figure is the like-for-like one. The bare start is context, not a baseline: both
 * sides pay it, and its size is the machine's (where NODE_EXTRA_CA_CERTS names a bundle, Node
 * parses it at every start: 37 of 60 ms on the machine this was written on).
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

/**
 * At least this many rounds: a whole process's wall time on a shared machine moves by ±10% from run
 * to run (the same build read 6.96, 8.10 and 7.28 as its ratio within an hour, at 3 rounds), and the median of
 * three moved with it. Eleven rounds take ~50 s (compromise's 3.6 s a run is most of it).
 */
const MIN_ROUNDS = 11;

export function benchAnalyzeProcess(texts: BenchText[], minRounds: number, log: (s: string) => void) {
  const rounds = Math.max(minRounds, MIN_ROUNDS);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-bench-cli-'));
  try {
    const files = texts.map(({ text }, i) => {
      const file = path.join(dir, `${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const ours = [path.join(ROOT, 'scripts/analyze.mjs'), '--out', path.join(dir, 'out'), ...files];
    const oneThread = [...ours.slice(0, 1), '--jobs', '1', ...ours.slice(1)];
    const theirs = [path.join(ROOT, 'bench/compromise-process.mjs'), ...files];
    const bareNode = ['-e', ''];
    log(`analyze as a process: ${files.length} texts, ${rounds} rounds each side, alternating (${os.availableParallelism()} cores)`);
    timed(ours); // builds the bundle when it is stale, and warms the file cache: not timed
    const runs = [ours, oneThread, theirs, bareNode];
    const ms: number[][] = runs.map(() => []);
    for (let r = 0; r < rounds; r++) {
      // A different one goes first each round, so that none always runs on the warmest machine.
      for (let k = 0; k < runs.length; k++) {
        const which = (r + k) % runs.length;
        ms[which]!.push(timed(runs[which]!));
      }
    }
    const [oursMs, oneThreadMs, theirsMs, nodeMs] = ms.map(median) as [number, number, number, number];
    return {
      analyzeProcessMs: round(oursMs),
      analyzeProcessOneThreadMs: round(oneThreadMs),
      compromiseProcessMs: round(theirsMs),
      analyzeProcessVsCompromise: round(theirsMs / oursMs),
      analyzeProcessOneThreadVsCompromise: round(theirsMs / oneThreadMs),
      nodeStartMs: round(nodeMs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
