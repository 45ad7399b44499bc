import { describe, expect, test } from 'vitest';
import { isFresh, memoryCache } from '@/lib/services/cache';

describe('memoryCache', () => {
  test('answers undefined for a key it has not seen', async () => {
    expect(await memoryCache<string>().get('https://example.org/a')).toBeUndefined();
  });

  test('returns what was put, and the latest put for a key wins', async () => {
    const cache = memoryCache<string[]>();
    await cache.put({ key: 'k', value: ['old'], fetchedAt: 1 });
    await cache.put({ key: 'k', value: ['new'], fetchedAt: 2 });
    expect(await cache.get('k')).toEqual({ key: 'k', value: ['new'], fetchedAt: 2 });
  });

  test('keeps entries apart from what callers do with theirs afterwards', async () => {
    const cache = memoryCache<number>();
    const entry = { key: 'k', value: 1, fetchedAt: 10 };
    await cache.put(entry);
    entry.fetchedAt = 99;
    const got = await cache.get('k');
    got!.fetchedAt = 50;
    expect((await cache.get('k'))!.fetchedAt).toBe(10);
  });
});

describe('isFresh', () => {
  const ttl = 6 * 60 * 60 * 1000;
  test.each([
    ['just fetched', 1_000, 1_000, true],
    ['an hour old', 0, 60 * 60 * 1000, true],
    ['exactly the ttl old', 0, ttl, false],
    ['older than the ttl', 0, ttl + 1, false],
    ['from the future (clock set back)', 5_000, 1_000, false],
  ])('%s', (_, fetchedAt, now, fresh) => {
    expect(isFresh(fetchedAt, ttl, now)).toBe(fresh);
  });
});
