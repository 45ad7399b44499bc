/**
 * The background's GDELT client: answers cached in the store (v2 `cache` table), one request per
 * 5 s across the whole extension with the last start kept in storage.session (the service worker
 * can be killed between two lookups), and nothing sent until the reader allowed it.
 */
import { browser } from 'wxt/browser';
import type { SourcelightDB } from '../db/schema';
import type { Cache } from './cache';
import { createGdeltClient, type CoverageAnswer, type GdeltArticle, type GdeltClient } from './gdelt';
import { createRateLimiter, type LastRequestStore } from './rate-limit';

/** GDELT asks for at most one request every 5 seconds ("Please limit requests to one every 5 seconds"). */
export const GDELT_INTERVAL_MS = 5_000;
const LAST_KEY = 'gdelt:last-request';

/** A cache in the store's `cache` table (v2), keyed by request URL or lookup key. */
export function storeCache<T>(db: SourcelightDB): Cache<T> {
  return {
    get: async (key) => {
      const row = await db.cache.get(key);
      return row ? { key: row.key, value: row.value as T, fetchedAt: row.fetchedAt } : undefined;
    },
    put: async (entry) => void (await db.cache.put(entry)),
  };
}

/** A time kept in storage.session: it outlives the service worker, not the browser session. */
export function sessionTime(key: string): LastRequestStore {
  return {
    get: async () => {
      const got = await browser.storage.session.get(key);
      return typeof got[key] === 'number' ? (got[key] as number) : null;
    },
    set: async (at) => browser.storage.session.set({ [key]: at }),
  };
}

export const sessionLastRequest = sessionTime(LAST_KEY);
const sessionPenalty = sessionTime('gdelt:penalty-until');

let client: GdeltClient | null = null;

export function gdeltClient(db: SourcelightDB): GdeltClient {
  client ??= createGdeltClient({
    fetch: (url, init) => fetch(url, init),
    cache: storeCache<GdeltArticle[]>(db),
    limiter: createRateLimiter({ intervalMs: GDELT_INTERVAL_MS, store: sessionLastRequest }),
    penalty: sessionPenalty,
  });
  return client;
}

/** GDELT's coverage of a name, or why there is none to show; never a request without consent. */
export async function onlineCoverage(name: string, allowed: boolean, coverage: (name: string) => Promise<CoverageAnswer>): Promise<CoverageAnswer> {
  if (!allowed) {
    return { status: 'unavailable', reason: 'refused', message: 'Online coverage is off: nothing was sent.', cached: null };
  }
  return coverage(name);
}
