import { describe, expect, test } from 'vitest';
import { createRateLimiter, memoryStore, type LastRequestStore } from '@/lib/services/rate-limit';

const INTERVAL = 5_000;

/** A clock that only moves when the limiter sleeps (or the test says so). */
function fakeClock(start = Date.parse('2026-11-29T12:00:00Z')) {
  const clock = {
    t: start,
    sleeps: [] as number[],
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.t += ms;
    },
  };
  return clock;
}

function limiterOn(clock: ReturnType<typeof fakeClock>, store: LastRequestStore = memoryStore()) {
  return createRateLimiter({ intervalMs: INTERVAL, store, now: clock.now, sleep: clock.sleep });
}

describe('createRateLimiter', () => {
  test('the first call starts at once', async () => {
    const clock = fakeClock();
    expect(await limiterOn(clock).schedule(async () => 'ran')).toBe('ran');
    expect(clock.sleeps).toEqual([]);
  });

  test('spaces the starts of calls scheduled together by the interval', async () => {
    const clock = fakeClock();
    const limiter = limiterOn(clock);
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => limiter.schedule(async () => starts.push(clock.now()))));
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(INTERVAL);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(INTERVAL);
  });

  test('runs one call at a time: the next waits for the one before to settle', async () => {
    const clock = fakeClock();
    const limiter = limiterOn(clock);
    const events: string[] = [];
    let finishFirst!: () => void;
    const first = limiter.schedule(() => new Promise<void>((resolve) => ((finishFirst = resolve), events.push('first starts'))));
    const second = limiter.schedule(async () => void events.push('second starts'));
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual(['first starts']);
    events.push('first ends');
    finishFirst();
    await Promise.all([first, second]);
    expect(events).toEqual(['first starts', 'first ends', 'second starts']);
  });

  test('does not wait when the interval has already passed', async () => {
    const clock = fakeClock();
    const limiter = limiterOn(clock);
    await limiter.schedule(async () => {});
    clock.t += INTERVAL + 1;
    await limiter.schedule(async () => {});
    expect(clock.sleeps).toEqual([]);
  });

  test('writes the start time to the store before calling', async () => {
    const clock = fakeClock();
    const store = memoryStore();
    const seen = await limiterOn(clock, store).schedule(() => store.get());
    expect(seen).toBe(clock.now());
  });

  test('a new limiter on the same store (a restarted service worker) still waits', async () => {
    const clock = fakeClock();
    const store = memoryStore();
    await limiterOn(clock, store).schedule(async () => {});
    const firstStart = clock.now();
    clock.t += 1_000;
    const restarted = limiterOn(clock, store);
    expect(await restarted.waitFor()).toBe(4_000);
    const secondStart = await restarted.schedule(async () => clock.now());
    expect(secondStart - firstStart).toBeGreaterThanOrEqual(INTERVAL);
    expect(clock.sleeps).toEqual([4_000]);
  });

  test('a failed call rejects for its caller and does not block the next', async () => {
    const clock = fakeClock();
    const limiter = limiterOn(clock);
    const failing = limiter.schedule(async () => {
      throw new Error('boom');
    });
    const next = limiter.schedule(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('next');
  });

  test('a stored time in the future (clock set back) costs one interval, not the gap', async () => {
    const clock = fakeClock();
    const limiter = limiterOn(clock, memoryStore(clock.now() + 60 * 60 * 1000));
    await limiter.schedule(async () => {});
    expect(clock.sleeps).toEqual([INTERVAL]);
  });

  test('waits again when another context started a request while it slept', async () => {
    const clock = fakeClock();
    const store = memoryStore(clock.now());
    let raced = false;
    const sleep = async (ms: number) => {
      await clock.sleep(ms);
      if (!raced) {
        raced = true;
        await store.set(clock.now() - 100); // someone else's start, just before we woke
      }
    };
    const limiter = createRateLimiter({ intervalMs: INTERVAL, store, now: clock.now, sleep });
    await limiter.schedule(async () => {});
    expect(clock.sleeps).toEqual([INTERVAL, INTERVAL - 100]);
  });
});
