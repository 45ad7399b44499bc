/**
 * `analyze [--out DIR] FILE...` without --link: the files analysed on this thread and on worker
 * threads (cli/worker-pool.ts), each taking the next file as it comes free, and what each gives
 * written in the files' order: DIR/<name>.json, or its summary on standard output, or its one-line
 * error on standard error.
 * `--jobs N` starts N − 1 workers at once. Without it the run starts as many as BYTES_PER_WORKER of
 * the input is worth and as cores are free this instant (cli/idle-cores.ts: fewer tasks of other
 * processes runnable than cores), up to the core count; where none is free then (or that cannot be
 * read), it starts on this thread alone, and once this thread has loaded the analysis and after
 * each file, until workers run, starts as many as a core is measured idle for and as the input left
 * is worth.
 * This thread loads the analysis (~80 ms: the bundle's chunks, the tagger's weights) only after any
 * workers have started, so that they load theirs at the same time instead of after it.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadAnalysis } from './core-loader';
import { writeAtomically } from './atomic-write';
import { describe } from './describe-error';
import type { FileMode, FileTask } from './file-task';
import { IdleCores } from './idle-cores';
import type { Answer } from './worker';
import { WorkerPool } from './worker-pool';
import { onOutputClosed, outputClosed, watchOutput } from './stdout-closed';

export interface FilesOptions {
  out?: string;
  /** --jobs as given, or null: workers started as idle cores and the input left are worth. */
  jobs: number | null;
  cores: number;
  threshold?: number;
  /** Where the free and idle cores are read (a test gives its own). */
  idle?: Pick<IdleCores, 'read' | 'freeNow'>;
}

/**
 * A worker pays its own start (the bundle, the lexicons and the tagger's tables) and its own cold
 * code (V8 optimises nothing for it that this thread ran), and two threads share a machine's
 * memory. Measured with the default against --jobs 1 on a 2-core machine (11 alternating runs
 * each, PolNeAR texts), the worker lost time up to about 1 MB of input and cost 30-50% more CPU:
 * 415 KB 0.49 against 0.46 s, 637 KB 0.57 / 0.54, 813 KB 0.77 / 0.76, 1.66 MB 1.14 / 1.18 (an
 * earlier machine: 830 KB 5% sooner with it, 415 KB 4% later). So one worker for each MiB of
 * input: a run of a few hundred news texts stays on one thread, a corpus uses every free core.
 */
export const BYTES_PER_WORKER = 1024 * 1024;

/**
 * The workers worth starting now: one for each BYTES_PER_WORKER of the input left, up to the idle
 * cores (rounded) and the cores but this thread's.
 */
export function workersFor(bytesLeft: number, filesLeft: number, idleCores: number, cores: number): number {
  const worth = Math.floor(bytesLeft / BYTES_PER_WORKER);
  return Math.max(0, Math.min(worth, Math.round(idleCores), cores - 1, filesLeft - 1));
}

export function outputName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '') + '.json';
}

/**
 * Where each file's JSON goes under --out: <name>.json, as outputName says, while no two files
 * share that name (upper and lower case alike, as macOS and Windows see them). Where two do (the
 * index.html of two folders of a crawl), the second would have overwritten the first without a
 * word: then every file's JSON goes where the file stands under the folder all of them share
 * (a/index.html → a/index.json), its extension kept where even that is shared (x.html and x.txt).
 */
export function outputNames(files: readonly string[]): string[] {
  const flat = files.map(outputName);
  if (distinct(flat, files)) return flat;
  const absolute = files.map((f) => path.resolve(f));
  const root = absolute.reduce((common, f) => {
    let dir = common;
    while (path.relative(dir, f).startsWith('..')) dir = path.dirname(dir);
    return dir;
  }, path.dirname(absolute[0]!));
  const tree = absolute.map((f) => path.relative(root, f).replace(/\.[^./\\]+$/, '') + '.json');
  return distinct(tree, files) ? tree : absolute.map((f) => path.relative(root, f) + '.json');
}

/** No two names the same but for case, unless they are for one file given twice. */
function distinct(names: readonly string[], files: readonly string[]): boolean {
  const seen = new Map<string, string>();
  return names.every((name, i) => {
    const key = name.toLowerCase();
    const file = path.resolve(files[i]!);
    if (seen.has(key) && seen.get(key) !== file) return false;
    seen.set(key, file);
    return true;
  });
}

