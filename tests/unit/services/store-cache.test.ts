import { afterEach, describe, expect, test } from 'vitest';
import { CACHE_LIMITS, keysToDrop } from '@/lib/services/cache';
import { buildCoverageUrl } from '@/lib/services/gdelt';
import { knowledgeKey } from '@/lib/services/knowledge';
import { pruneStoreCache, storeCache } from '@/lib/services/store-cache';
import { SourcelightDB } from '@/lib/db/schema';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const peskov = knowledgeKey({ name: 'Dmitry Peskov', context: { role: 'Kremlin spokesman', organizations: [], places: [], date: null } });
const coverage = buildCoverageUrl('Dmitry Peskov');
const zakharova = buildCoverageUrl('Maria Zakharova');

let n = 0;
const opened: SourcelightDB[] = [];
function store(): SourcelightDB {
  const db = new SourcelightDB(`store-cache-${process.pid}-${++n}`);
  opened.push(db);
  return db;
}
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const keys = async (db: SourcelightDB) => (await db.cache.orderBy('fetchedAt').toArray()).map((r) => r.key);

describe('keysToDrop', () => {
  const entries = [
    { key: 'a', fetchedAt: NOW - 31 * DAY },
    { key: 'b', fetchedAt: NOW - 29 * DAY },
    { key: 'c', fetchedAt: NOW - HOUR },
    { key: 'd', fetchedAt: NOW },
  ];
  test.each([
    ['older than 30 days only', { ...CACHE_LIMITS }, ['a']],
    ['then the oldest past the count', { ...CACHE_LIMITS, maxEntries: 2 }, ['a', 'b']],
    ['a shorter age', { ...CACHE_LIMITS, maxAgeMs: DAY }, ['a', 'b']],
    ['nothing when within both', { ...CACHE_LIMITS, maxAgeMs: 60 * DAY }, []],
  ])('%s', (_, limits, dropped) => {
    expect(keysToDrop(entries, NOW, limits)).toEqual(dropped);
  });
});

describe('pruneStoreCache', () => {
  test('deletes answers older than 30 days and keeps the rest', async () => {
    const db = store();
    await db.cache.bulkPut([
      { key: peskov, value: { status: 'not-found' }, fetchedAt: NOW - 30 * DAY - 1 },
      { key: coverage, value: [], fetchedAt: NOW - 30 * DAY + 1 },
      { key: zakharova, value: [], fetchedAt: NOW - HOUR },
    ]);
    expect(await pruneStoreCache(db, NOW)).toBe(1);
    expect(await keys(db)).toEqual([coverage, zakharova]);
  });

  test('keeps the newest under the count budget, the oldest fetched going first', async () => {
    const db = store();
    await db.cache.bulkPut(Array.from({ length: 6 }, (_, i) => ({ key: `k${i}`, value: i, fetchedAt: NOW - i * HOUR })));
    expect(await pruneStoreCache(db, NOW, { ...CACHE_LIMITS, maxEntries: 4 })).toBe(2);
    expect(await keys(db)).toEqual(['k3', 'k2', 'k1', 'k0']);
  });
});

describe('storeCache', () => {
  test('a write prunes, at most once an hour', async () => {
    const db = store();
    let now = NOW;
    const cache = storeCache<unknown[]>(db, { now: () => now });
    await db.cache.put({ key: peskov, value: { status: 'not-found' }, fetchedAt: NOW - 40 * DAY });
    await cache.put({ key: coverage, value: [], fetchedAt: now });
    expect(await keys(db)).toEqual([coverage]);

    await db.cache.put({ key: peskov, value: { status: 'not-found' }, fetchedAt: NOW - 40 * DAY });
    now += HOUR - 1;
    await cache.put({ key: zakharova, value: [], fetchedAt: now });
    expect(await keys(db)).toEqual([peskov, coverage, zakharova]);

    now += 1;
    await cache.put({ key: zakharova, value: [], fetchedAt: now });
    expect(await keys(db)).toEqual([coverage, zakharova]);
    expect(await cache.get(coverage)).toEqual({ key: coverage, value: [], fetchedAt: NOW });
  });
});
