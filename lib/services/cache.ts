/**
 * The answer cache the online clients read before they ask the network. The storage is injected:
 * the background backs it with IndexedDB (the service worker may die between two lookups, and
 * a module variable dies with it); tests and a failed database open use the in-memory one.
 */

export interface CacheEntry<T> {
  /** The normalised request URL: the same record can then be replayed as a fixture. */
  key: string;
  value: T;
  /** Epoch ms when the answer arrived; callers judge freshness, so a stale answer can still be shown with its age. */
  fetchedAt: number;
}

export interface Cache<T> {
  get(key: string): Promise<CacheEntry<T> | undefined>;
  put(entry: CacheEntry<T>): Promise<void>;
}

/** A cache that lives as long as the module does: for tests, and as a fallback when IndexedDB cannot open. */
export function memoryCache<T>(): Cache<T> {
  const entries = new Map<string, CacheEntry<T>>();
  return {
    async get(key) {
      const entry = entries.get(key);
      // A copy, so that a caller mutating what it got cannot change what the next caller reads.
      return entry && { ...entry };
    },
    async put(entry) {
      entries.set(entry.key, { ...entry });
    },
  };
}

/** Whether an entry fetched at `fetchedAt` is still young enough to answer without a request. */
export function isFresh(fetchedAt: number, ttlMs: number, now: number): boolean {
  const age = now - fetchedAt;
  // A clock set back (age < 0) must not make an entry fresh forever.
  return age >= 0 && age < ttlMs;
}
