/**
 * How each online service is asked, as data: how many requests at once, how far apart, which
 * headers, how long a throttle holds. The one client (http.ts) and the one throttle
 * (rate-limit.ts) read these; a service is added here, not with a client of its own.
 */

export interface HostPolicy {
  /** Named in messages; the host where absent. */
  name?: string;
  /** Requests in flight at once (Wikimedia's rate-limit page: at most 3 per client). */
  maxConcurrent: number;
  /** The least time between two request starts, ms (GDELT: one request every 5 s). */
  intervalMs?: number;
  headers?: Record<string, string>;
  cache?: RequestCache;
  /** The hold after a throttle that names no time. */
  defaultHoldMs: number;
  /** The least hold after a throttle: a Retry-After of 0 must not let a retry loop hammer the host. */
  minHoldMs: number;
}

/**
 * Wikidata and Wikipedia. Chrome will not let fetch() set User-Agent, and Wikimedia may block
 * clients it cannot identify; its access policy names Api-User-Agent for browser code, and
 * MediaWiki lists it in $wgAllowedCorsHeaders, so the CORS preflight it causes is answered yes.
 */
export const wikimediaPolicy = (userAgent: string, maxConcurrent = 3): HostPolicy => ({
  maxConcurrent,
  headers: { 'Api-User-Agent': userAgent, Accept: 'application/json' },
  defaultHoldMs: 60_000,
  minHoldMs: 1_000,
});

/**
 * GDELT: one request every 5 s ("Please limit requests to one every 5 seconds"); no custom header
 * (it would cost a preflight); after a throttle, a minute at least: it keeps penalising clients
 * that come back quickly ("three requests in ~2 minutes was enough to re-trigger the penalty").
 */
export const GDELT_POLICY: HostPolicy = {
  name: 'GDELT',
  maxConcurrent: 1,
  intervalMs: 5_000,
  cache: 'no-store',
  defaultHoldMs: 60_000,
  minHoldMs: 60_000,
};
