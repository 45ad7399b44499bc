/**
 * A GetJson answering from recorded fixtures (tests/fixtures/<service>/*.json) by exact URL, the
 * way lib/services/http.ts is specified to: 429 with Retry-After → rate-limited, 404 → not-found,
 * a body that is not JSON → malformed. It keeps every URL it was asked, and throws for a URL with
 * no recording, so that an unexpected request fails the test.
 */
import type { GetJson, JsonOutcome } from '@/lib/services/http';
import { loadRecorded, type Recorded } from './recorded';

export function toOutcome({ response }: Recorded): JsonOutcome {
  const { status, headers, body } = response;
  if (status === 429) {
    const seconds = Number(headers['retry-after']);
    return {
      ok: false,
      reason: 'rate-limited',
      status,
      message: 'HTTP 429',
      ...(Number.isFinite(seconds) ? { retryAfterMs: seconds * 1000 } : {}),
    };
  }
  if (status === 404) return { ok: false, reason: 'not-found', status, message: 'HTTP 404' };
  if (status < 200 || status >= 300) return { ok: false, reason: 'http-error', status, message: `HTTP ${status}` };
  try {
    return { ok: true, status, body: JSON.parse(body) };
  } catch {
    return { ok: false, reason: 'malformed', status, message: 'not JSON' };
  }
}

/** `names` are paths under tests/fixtures without `.json` ("wikidata/search-john-smith"). */
export function fakeGetJson(...names: string[]): { getJson: GetJson; urls: string[] } {
  const recordings = names.map((n) => loadRecorded(n));
  const urls: string[] = [];
  const getJson: GetJson = async (url) => {
    urls.push(url);
    const recorded = recordings.find((r) => r.request.url === url);
    if (!recorded) throw new Error(`No fixture for ${url}`);
    return toOutcome(recorded);
  };
  return { getJson, urls };
}
