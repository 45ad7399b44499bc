/**
 * The answer cache in the store's `cache` table (v2: keyed by request URL or lookup key, indexed by
 * fetchedAt), pruned by CACHE_LIMITS: until issue 16 it grew until the reader chose "forget all".
 */
import type { SourcelightDB } from '../db/schema';
import { CACHE_LIMITS, type Cache, type CacheLimits } from './cache';

/** Deletes the entries older than maxAgeMs, then the oldest past maxEntries; returns how many went. */
export async function pruneStoreCache(db: SourcelightDB, now: number, limits: CacheLimits = CACHE_LIMITS): Promise<number> {
  return db.transaction('rw', db.cache, async () => {
    const old = await db.cache
      .where('fetchedAt')
      .below(now - limits.maxAgeMs)
      .delete();
    const over = (await db.cache.count()) - limits.maxEntries;
    const extra = over > 0 ? await db.cache.orderBy('fetchedAt').limit(over).delete() : 0;
    return old + extra;
  });
}

// When each store was last pruned by this worker: a restarted worker prunes on its first write, which is cheap.
const lastPruned = new WeakMap<SourcelightDB, number>();

export interface StoreCacheOptions {
  now?: () => number;
  limits?: CacheLimits;
}

export function storeCache<T>(db: SourcelightDB, { now = Date.now, limits = CACHE_LIMITS }: StoreCacheOptions = {}): Cache<T> {
  async function pruneNow(): Promise<void> {
    const at = now();
    const last = lastPruned.get(db);
    // A clock set back (at < last) prunes too, rather than never again.
    if (last !== undefined && at >= last && at - last < limits.everyMs) return;
    lastPruned.set(db, at);
    // A prune that fails costs only space: the answer is kept all the same.
    await pruneStoreCache(db, at, limits).catch(() => 0);
  }
  return {
    get: async (key) => {
      const row = await db.cache.get(key);
      return row ? { key: row.key, value: row.value as T, fetchedAt: row.fetchedAt } : undefined;
    },
    put: async (entry) => {
      await db.cache.put(entry);
      await pruneNow();
    },
  };
}
