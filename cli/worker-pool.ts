/**
 * The worker threads of the analyze command (`--jsonl`'s records, or the input files): each
 * analyses the tasks it is given (cli/worker.ts) and at most `ahead` wait at a worker, so that
 * none idles between two. The main thread may take a share itself (takeLocal). A worker that dies
 * (out of memory, a crash) fails only the records it held, and a new one takes its place.
 */
import { Worker } from 'node:worker_threads';
import type { Answer, Task } from './worker';

const AHEAD = 2;

/**
 * The bundle's worker beside the bundle. From source (the tests, tsx) a worker thread does not
 * take `--import tsx`, so it starts from a module that registers tsx's loader, then imports worker.ts.
 */
function workerFile(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./worker.cjs', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const start = `const tsx = await import(${JSON.stringify(tsx)}); tsx.register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(start)}`);
}

export class WorkerPool {
  private readonly held = new Map<Worker, Task[]>();
  private readonly waiting: Task[] = [];

  constructor(
    jobs: number,
    private readonly threshold: number | undefined,
    private readonly onAnswer: (answer: Answer) => void,
    private readonly ahead = AHEAD,
  ) {
    for (let i = 0; i < jobs; i++) this.start();
  }

  submit(task: Task): void {
    this.waiting.push(task);
    this.dispatch();
  }

  /** The next task no worker holds yet, for the main thread to do itself. */
  takeLocal(): Task | undefined {
    return this.waiting.shift();
  }

  async close(): Promise<void> {
    const workers = [...this.held.keys()];
    this.held.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): void {
    const worker = new Worker(workerFile(), { workerData: { threshold: this.threshold } });
    this.held.set(worker, []);
    worker.on('message', (answer: Answer) => {
      const tasks = this.held.get(worker);
      const at = tasks?.findIndex((t) => t.seq === answer.seq) ?? -1;
      if (at >= 0) tasks!.splice(at, 1);
      this.onAnswer(answer);
      this.dispatch();
    });
    worker.on('error', (e) => this.lost(worker, `the worker failed: ${e.message.split('\n')[0]}`));
    worker.on('exit', (code) => this.lost(worker, `the worker stopped (exit code ${code})`));
  }

  private lost(worker: Worker, error: string): void {
    const tasks = this.held.get(worker);
    if (!tasks) return; // closed, or already replaced
    this.held.delete(worker);
    for (const { seq } of tasks) this.onAnswer({ seq, error });
    this.start();
    this.dispatch();
  }

  private dispatch(): void {
    for (const [worker, tasks] of this.held) {
      while (tasks.length < this.ahead && this.waiting.length) {
        const task = this.waiting.shift()!;
        tasks.push(task);
        worker.postMessage(task);
      }
    }
  }
}
