/**
 * The one throttle of the online clients, per service: at most so many requests in flight at once
 * (Wikimedia asks for ≤ 3), and, where a service punishes bursts, a least time between two request
 * starts (GDELT answers a 429 to more than one request every 5 s, and third-party notes say a few
 * quick calls re-trigger a penalty). A service's numbers are data (HostPolicy in host-policy.ts); this is
 * the mechanism for all of them.
 * The time of the last start lives in an injected store, not in this module: an MV3 service
 * worker can be killed and restarted between two calls, and a fresh module would otherwise think
 * it may start at once.
 */

/** Where the time of the last request start survives a restart (storage.session, IndexedDB). */
export interface LastRequestStore {
  get(): Promise<number | null>;
  set(at: number): Promise<void>;
}

export interface GateOptions {
  /** How many calls may run at once (1: one at a time, the next waits for the one before to settle). */
  maxConcurrent?: number;
  /** The least time between two call starts, ms; 0 spaces nothing (and never touches the store). */
  intervalMs?: number;
  store?: LastRequestStore;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Gate {
  /** Runs `fn` when a slot is free, in the order scheduled, and the interval since the last start has passed. */
  schedule<T>(fn: () => Promise<T>): Promise<T>;
  /** How long a call scheduled now would wait for the interval, ms (0: it may start at once); ignores queued calls. */
  waitFor(): Promise<number>;
}

/** One call at a time, starts spaced by `intervalMs`: what GDELT asks for. */
export type RateLimiter = Gate;
export type RateLimiterOptions = Omit<GateOptions, 'maxConcurrent' | 'intervalMs'> & { intervalMs: number; store: LastRequestStore };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createGate({
  maxConcurrent = 1,
  intervalMs = 0,
  store = memoryStore(),
  now = Date.now,
  sleep = realSleep,
}: GateOptions = {}): Gate {
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1)
    throw new RangeError(`maxConcurrent must be a whole number ≥ 1, not ${maxConcurrent}`);
  let active = 0;
  const waiting: Array<() => void> = [];
  // Starts are spaced one after another even when several slots are free.
  let starting: Promise<unknown> = Promise.resolve();

  async function acquire(): Promise<void> {
    if (active < maxConcurrent) {
      active += 1;
      return;
    }
    // The slot is handed over by release(), so `active` never dips and lets a newcomer jump the queue.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  }

  function delayFrom(last: number | null): number {
    if (last === null) return 0;
    // Capped at one interval: a clock set back would otherwise put the last start in the future
    // and stall every lookup until the clock caught up.
    return Math.min(intervalMs, Math.max(0, last + intervalMs - now()));
  }

  async function awaitTurn(): Promise<void> {
    let last = await store.get();
    for (;;) {
      const delay = delayFrom(last);
      if (delay === 0) break;
      await sleep(delay);
      const again = await store.get();
      // Unchanged: our wait is done (even if the clock moved oddly). Changed: another context
      // started a request while we slept, so its start is the one to keep our distance from.
      if (again === last) break;
      last = again;
    }
    // Written before the call: if the worker dies mid-request, the next one still keeps its distance.
    await store.set(now());
  }

  return {
    async schedule<T>(fn: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        if (intervalMs > 0) {
          const turn = starting.then(awaitTurn);
          // A failed store must not block the calls queued after this one.
          starting = turn.catch(() => undefined);
          await turn;
        }
        return await fn();
      } finally {
        release();
      }
    },
    async waitFor() {
      return intervalMs > 0 ? delayFrom(await store.get()) : 0;
    },
  };
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  return createGate({ ...options, maxConcurrent: 1 });
}

/** A store that forgets on restart: for tests (share one between two limiters to simulate a restart). */
export function memoryStore(initial: number | null = null): LastRequestStore {
  let last = initial;
  return {
    async get() {
      return last;
    },
    async set(at) {
      last = at;
    },
  };
}
