/**
 * Spacing between requests to a service that punishes bursts (GDELT answers a 429 to more than
 * one request every 5 s, and third-party notes say a few quick calls re-trigger a penalty).
 * The time of the last start lives in an injected store, not in this module: an MV3 service
 * worker can be killed and restarted between two calls, and a fresh module would otherwise think
 * it may start at once.
 */

/** Where the time of the last request start survives a restart (storage.session, IndexedDB). */
export interface LastRequestStore {
  get(): Promise<number | null>;
  set(at: number): Promise<void>;
}

export interface RateLimiterOptions {
  /** The least time between two request starts, ms. */
  intervalMs: number;
  store: LastRequestStore;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RateLimiter {
  /** Runs `fn` after the calls scheduled before it have settled and the interval since the last start has passed. */
  schedule<T>(fn: () => Promise<T>): Promise<T>;
  /** How long a call scheduled now would wait for the interval, ms (0: it may start at once); ignores queued calls. */
  waitFor(): Promise<number>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createRateLimiter({ intervalMs, store, now = Date.now, sleep = realSleep }: RateLimiterOptions): RateLimiter {
  // Serialises calls within this worker's lifetime; across restarts the store does the spacing.
  let tail: Promise<unknown> = Promise.resolve();

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
      if (delay === 0) return;
      await sleep(delay);
      const again = await store.get();
      // Unchanged: our wait is done (even if the clock moved oddly). Changed: another context
      // started a request while we slept, so its start is the one to keep our distance from.
      if (again === last) return;
      last = again;
    }
  }

  async function run<T>(fn: () => Promise<T>): Promise<T> {
    await awaitTurn();
    // Written before the call: if the worker dies mid-request, the next one still keeps its distance.
    await store.set(now());
    return fn();
  }

  return {
    schedule<T>(fn: () => Promise<T>): Promise<T> {
      const result = tail.then(() => run(fn));
      // A failed call must not block the ones queued after it.
      tail = result.catch(() => undefined);
      return result;
    },
    async waitFor() {
      return delayFrom(await store.get());
    },
  };
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
