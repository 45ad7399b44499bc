/**
 * A worker thread of `analyze --jsonl` (cli/jsonl-pool.ts): analyses the records it is sent and
 * answers each with its output line or its error, so that one bad page never stops the others.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyseRecord, type JsonlRecord } from './jsonl-record';

export interface Task {
  seq: number;
  record: JsonlRecord;
}
export type Answer = { seq: number; line: string } | { seq: number; error: string };

const threshold = (workerData as { threshold?: number } | null)?.threshold;

parentPort?.on('message', async ({ seq, record }: Task) => {
  let answer: Answer;
  try {
    answer = { seq, line: await analyseRecord(record, threshold) };
  } catch (e) {
    answer = { seq, error: e instanceof Error ? e.message.split('\n')[0]! : String(e) };
  }
  parentPort!.postMessage(answer);
});
