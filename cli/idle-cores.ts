/**
 * How many cores sat idle while this thread worked: the CPUs' idle time over a stretch of wall time,
 * from os.cpus(). The analyze command starts a worker thread only when a core is measured free: a
 * worker costs ~0.5 s of CPU to load and warm up (the bundle, the lexicons, V8's compilers), which a
 * run wins back on a free core and loses on a busy machine, where the worker only takes turns with
 * the main thread (84 news texts on 2 cores, medians: 1.25 s on one thread and 1.02 s on two with a
 * core mostly free; 1.13 s and 1.47 s with five other processes running). A load average would lag
 * behind: a run lasts about a second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

/** The CPUs' idle time summed (ms), and the time now (ms). */
export interface IdleClock {
  idleMs(): number;
  nowMs(): number;
}

const osClock: IdleClock = {
  idleMs: () => os.cpus().reduce((sum, cpu) => sum + cpu.times.idle, 0),
  // Not performance.now(): the global loads perf_hooks at first use (~5 ms of the command's start).
  nowMs: () => Number(process.hrtime.bigint()) / 1e6,
};

/**
 * The tasks runnable this instant on the machine that are not this process's, plus this thread: Linux's
 * count (/proc/loadavg's "R/T" field) less this process's threads in state R. Node's own threads (V8's
 * compilers and collector, libuv's pool) are often runnable for an instant at start; counted as work
 * of another process, they held the worker back on an idle 2-core machine in 7 runs of 20 (started
 * ~50 ms later, once this thread's load had been measured idle around it).
 */
export function runnableNow(): number | null {
  let machine: number;
  try {
    machine = Number.parseInt(readFileSync('/proc/loadavg', 'latin1').split(' ')[3] ?? '', 10);
  } catch {
    return null; // not Linux, or /proc not mounted
  }
  if (!Number.isInteger(machine) || machine <= 0) return null;
  return othersRunnable(machine, ownRunnable());
}

/**
 * `machine` runnable tasks of which `own` are this process's (this thread among them, when read):
 * the others, plus this thread. The two are read an instant apart, so it is never under one.
 */
export function othersRunnable(machine: number, own: number): number {
  return Math.max(1, machine - own + 1);
}

/** This process's threads in state R (running or ready): /proc/self/task/<tid>/stat, the field after the name. */
export function ownRunnable(tasks = '/proc/self/task'): number {
  let running = 0;
  let names: string[];
  try {
    names = readdirSync(tasks);
  } catch {
    return 1;
  }
  for (const tid of names) {
    try {
      const stat = readFileSync(`${tasks}/${tid}/stat`, 'latin1');
      // The name is in parentheses and may hold any character: the state follows its last ")".
      if (stat[stat.lastIndexOf(')') + 2] === 'R') running++;
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return Math.max(1, running);
}

/** How often, and how far apart, coresFreeNow reads before it says that no core is free. */
export const FREE_READINGS = 3;
export const READING_GAP_MS = 0.5;

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms`: Atomics.wait on a word nobody changes (allowed on Node's main thread). */
function sleepMs(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

/**
 * The cores free this instant besides this thread's: the cores less this thread and the tasks of
 * other processes runnable now (runnableNow), or null where the count cannot be read. No window: a
 * worker it says is worth starting starts before this thread loads the analysis (~50 ms), where a
 * measured window would start it after. CPU-bound processes are runnable whenever they are read, so
 * a busy machine reads busy; a task that wakes only for an instant (a kernel thread, the shell that
 * started the run: seen in 3 runs of 20 on an idle machine) is read past by reading up to
 * FREE_READINGS times READING_GAP_MS apart and keeping the most cores found free. Where that still
 * holds a worker back, the measured idle time (read()) starts it a little later.
 */
export function coresFreeNow(
  cores: number,
  runnable: () => number | null = runnableNow,
  wait: (ms: number) => void = sleepMs,
): number | null {
  let free: number | null = null;
  for (let k = 0; k < FREE_READINGS && (free === null || free < cores - 1); k++) {
    if (k > 0) wait(READING_GAP_MS);
    const now = runnable();
    if (now === null) return free;
    free = Math.max(free ?? 0, cores - now);
  }
  return free;
}

/** os.cpus() counts in ticks (10 ms on Linux): shorter stretches say too little. */
export const MIN_WINDOW_MS = 50;

export class IdleCores {
  private fromMs: number;
  private fromIdle: number;

  constructor(
    private readonly clock: IdleClock = osClock,
    private readonly runnable: () => number | null = runnableNow,
  ) {
    this.fromMs = clock.nowMs();
    this.fromIdle = clock.idleMs();
  }

  /** The cores free this instant besides this thread's (coresFreeNow), or null where that cannot be read. */
  freeNow(cores: number): number | null {
    return coresFreeNow(cores, this.runnable);
  }

  /**
   * The cores idle on average since the last reading (or the start), or null while that is under
   * MIN_WINDOW_MS (the CPUs are not read then); the next stretch starts at a reading.
   */
  read(): number | null {
    const nowMs = this.clock.nowMs();
    if (nowMs - this.fromMs < MIN_WINDOW_MS) return null;
    const idleMs = this.clock.idleMs();
    const idle = Math.max(0, idleMs - this.fromIdle) / (nowMs - this.fromMs);
    this.fromMs = nowMs;
    this.fromIdle = idleMs;
    return idle;
  }
}
