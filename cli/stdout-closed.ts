/**
 * Standard output closed by its reader: `analyze --jsonl corpus.jsonl | head -3`, or a pipeline
 * stage that stops early. Node then gets EPIPE on its next write, and with no listener that is an
 * uncaught error: a stack trace on standard error and exit code 1 for a run that did all it was
 * asked. Here it is the end of the run instead, as it is for ripgrep or git: nobody reads what is
 * left, so the modes that write their results to standard output (--jsonl, the summaries of
 * FILE...) stop taking new work, let what runs finish (a file being written is written whole),
 * and exit quietly with their usual code. Any other error of standard output is reported in one
 * line and the run exits 1.
 */
import { describe } from './describe-error';

type Listener = () => void;

let closed = false;
const listeners = new Set<Listener>();

/** Is standard output closed (its reader gone)? */
export function outputClosed(): boolean {
  return closed;
}

/** Calls `listener` once, when standard output closes (at once if it has); the function returned stops that. */
export function onOutputClosed(listener: Listener): () => void {
  if (closed) {
    listener();
    return () => undefined;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const watched = new WeakSet<NodeJS.WritableStream>();

/**
 * Listens for `stream`'s errors (standard output's by default), once however often it is called:
 * by each mode as it starts writing there. Not as the command starts: process.stdout is made on
 * first use, and making it (its stream and net modules) cost a run that writes its results to
 * files, and never touches it, 2% more work.
 */
export function watchOutput(
  stream: NodeJS.WritableStream = process.stdout,
  fail: (code: number) => void = (code) => process.exit(code),
): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  stream.on('error', (e: NodeJS.ErrnoException) => {
    // After EPIPE the stream is destroyed, and each later write fails again (ERR_STREAM_DESTROYED).
    if (e.code === 'EPIPE' || (closed && e.code === 'ERR_STREAM_DESTROYED')) return close();
    console.error(`analyze: standard output: ${describe(e)}`);
    fail(1);
  });
}

function close(): void {
  if (closed) return;
  closed = true;
  for (const listener of listeners) listener();
  listeners.clear();
}

/** For tests: back to open, with no listeners. */
export function resetOutputClosed(): void {
  closed = false;
  listeners.clear();
}
