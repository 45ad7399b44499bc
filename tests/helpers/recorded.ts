/**
 * Recorded HTTP exchanges (tests/fixtures/<service>/*.json, the format of data-sources.md §6)
 * replayed as a `fetch`: the code under test sees a real `Response` with the raw body, and the
 * test sees every request it was sent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Recorded {
  request: { method: string; url: string; headers?: Record<string, string> };
  response: { status: number; headers: Record<string, string>; body: string };
  recordedAt: string;
  source: string;
}

export interface SentRequest {
  url: string;
  init: RequestInit | undefined;
}

export interface Replay {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** Every request the stub got, in order, answered or not. */
  requests: SentRequest[];
}

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

/** Reads `tests/fixtures/<name>.json`, e.g. `loadRecorded('gdelt/artlist-success')`. */
export function loadRecorded(name: string): Recorded {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Recorded;
}

export function toResponse(recorded: Recorded): Response {
  const { status, headers, body } = recorded.response;
  return new Response(body, { status, headers });
}

/**
 * A fetch answering each request with the recording of the same URL. With `anyUrl`, it answers
 * every request with the recordings in turn (the last one repeating): for answers such as a 429
 * that do not depend on the query. A request with no recording rejects with an error naming it.
 */
export function replay(recordings: Recorded | Recorded[], { anyUrl = false }: { anyUrl?: boolean } = {}): Replay {
  const list = Array.isArray(recordings) ? recordings : [recordings];
  const requests: SentRequest[] = [];
  return {
    requests,
    async fetch(url, init) {
      requests.push({ url, init });
      const recorded = anyUrl ? list[Math.min(requests.length, list.length) - 1] : list.find((r) => r.request.url === url);
      if (!recorded) throw new Error(`No recorded response for ${url}`);
      return toResponse(recorded);
    },
  };
}
