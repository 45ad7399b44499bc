/**
 * `analyze [--out DIR] FILE...` without --link: the files analysed on `jobs` threads, the main
 * thread and jobs − 1 workers (cli/worker-pool.ts) taking the next file as each comes free, and
 * what each gives written in the files' order: DIR/<name>.json, or its summary on standard
 * output, or its one-line error on standard error.
 * Without --jobs, a thread is started for each BYTES_PER_THREAD of input, up to the core count: a
 * worker costs ~0.3 s of CPU to start (the bundle, the lexicons, the tagger's tables), which 84
 * news texts (400 KB, ~1 s on one thread) do not win back on two cores, and 150 pages do.
 */
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe } from './describe-error';
import type { FileMode, FileTask } from './file-task';
import { runTask, type Answer } from './worker';
import { WorkerPool } from './worker-pool';

export interface FilesOptions {
  out?: string;
  /** --jobs as given, or null: as many as the input's size is worth, up to `cores`. */
  jobs: number | null;
  cores: number;
  threshold?: number;
}

const BYTES_PER_THREAD = 1 << 20;

/** The threads a run uses: --jobs when given (never more than the files), else one per BYTES_PER_THREAD of input. */
export function threadsFor(files: string[], jobs: number | null, cores: number): number {
  if (jobs !== null) return Math.max(1, Math.min(jobs, files.length));
  let bytes = 0;
  for (const file of files) bytes += statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  return Math.max(1, Math.min(cores, files.length, Math.ceil(bytes / BYTES_PER_THREAD)));
}

export function outputName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '') + '.json';
}

/** Exit code: 1 when any file failed. */
export async function runFiles(files: string[], { out, jobs, cores, threshold }: FilesOptions): Promise<number> {
  const mode: FileMode = out ? 'json' : 'summary';
  const tasks: FileTask[] = files.map((file, seq) => ({ seq, file, mode }));
  const answers = new Map<number, Answer>();
  let next = 0;
  let failed = 0;
  // The JSON files are written by the thread pool while this thread analyses the next file (a
  // synchronous write held it ~1 ms a file); each is awaited before the run ends, and a failed
  // write is that file's error.
  const writes: Promise<void>[] = [];
  let finish: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const settle = (answer: Answer) => {
    answers.set(answer.seq, answer);
    for (let a = answers.get(next); a; a = answers.get(next)) {
      const file = files[next]!;
      if ('error' in a) {
        failed++;
        console.error(`analyze: ${file}: ${a.error}`);
      } else if (out) {
        writes.push(
          writeFile(path.join(out, outputName(file)), a.line).catch((e: unknown) => {
            failed++;
            console.error(`analyze: ${file}: ${describe(e)}`);
          }),
        );
      } else console.log(a.line);
      answers.delete(next++);
    }
    if (next === files.length) finish();
  };
  const workers = threadsFor(files, jobs, cores) - 1;
  const pool = workers > 0 ? new WorkerPool(workers, threshold, settle) : null;
  for (const task of tasks) pool?.submit(task);
  let task = pool ? pool.takeLocal() : tasks.shift();
  while (task) {
    settle(await runTask(task, threshold));
    // Between two files the workers' answers are taken in, and each is given its next file.
    if (pool) await new Promise((resolve) => setImmediate(resolve));
    task = pool ? pool.takeLocal() : tasks.shift();
  }
  if (files.length) await finished;
  await Promise.all([pool?.close(), ...writes]);
  return failed ? 1 : 0;
}
