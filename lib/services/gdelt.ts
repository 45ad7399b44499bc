/**
 * Cross-outlet coverage of a person from GDELT DOC 2.0 (ArtList). Only the person's name leaves
 * the browser (never the page's URL or text), and GDELT's refusals and throttling come back as
 * "not available now" with the last good answer, never as "no coverage": a 429 measures nothing.
 * Formats: shared/research/data-sources.md §3.1.
 */
import { articleKey } from './article-url';
import { isFresh, type Cache } from './cache';
import { noHolds, rememberingHolds, type HostHolds } from './host-holds';
import { GDELT_POLICY } from './host-policy';
import { createHttpClient, type FailureReason, type FetchLike, type ReadBody } from './http';
import { parseJsonLeniently } from './lenient-json';
import type { LastRequestStore, RateLimiter } from './rate-limit';

export type { FetchLike } from './http';

export const GDELT_DOC_URL = 'https://api.gdeltproject.org/api/v2/doc/doc';

export interface GdeltArticle {
  /** As GDELT wrote it in the first (newest) of the rows that spell the same address (see article-url.ts). */
  url: string;
  title: string;
  /** ISO 8601 (UTC), from GDELT's compact `seendate`: when GDELT saw it, not when it was published. */
  seenAt: string;
  domain: string;
  /** An English name ("English", "Russian"), as GDELT gives it. */
  language: string;
  /** An English country name ("Russia"), or null where GDELT left it empty. */
  sourceCountry: string | null;
}

/**
 * http.ts's vocabulary of failure (GDELT never answers "not found": no coverage is an empty list),
 * and the browser's permission missing, when nothing was sent.
 */
export type UnavailableReason = Exclude<FailureReason, 'not-found'> | 'no-permission';

type GdeltResultReason = Extract<UnavailableReason, 'rate-limited' | 'refused' | 'malformed' | 'http-error'>;

export type GdeltResult = { ok: true; articles: GdeltArticle[] } | { ok: false; reason: GdeltResultReason; message: string };

export type CoverageAnswer =
  | { status: 'ok'; articles: GdeltArticle[]; fetchedAt: number; fromCache: boolean }
  | {
      status: 'unavailable';
      reason: UnavailableReason;
      message: string;
      /** the last good answer, when there is one, shown with its age */
      cached: { articles: GdeltArticle[]; fetchedAt: number } | null;
    };

export interface CoverageUrlOptions {
  base?: string;
  /** How many recent days to search (GDELT keeps about three months). */
  days?: number;
  /** 1–250: ArtList is one capped page, with no cursor. */
  maxRecords?: number;
}

/** GDELT refuses keywords this short with a 200 and a text error; better not to spend a request on it. */
const MIN_NAME_LENGTH = 3;
const MAX_MESSAGE_LENGTH = 300;

export function buildCoverageUrl(name: string, { base = GDELT_DOC_URL, days = 28, maxRecords = 75 }: CoverageUrlOptions = {}): string {
  // A quote inside the name would end GDELT's phrase early and turn the rest into operators.
  const phrase = name.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  if (phrase.length < MIN_NAME_LENGTH) throw new RangeError(`A name needs ${MIN_NAME_LENGTH} characters at least for GDELT: "${phrase}"`);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number ≥ 1, not ${days}`);
  if (!Number.isInteger(maxRecords) || maxRecords < 1 || maxRecords > 250)
    throw new RangeError(`maxRecords must be 1–250, not ${maxRecords}`);
  // encodeURIComponent rather than URLSearchParams: spaces as %20, as GDELT's own examples write them, not '+'.
  const params: [string, string][] = [
    ['query', `"${phrase}"`],
    ['mode', 'ArtList'],
    ['format', 'json'],
    ['maxrecords', String(maxRecords)],
    ['timespan', `${days}d`],
    ['sort', 'DateDesc'],
  ];
  return `${base}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

const THROTTLE_TEXT = /limit requests|too many requests|rate.?limit/i;

export function parseArtList(status: number, contentType: string | null, body: string): GdeltResult {
  const text = body.replace(/^\uFEFF/, '').trim();
  const message = readableMessage(text);
  if (status === 429 || (!isSuccess(status) && THROTTLE_TEXT.test(text))) {
    return { ok: false, reason: 'rate-limited', message: message || `GDELT asked for fewer requests (HTTP ${status})` };
  }
  if (!isSuccess(status)) return { ok: false, reason: 'http-error', message: `HTTP ${status}${message ? `: ${message}` : ''}` };
  if (!text.startsWith('{')) {
    // GDELT answers some refusals and throttles with a 200 and a line of text or HTML.
    if (THROTTLE_TEXT.test(text)) return { ok: false, reason: 'rate-limited', message };
    if (text && !/json/i.test(contentType ?? '')) return { ok: false, reason: 'refused', message };
    return { ok: false, reason: 'malformed', message: text ? `Not JSON: ${message}` : 'An empty answer' };
  }
  const data = parseJsonLeniently(text);
  if (data === undefined || typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'malformed', message: 'GDELT sent JSON that could not be read' };
  }
  const rows = (data as { articles?: unknown }).articles;
  // No results come back as `{}` (or without `articles`): a real, measured "nothing".
  if (rows === undefined) return { ok: true, articles: [] };
  if (!Array.isArray(rows)) return { ok: false, reason: 'malformed', message: '`articles` is not a list' };
  return { ok: true, articles: readRows(rows) };
}

