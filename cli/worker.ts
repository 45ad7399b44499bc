/**
 * A worker thread of the analyze command (cli/worker-pool.ts): analyses the `--jsonl` records or
 * the input files it is sent, and answers each with its output or its error, so that one bad page
 * never stops the others.
 */
import './v8-tiering';
import { parentPort, workerData } from 'node:worker_threads';
import { describe } from './describe-error';
import { analyseFile, type FileTask } from './file-task';
import type { JsonlRecord } from './jsonl-record';
import { analyseRecord } from './record-task';

export type Task = { seq: number; record: JsonlRecord } | FileTask;
/** `line`: the record's output line, or the file's JSON or summary. */
export type Answer = { seq: number; line: string } | { seq: number; error: string };

const threshold = (workerData as { threshold?: number } | null)?.threshold;

/** A task done on this thread: the workers run it, and so does the main thread when it takes its share. */
export async function runTask(task: Task, at = threshold): Promise<Answer> {
  try {
    return { seq: task.seq, line: 'record' in task ? await analyseRecord(task.record, at) : await analyseFile(task, at) };
  } catch (e) {
    return { seq: task.seq, error: describe(e) };
  }
}

parentPort?.on('message', async (task: Task) => parentPort!.postMessage(await runTask(task)));
