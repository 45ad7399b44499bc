/**
 * How many cores sat idle while this thread worked: the CPUs' idle time over a stretch of wall time,
 * from os.cpus(). The analyze command starts a worker thread only when a core is measured free: a
 * worker costs ~0.5 s of CPU to load and warm up (the bundle, the lexicons, V8's compilers), which a
 * run wins back on a free core and loses on a busy machine, where the worker only takes turns with
 * the main thread (84 news texts on 2 cores, medians: 1.25 s on one thread and 1.02 s on two with a
 * core mostly free; 1.13 s and 1.47 s with five other processes running). A load average would lag
 * behind: a run lasts about a second.
 */
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

/** os.cpus() counts in ticks (10 ms on Linux): shorter stretches say too little. */
export const MIN_WINDOW_MS = 50;

export class IdleCores {
  private fromMs: number;
  private fromIdle: number;

  constructor(private readonly clock: IdleClock = osClock) {
    this.fromMs = clock.nowMs();
    this.fromIdle = clock.idleMs();
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