const isSuccess = (status: number) => status >= 200 && status < 300;

function readableMessage(text: string): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > MAX_MESSAGE_LENGTH ? `${plain.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : plain;
}

function readRows(rows: unknown[]): GdeltArticle[] {
  const seen = new Set<string>();
  const articles: GdeltArticle[] = [];
  for (const row of rows) {
    const article = readRow(row);
    // readRow keeps only web addresses, so every kept article has a key.
    const key = article && articleKey(article.url);
    // Rows come newest first (DateDesc): the first of two copies is the one to keep.
    if (!article || !key || seen.has(key)) continue;
    seen.add(key);
    articles.push(article);
  }
  return articles;
}

function readRow(row: unknown): GdeltArticle | null {
  if (typeof row !== 'object' || row === null) return null;
  const r = row as Record<string, unknown>;
  const url = str(r.url);
  const title = tidyTitle(str(r.title));
  const seenAt = isoFromSeenDate(str(r.seendate));
  // The URL becomes a link in the UI: only web addresses, never `javascript:` or the like.
  const host = webHost(url);
  // A row we cannot date cannot be placed among "recent weeks"; it is dropped like one without a title.
  if (!host || !title || !seenAt) return null;
  return {
    url,
    title,
    seenAt,
    domain: str(r.domain) || host.replace(/^www\./, ''),
    language: str(r.language),
    sourceCountry: str(r.sourcecountry) || null,
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function webHost(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** GDELT rebuilds titles from tokens and leaves a space before punctuation ("Caso Ana María : Trasladan…"). */
function tidyTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/ ([:,;])(?= |$)/g, '$1')
    .trim();
}

function isoFromSeenDate(seendate: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(seendate);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  const time = Date.parse(iso);
  // Date.parse rolls 2024-02-31 over to March; a date that does not round-trip is not a date.
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 19) !== iso.slice(0, 19) ? null : iso;
}

export interface GdeltClientOptions {
  fetch: FetchLike;
  /** Keyed by request URL, so that an entry can also be replayed as a fixture. */
  cache: Cache<GdeltArticle[]>;
  /** Shared by every GDELT call of the extension: GDELT throttles per client, not per query (GDELT_POLICY's spacing). */
  limiter: RateLimiter;
  now?: () => number;
  base?: string;
  /** Counted from the request's start, not from the wait in the limiter's queue. */
  timeoutMs?: number;
  ttlMs?: number;
  /**
   * Until when GDELT is left alone after it throttled us (GDELT_POLICY says how long): the host
   * hold of http.ts, kept where a restarted worker finds it. Without it, nothing is held.
   */
  penalty?: LastRequestStore;
}

export interface GdeltClient {
  coverage(name: string): Promise<CoverageAnswer>;
}

const HOUR = 60 * 60 * 1000;

/** GDELT's answer through the one reader it needs: parseArtList (lenient JSON, refusals in its own words). */
const readArtList: ReadBody<GdeltArticle[], GdeltResultReason> = ({ status, contentType, text }) => {
  const result = parseArtList(status, contentType, text);
  return result.ok ? { ok: true, status, body: result.articles } : { ok: false, status, reason: result.reason, message: result.message };
};

/** The penalty store is one time for the one host the client asks. */
const penaltyHolds = (penalty: LastRequestStore): HostHolds => ({ get: () => penalty.get(), set: (_host, until) => penalty.set(until) });

export function createGdeltClient(options: GdeltClientOptions): GdeltClient {
  const { fetch, cache, limiter, now = Date.now, base, timeoutMs = 10_000, ttlMs = 6 * HOUR, penalty } = options;
  const holds = penalty ? rememberingHolds(penaltyHolds(penalty)) : noHolds;
  const get = createHttpClient({ fetch, policy: GDELT_POLICY, gate: limiter, holds, timeoutMs, now });
  // Two cards asking for the same person at once share one request (not state worth keeping across a restart).
  const inFlight = new Map<string, Promise<CoverageAnswer>>();

  async function readCache(url: string) {
    try {
      return await cache.get(url);
    } catch {
      // A broken database must not stop the lookup; the answer is only slower.
      return undefined;
    }
  }

  async function lookUp(url: string): Promise<CoverageAnswer> {
    const entry = await readCache(url);
    if (entry && isFresh(entry.fetchedAt, ttlMs, now())) {
      return { status: 'ok', articles: entry.value, fetchedAt: entry.fetchedAt, fromCache: true };
    }
    const cached = entry ? { articles: entry.value, fetchedAt: entry.fetchedAt } : null;
    const result = await get(url, readArtList);
    if (!result.ok) return { status: 'unavailable', reason: result.reason, message: result.message, cached };
    const fetchedAt = now();
    // Only good answers are kept: a throttle cached for hours would hide coverage that exists.
    try {
      await cache.put({ key: url, value: result.body, fetchedAt });
    } catch {
      // Not kept is only slower next time; the answer itself is good.
    }
    return { status: 'ok', articles: result.body, fetchedAt, fromCache: false };
  }

  return {
    async coverage(name) {
      let url: string;
      try {
        url = buildCoverageUrl(name, { base });
      } catch (error) {
        return { status: 'unavailable', reason: 'refused', message: (error as Error).message, cached: null };
      }
      const pending = inFlight.get(url) ?? lookUp(url).finally(() => inFlight.delete(url));
      inFlight.set(url, pending);
      return pending;
    },
  };
}
