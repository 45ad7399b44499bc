/**
 * `analyze --jsonl [FILE|-]`: one article per input line, one result per output line on standard
 * output, in input order (cli/jsonl-record.ts says what a line is), analysed by `jobs` worker
 * threads (cli/worker-pool.ts). At most IN_FLIGHT_PER_JOB records per worker are read ahead of the
 * output, so memory stays flat whatever the corpus's size. Blank lines are skipped; a line that
 * cannot be read or analysed gets `{"id", "line", "error"}` and the run goes on; a byte-order mark
 * before the first line (Windows tools write one) is not part of it. Exit code: 1 only
 * when the input cannot be opened or no line of it could be analysed, else 0. When standard
 * output's reader goes (`… | head`), reading stops, the records in flight are dropped and the run
 * ends as usual (cli/stdout-closed.ts).
 */
import { createReadStream, fstatSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { errorLine, parseRecord, type RecordId } from './jsonl-record';
import { WorkerPool } from './worker-pool';
import type { Answer } from './worker';
import { Progress } from './progress';
import { onOutputClosed, outputClosed, watchOutput } from './stdout-closed';

const IN_FLIGHT_PER_JOB = 8;

export interface JsonlOptions {
  input: string;
  jobs: number;
  threshold?: number;
}

interface Pending {
  id: RecordId | null;
  line: number;
  bytes: number;
  out?: string;
}

function inputSize(input: string): number | null {
  const stat = input === '-' ? fstatSync(0) : statSync(input);
  return stat.isFile() ? stat.size : null;
}

export async function runJsonl({ input, jobs, threshold }: JsonlOptions): Promise<number> {
  const stream = input === '-' ? process.stdin : createReadStream(input);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === '-') return resolve();
    stream.once('open', () => resolve()).once('error', reject);
  });
  await opened;
  const progress = new Progress(inputSize(input));
  const pending = new Map<number, Pending>(); // by sequence number, in input order
  let next = 0; // the next sequence number to write
  let seq = 0;
  let ended = false;
  let finish: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });

  const flush = () => {
    if (outputClosed()) return;
    for (let p = pending.get(next); p?.out !== undefined; p = pending.get(next)) {
      if (!process.stdout.write(p.out + '\n')) lines.pause(); // resumed on 'drain' below
      pending.delete(next++);
    }
    if (pending.size < jobs * IN_FLIGHT_PER_JOB && !process.stdout.writableNeedDrain) lines.resume();
    if (ended && !pending.size) finish();
  };
  const settle = (answer: Answer) => {
    if (outputClosed()) return;
    const p = pending.get(answer.seq)!;
    p.out = 'line' in answer ? answer.line : errorLine(p.id, p.line, answer.error);
    progress.done('line' in answer, p.bytes);
    flush();
  };
  const pool = new WorkerPool(jobs, threshold, settle);
  watchOutput();
  process.stdout.on('drain', flush);
  const unwatch = onOutputClosed(() => {
    lines.close();
    finish();
  });

  let lineNo = 0;
  let bytes = 0; // of the blank lines since the last record: counted with the next
  lines.on('line', (text) => {
    lineNo++;
    bytes += Buffer.byteLength(text) + 1;
    if (lineNo === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    if (!text.trim() || outputClosed()) return;
    const parsed = parseRecord(text);
    const at = seq++;
    pending.set(at, { id: parsed.ok ? parsed.record.id : parsed.id, line: lineNo, bytes });
    bytes = 0;
    if (parsed.ok) pool.submit({ seq: at, record: parsed.record });
    else settle({ seq: at, error: parsed.error });
    if (pending.size >= jobs * IN_FLIGHT_PER_JOB) lines.pause();
  });
  const readError = new Promise<Error>((resolve) => stream.once('error', resolve));
  lines.once('close', () => {
    ended = true;
    flush();
  });
  const error = await Promise.race([finished.then(() => null), readError]);
  process.stdout.off('drain', flush);
  unwatch();
  await pool.close();
  progress.end(outputClosed());
  if (error) {
    console.error(`analyze: ${input}: ${error.message}`);
    return 1;
  }
  return progress.articles > 0 && progress.failures === progress.articles ? 1 : 0;
}
