/**
 * The one HTTP layer of the online lookups (Wikidata, Wikipedia, GDELT): GETs with no cookies and
 * no referrer, a timeout counted from the request's start, a size limit, and a host that asked us
 * to slow down left alone until the time it named, even across a restart of the service worker.
 * Each service is a HostPolicy (data: how many at once, how far apart, which headers, how long a
 * throttle holds), and its body is read by a reader it brings (JSON, or GDELT's lenient JSON). A
 * refusal, a throttle or a broken body comes back as a value, never as a thrown exception.
 * Wikimedia's rules: shared/research/data-sources.md §1.3 (user agent, ≤ 3 concurrent requests,
 * honour Retry-After), §5 (preflight), §7 (what may leave the browser); GDELT's: §3.1.
 */
import { rememberingHolds, type HostHolds } from './host-holds';
import { wikimediaPolicy, type HostPolicy } from './host-policy';
import { createGate, type Gate } from './rate-limit';

/** The one vocabulary of failure of every online client. */
export type FailureReason = 'not-found' | 'rate-limited' | 'http-error' | 'malformed' | 'timeout' | 'offline' | 'refused';

export interface Failure<R extends FailureReason = FailureReason> {
  ok: false;
  reason: R;
  status?: number;
  retryAfterMs?: number;
  message: string;
}

export type Outcome<T, R extends FailureReason = FailureReason> = { ok: true; status: number; body: T } | Failure<R>;

/** Wikimedia's answers: JSON, and never a 'refused' (that is a service saying no in its own words). */
export type JsonOutcome = Outcome<unknown, Exclude<FailureReason, 'refused'>>;

export type GetJson = (url: string) => Promise<JsonOutcome>;

/** What a reader is given of an answer: the whole body as text, read inside the timeout. */
export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  /** The policy's name for the service, for messages ("GDELT"), or the host. */
  service: string;
}

/**
 * Turns any answer into an outcome. A throttle status (429, 503 with Retry-After) is a throttle
 * whatever the reader says (its own 'rate-limited' message is kept); a 'rate-limited' it reads in
 * the body holds the host as that status would.
 */
export type ReadBody<T, R extends FailureReason = FailureReason> = (answer: Answer) => Outcome<T, R>;

/** The part of `fetch` the client uses; the global `fetch` fits. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpClientOptions {
  fetch: FetchLike;
  policy: HostPolicy;
  holds: HostHolds;
  /** Built from the policy unless given (a test's fake clock, a start time kept in storage.session). */
  gate?: Gate;
  /** Counted from the request's start, not from the wait in the queue. */
  timeoutMs?: number;
  now?: () => number;
}

export interface JsonClientOptions {
  fetch: FetchLike;
  /** Sent as Api-User-Agent: the extension's name, version and contact, nothing about the user. */
  userAgent: string;
  maxConcurrent?: number;
  timeoutMs?: number;
  now?: () => number;
  holds: HostHolds;
}

export const USER_AGENT = 'Sourcelight/0.1 (news-source context browser extension; https://github.com/sourcelight/sourcelight)';

/** An absurd Retry-After, a far HTTP date (a skewed clock) or a clock set back must not silence a host for days. */
const MAX_HOLD_MS = 60 * 60_000;
/** No answer of ours is near this; a bigger one is a mistake or an attack, not read into memory twice. */
export const MAX_BODY_CHARS = 32 * 1024 * 1024;
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

export type HttpGet = <T, R extends FailureReason>(
  url: string,
  read: ReadBody<T, R>,
) => Promise<Outcome<T, R | 'rate-limited' | 'http-error' | 'malformed' | 'timeout' | 'offline'>>;