/** Exit code: 1 when any file failed. */
export async function runFiles(files: string[], { out, jobs, cores, threshold, idle }: FilesOptions): Promise<number> {
  const mode: FileMode = out ? 'json' : 'summary';
  const queue: FileTask[] = files.map((file, seq) => ({ seq, file, mode }));
  const sizes = files.map((file) => statSync(file, { throwIfNoEntry: false })?.size ?? 0);
  let bytesLeft = sizes.reduce((a, b) => a + b, 0);
  const written = writeInOrder(files, out ? outputPaths(files, out) : undefined);
  let pool = null as WorkerPool | null;
  const startWorkers = (workers: number) => {
    pool = new WorkerPool(workers, threshold, written.settle);
    for (const task of queue.splice(0)) pool.submit(task);
  };
  if (jobs !== null && Math.min(jobs, files.length) > 1) startWorkers(Math.min(jobs, files.length) - 1);
  const meter = jobs === null ? (idle ?? new IdleCores()) : null;
  // A worker started now loads its analysis while this thread loads its own: ~50 ms sooner at work
  // than one started once this thread's load has been measured idle around it.
  const freeNow = bytesLeft < BYTES_PER_WORKER ? null : meter?.freeNow(cores);
  if (freeNow) {
    const workers = workersFor(bytesLeft, queue.length, freeNow, cores);
    if (workers > 0) startWorkers(workers);
  }
  const { runTask } = await loadAnalysis();
  // The first stretch measured is this thread's load: a core idle through it is one a worker can take now.
  const startIfIdle = () => {
    const idleCores = pool || bytesLeft < BYTES_PER_WORKER ? null : meter?.read();
    if (idleCores == null) return;
    const workers = workersFor(bytesLeft, queue.length, idleCores, cores);
    if (workers > 0) startWorkers(workers);
  };
  startIfIdle();
  const take = (): FileTask | undefined => {
    const task = pool ? (pool.takeLocal() as FileTask | undefined) : queue.shift();
    if (task && !pool) bytesLeft -= sizes[task.seq]!;
    return task;
  };
  // Only the summaries go to standard output. Its reader gone (`… | head`), no file more is
  // analysed and what workers hold is dropped; an --out run never watches it, so never stops so.
  if (!out) watchOutput();
  const unwatch = onOutputClosed(() => written.stop());
  for (let task = take(); task && !outputClosed(); task = take()) {
    written.settle(await runTask(task, threshold));
    // Until workers run and while one could still be worth it.
    startIfIdle();
    // Between two files the event loop turns: the workers' answers are taken in and each is given
    // its next file, and the JSON writes go on (each of a write's steps waits for a turn: without
    // them every write waited for the last file, ~15 ms idle at the end of a run over 84 texts).
    if (pool || out) await new Promise((resolve) => setImmediate(resolve));
  }
  await written.finished;
  unwatch();
  await pool?.close();
  return written.failed() ? 1 : 0;
}

/** Each file's JSON under `out` (outputNames), with the folders it needs made. */
export function outputPaths(files: readonly string[], out: string): string[] {
  const paths = outputNames(files).map((name) => path.join(out, name));
  for (const dir of new Set(paths.map((p) => path.dirname(p)))) mkdirSync(dir, { recursive: true });
  return paths;
}

/**
 * What the threads give, written in the files' order as it comes in: each JSON file is written by
 * the thread pool while this thread analyses the next (a synchronous write held it ~1 ms a file),
 * and a failed write is that file's error. `finished` settles once every file is answered and written.
 */
function writeInOrder(files: string[], outPaths: string[] | undefined) {
  const answers = new Map<number, Answer>();
  const writes: Promise<void>[] = [];
  let next = 0;
  let failed = 0;
  let finish: () => void;
  const answered = new Promise<void>((resolve) => (finish = resolve));
  const report = (file: string, error: string) => {
    failed++;
    console.error(`analyze: ${file}: ${error}`);
  };
  const settle = (answer: Answer) => {
    answers.set(answer.seq, answer);
    for (let a = answers.get(next); a; a = answers.get(next)) {
      const file = files[next]!;
      if ('error' in a) report(file, a.error);
      else if (outPaths) writes.push(writeAtomically(outPaths[next]!, a.line).catch((e: unknown) => report(file, describe(e))));
      else if (!outputClosed()) console.log(a.line);
      answers.delete(next++);
    }
    if (next === files.length) finish();
  };
  if (!files.length) finish!();
  const finished = answered.then(() => Promise.all(writes)).then(() => undefined);
  /** Done now, with the answers still to come unwritten (standard output closed). */
  const stop = () => finish();
  return { settle, finished, stop, failed: () => failed };
}
