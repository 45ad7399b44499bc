/**
 * The one HTTP layer of the online lookups (Wikidata, Wikipedia): JSON GETs, anonymous and
 * identified, at most a few at a time, and a host that asked us to slow down is left alone until
 * the time it named, even across a restart of the service worker. A refusal, a throttle or a
 * broken body comes back as a value, never as a thrown exception.
 * Wikimedia's rules: shared/research/data-sources.md §1.3 (user agent, ≤ 3 concurrent requests,
 * honour Retry-After), §5 (preflight), §7 (what may leave the browser).
 */

export type JsonOutcome =
  | { ok: true; status: number; body: unknown }
  | {
      ok: false;
      reason: 'not-found' | 'rate-limited' | 'http-error' | 'malformed' | 'timeout' | 'offline';
      status?: number;
      retryAfterMs?: number;
      message: string;
    };

export type GetJson = (url: string) => Promise<JsonOutcome>;

/** The part of `fetch` the client uses; the global `fetch` fits. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Per host, the time (epoch ms) before which no request may go; kept where a restarted worker finds it. */
export interface HostHolds {
  get(host: string): Promise<number | null>;
  set(host: string, until: number): Promise<void>;
}

export interface JsonClientOptions {
  fetch: FetchLike;
  /** Sent as Api-User-Agent: the extension's name, version and contact, nothing about the user. */
  userAgent: string;
  /** Wikimedia's rate-limit page asks for at most 3 concurrent requests per client. */
  maxConcurrent?: number;
  /** Counted from the request's start, not from the wait in the queue. */
  timeoutMs?: number;
  now?: () => number;
  holds: HostHolds;
}

export const USER_AGENT = 'Sourcelight/0.1 (news-source context browser extension; https://github.com/sourcelight/sourcelight)';

/** When a 429 names no time. */
const DEFAULT_HOLD_MS = 60_000;
/** A Retry-After of 0 (or a date just past) must not let a retry loop hammer the host. */
const MIN_HOLD_MS = 1_000;
/** An absurd Retry-After, a far HTTP date (a skewed clock) or a clock set back must not silence a host for days. */
const MAX_HOLD_MS = 60 * 60_000;
const MAX_MESSAGE_LENGTH = 200;

/** Retry-After as ms from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP date form starts with the weekday; Date.parse alone would read "-5" or "1.5" as dates.
  if (!/^[A-Za-z]{3,9},? /.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function createJsonClient(options: JsonClientOptions): GetJson {
  // Taken out of the options object: a browser's fetch called as `options.fetch(…)` throws "Illegal invocation".
  const { fetch: doFetch, userAgent, maxConcurrent = 3, timeoutMs = 10_000, now = Date.now, holds } = options;
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1) throw new RangeError(`maxConcurrent must be a whole number ≥ 1, not ${maxConcurrent}`);
  // Also kept here: if the store cannot be written, this worker still honours the hold it was told.
  const localHolds = new Map<string, number>();
  let active = 0;
  const waiting: Array<() => void> = [];

  async function acquire(): Promise<void> {
    if (active < maxConcurrent) {
      active += 1;
      return;
    }
    // The slot is handed over by release(), so `active` never dips and lets a newcomer jump the queue.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  }

  async function holdFor(host: string): Promise<number> {
    const stored = await holds.get(host).catch(() => null);
    const until = Math.max(stored ?? 0, localHolds.get(host) ?? 0);
    const left = until - now();
    if (left <= 0) return 0;
    if (left > MAX_HOLD_MS) {
      // Only a clock set back gets here (holds are written capped): shorten it, or it would outlive the cap.
      await hold(host, MAX_HOLD_MS);
      return MAX_HOLD_MS;
    }
    return left;
  }

  async function hold(host: string, ms: number): Promise<void> {
    const until = now() + ms;
    localHolds.set(host, until);
    await holds.set(host, until).catch(() => {});
  }

  function held(host: string, ms: number): JsonOutcome {
    const seconds = Math.ceil(ms / 1000);
    return { ok: false, reason: 'rate-limited', retryAfterMs: ms, message: `${host} asked to slow down; Sourcelight waits ${seconds} s more before asking again` };
  }

  async function request(url: string, host: string): Promise<JsonOutcome> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(url, {
        method: 'GET',
        // No cookies and no referrer: Wikimedia learns the title asked for, not who asks or from which page (§7).
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: {
          // Chrome will not let fetch() set User-Agent, and Wikimedia may block clients it cannot
          // identify; its access policy names Api-User-Agent for browser code, and MediaWiki lists
          // it in $wgAllowedCorsHeaders, so the CORS preflight it causes is answered yes.
          'Api-User-Agent': userAgent,
          Accept: 'application/json',
        },
        signal: controller.signal,
      });
      // Read inside the timer: a body that stalls mid-way is a timeout too.
      const text = await response.text();
      return await judge(response, text, host);
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, reason: 'timeout', message: `${host} did not answer within ${Math.round(timeoutMs / 1000)} s` };
      return { ok: false, reason: 'offline', message: `${host} could not be reached: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      clearTimeout(timer);
    }
  }

  async function judge(response: Response, text: string, host: string): Promise<JsonOutcome> {
    const { status } = response;
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now());
    // A 503 without Retry-After is an outage, not a throttle: nothing tells us how long to wait.
    if (status === 429 || (status === 503 && retryAfter !== null)) {
      const ms = Math.min(MAX_HOLD_MS, Math.max(MIN_HOLD_MS, retryAfter ?? DEFAULT_HOLD_MS));
      await hold(host, ms);
      return { ...held(host, ms), status };
    }
    if (status === 404) return { ok: false, reason: 'not-found', status, message: problemText(status, text) };
    if (status < 200 || status >= 300) return { ok: false, reason: 'http-error', status, message: problemText(status, text) };
    try {
      return { ok: true, status, body: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
    } catch {
      return { ok: false, reason: 'malformed', status, message: `${host} sent a body that is not JSON: ${shorten(plain(text)) || '(empty)'}` };
    }
  }

  return async function getJson(url) {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return { ok: false, reason: 'http-error', message: `Not a URL: ${shorten(url)}` };
    }
    // Checked before queueing (answer at once) and again at our turn (a 429 may have come meanwhile).
    const early = await holdFor(host);
    if (early > 0) return held(host, early);
    await acquire();
    try {
      const late = await holdFor(host);
      if (late > 0) return held(host, late);
      return await request(url, host);
    } finally {
      release();
    }
  };
}

/** A problem+json body (Wikimedia's REST errors) says what went wrong in `detail` or `title`; else the text itself. */
function problemText(status: number, text: string): string {
  let detail = '';
  try {
    const problem = JSON.parse(text) as { detail?: unknown; title?: unknown } | null;
    const said = problem?.detail ?? problem?.title;
    if (typeof said === 'string') detail = said;
  } catch {
    detail = plain(text);
  }
  return `HTTP ${status}${detail ? `: ${shorten(detail)}` : ''}`;
}

const plain = (text: string) => text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
const shorten = (text: string) => (text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text);

/** Holds that forget on restart: for tests (share one between two clients to simulate a restart). */
export function memoryHolds(initial: Record<string, number> = {}): HostHolds {
  const until = new Map(Object.entries(initial));
  return {
    async get(host) {
      return until.get(host) ?? null;
    },
    async set(host, at) {
      until.set(host, at);
    },
  };
}
