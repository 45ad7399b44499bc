/**
 * How many cores sat idle while this thread worked: the CPUs' idle time over a stretch of wall time,
 * from os.cpus(). The analyze command starts a worker thread only when a core is measured free: a
 * worker costs ~0.5 s of CPU to load and warm up (the bundle, the lexicons, V8's compilers), which a
 * run wins back on a free core and loses on a busy machine, where the worker only takes turns with
 * the main thread (84 news texts on 2 cores, medians: 1.25 s on one thread and 1.02 s on two with a
 * core mostly free; 1.13 s and 1.47 s with five other processes running). A load average would lag
 * behind: a run lasts about a second.
 */
import { readFileSync } from 'node:fs';
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

/** Linux's count of the tasks runnable this instant, this thread among them: /proc/loadavg's "R/T" field. */
export function runnableNow(): number | null {
  try {
    const runnable = Number.parseInt(readFileSync('/proc/loadavg', 'latin1').split(' ')[3] ?? '', 10);
    return Number.isInteger(runnable) && runnable > 0 ? runnable : null;
  } catch {
    return null; // not Linux, or /proc not mounted
  }
}

/**
 * The cores free this instant besides this thread's: the cores less the runnable tasks (this thread
 * is one), or null where the count cannot be read. One reading, no window: a worker it says is
 * worth starting starts before this thread loads the analysis (~50 ms), where a measured window
 * would start it after. CPU-bound processes are runnable whenever they are read, so a busy machine
 * reads busy; a task that only wakes for an instant may hold a worker back, and then the measured
 * idle time (read()) still starts it a little later.
 */
export function coresFreeNow(cores: number, runnable: () => number | null = runnableNow): number | null {
  const now = runnable();
  return now === null ? null : Math.max(0, cores - now);
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
