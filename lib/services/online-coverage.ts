/**
 * The background's GDELT client: answers cached in the store (v2 `cache` table), GDELT_POLICY's
 * one request per 5 s across the whole extension with the last start and the penalty after a
 * throttle kept in storage.session (the service worker can be killed between two lookups), and
 * nothing sent until the reader allowed it.
 */
import type { SourcelightDB } from '../db/schema';
import { createGdeltClient, type CoverageAnswer, type GdeltArticle, type GdeltClient } from './gdelt';
import { GDELT_POLICY } from './host-policy';
import { createGate } from './rate-limit';
import { sessionTime } from './session-store';
import { storeCache } from './store-cache';

const sessionLastRequest = sessionTime('gdelt:last-request');
const sessionPenalty = sessionTime('gdelt:penalty-until');

let client: GdeltClient | null = null;

export function gdeltClient(db: SourcelightDB): GdeltClient {
  client ??= createGdeltClient({
    fetch: (url, init) => fetch(url, init),
    cache: storeCache<GdeltArticle[]>(db),
    limiter: createGate({ maxConcurrent: GDELT_POLICY.maxConcurrent, intervalMs: GDELT_POLICY.intervalMs, store: sessionLastRequest }),
    penalty: sessionPenalty,
  });
  return client;
}

/** GDELT's coverage of a name, or why there is none to show; never a request without consent. */
export async function onlineCoverage(
  name: string,
  allowed: boolean,
  coverage: (name: string) => Promise<CoverageAnswer>,
): Promise<CoverageAnswer> {
  if (!allowed) {
    return { status: 'unavailable', reason: 'refused', message: 'Online coverage is off: nothing was sent.', cached: null };
  }
  return coverage(name);
}
