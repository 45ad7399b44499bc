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

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * What an answer cache keeps, in the extension's store and the CLI's folder alike.
 * - maxAgeMs, 30 days: past every lifetime an answer is fresh for (GDELT 6 hours, people a week)
 *   by enough to show an old answer with its age while offline for a while, and past GDELT's
 *   4-week window, so a coverage answer that old covers no day the next one would.
 * - maxEntries, 1,000: measuring bytes would mean reading every value; the entries are bounded
 *   instead (a person's facts and summary, a few KB; a GDELT list of at most 75 articles, about
 *   20 KB), so 1,000 is at most some 20 MB, and holds a month of reading 30 people a day.
 * - everyMs, an hour: pruning runs on a write, at most this often (two indexed deletes), so a
 *   lookup never waits for it more than once an hour.
 */
export const CACHE_LIMITS = { maxAgeMs: 30 * DAY, maxEntries: 1_000, everyMs: HOUR } as const;

export type CacheLimits = { maxAgeMs: number; maxEntries: number; everyMs: number };

/** The keys a cache over its limits drops: those older than maxAgeMs, then the oldest past maxEntries. */
export function keysToDrop(
  entries: ReadonlyArray<{ key: string; fetchedAt: number }>,
  now: number,
  limits: CacheLimits = CACHE_LIMITS,
): string[] {
  const oldest = [...entries].sort((a, b) => a.fetchedAt - b.fetchedAt);
  const tooOld = oldest.filter((e) => now - e.fetchedAt > limits.maxAgeMs);
  const kept = oldest.slice(tooOld.length);
  const over = Math.max(0, kept.length - limits.maxEntries);
  return [...tooOld, ...kept.slice(0, over)].map((e) => e.key);
}