export function createHttpClient(options: HttpClientOptions): HttpGet {
  // Taken out of the options object: a browser's fetch called as `options.fetch(…)` throws "Illegal invocation".
  const { fetch: doFetch, policy, timeoutMs = 10_000, now = Date.now } = options;
  const gate = options.gate ?? createGate({ maxConcurrent: policy.maxConcurrent, intervalMs: policy.intervalMs, now });
  const { holds } = options;

  async function holdFor(host: string): Promise<number> {
    const left = ((await holds.get(host)) ?? 0) - now();
    if (left <= 0) return 0;
    if (left > MAX_HOLD_MS) {
      // Only a clock set back gets here (holds are written capped): shorten it, or it would outlive the cap.
      await holds.set(host, now() + MAX_HOLD_MS);
      return MAX_HOLD_MS;
    }
    return left;
  }

  function held(service: string, ms: number): Failure<'rate-limited'> {
    const seconds = Math.ceil(ms / 1000);
    return {
      ok: false,
      reason: 'rate-limited',
      retryAfterMs: ms,
      message: `${service} asked to slow down; Sourcelight waits ${seconds} s more before asking again`,
    };
  }

  async function request<T, R extends FailureReason>(url: string, host: string, service: string, read: ReadBody<T, R>) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      // No cookies and no referrer: the service learns what is asked for, not who asks or from which page (§7).
      const init: RequestInit = { method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal };
      if (policy.headers) init.headers = { ...policy.headers };
      if (policy.cache) init.cache = policy.cache;
      const response = await doFetch(url, init);
      const length = Number(response.headers.get('content-length'));
      if (length > MAX_BODY_CHARS) {
        controller.abort();
        return {
          ok: false as const,
          reason: 'malformed' as const,
          status: response.status,
          message: `${service} sent ${length} bytes, more than Sourcelight reads`,
        };
      }
      // Read inside the timer: a body that stalls mid-way is a timeout too.
      const text = await response.text();
      if (text.length > MAX_BODY_CHARS)
        return {
          ok: false as const,
          reason: 'malformed' as const,
          status: response.status,
          message: `${service} sent more than Sourcelight reads`,
        };
      return await judge(
        response,
        { status: response.status, contentType: response.headers.get('content-type'), text, service },
        host,
        read,
      );
    } catch (error) {
      if (controller.signal.aborted)
        return {
          ok: false as const,
          reason: 'timeout' as const,
          message: `${service} did not answer within ${Math.round(timeoutMs / 1000)} s`,
        };
      return {
        ok: false as const,
        reason: 'offline' as const,
        message: `${service} could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  async function judge<T, R extends FailureReason>(response: Response, answer: Answer, host: string, read: ReadBody<T, R>) {
    const { status } = answer;
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'), now());
    // A 503 without Retry-After is an outage, not a throttle: nothing tells us how long to wait.
    const throttled = status === 429 || (status === 503 && retryAfter !== null);
    const outcome = read(answer);
    // A throttle said in the body (GDELT's "limit requests" with a 200) holds the host as a 429 does.
    if (!throttled && (outcome.ok || outcome.reason !== 'rate-limited')) return outcome;
    const ms = Math.min(MAX_HOLD_MS, Math.max(policy.minHoldMs, retryAfter ?? policy.defaultHoldMs));
    await holds.set(host, now() + ms);
    const said = !outcome.ok && outcome.reason === 'rate-limited' ? outcome.message : held(answer.service, ms).message;
    return { ok: false as const, reason: 'rate-limited' as const, status, retryAfterMs: ms, message: said };
  }

  return async function get(url, read) {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return { ok: false, reason: 'http-error', message: `Not a URL: ${shorten(url)}` };
    }
    const service = policy.name ?? host;
    // Checked before queueing (answer at once) and again at our turn (a 429 may have come meanwhile).
    const early = await holdFor(host);
    if (early > 0) return held(service, early);
    return gate.schedule(async () => {
      const late = await holdFor(host);
      if (late > 0) return held(service, late);
      return request(url, host, service, read);
    });
  };
}

/** Wikimedia's JSON: 404 is not-found, another non-2xx an HTTP error, a body that is not JSON malformed. */
export const readJson: ReadBody<unknown, Exclude<FailureReason, 'refused'>> = ({ status, text, service }) => {
  if (status === 404) return { ok: false, reason: 'not-found', status, message: problemText(status, text) };
  if (status < 200 || status >= 300) return { ok: false, reason: 'http-error', status, message: problemText(status, text) };
  try {
    return { ok: true, status, body: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return {
      ok: false,
      reason: 'malformed',
      status,
      message: `${service} sent a body that is not JSON: ${shorten(plain(text)) || '(empty)'}`,
    };
  }
};

export function createJsonClient(options: JsonClientOptions): GetJson {
  const { userAgent, maxConcurrent = 3, ...rest } = options;
  const get = createHttpClient({ ...rest, holds: rememberingHolds(rest.holds), policy: wikimediaPolicy(userAgent, maxConcurrent) });
  return (url) => get(url, readJson);
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

const plain = (text: string) =>
  text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const shorten = (text: string) => (text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : text);
