import { describe, expect, test } from 'vitest';
import { memoryHolds, type HostHolds } from '@/lib/services/host-holds';
import { GDELT_POLICY } from '@/lib/services/host-policy';
import {
  createHttpClient,
  createJsonClient,
  MAX_BODY_CHARS,
  parseRetryAfter,
  USER_AGENT,
  type FetchLike,
  type ReadBody,
} from '@/lib/services/http';
import { loadRecorded, replay, toResponse } from '../../helpers/recorded';

const HOST = 'en.wikipedia.org';
const URL_A = 'https://en.wikipedia.org/w/api.php?action=query&titles=A&format=json&formatversion=2&origin=*';
const URL_B = 'https://www.wikidata.org/w/api.php?action=wbgetentities&ids=Q42&format=json&origin=*';

/** A client on a fake clock (whole seconds, so that HTTP dates round-trip). */
function setUp(fetch: FetchLike, { holds = memoryHolds() as HostHolds, timeoutMs = 10_000, maxConcurrent = 3 } = {}) {
  const clock = { t: Date.parse('2026-11-29T12:00:00Z') };
  const getJson = createJsonClient({ fetch, userAgent: USER_AGENT, holds, timeoutMs, maxConcurrent, now: () => clock.t });
  return { clock, holds, getJson };
}

const answer =
  (status: number, body: string, headers: Record<string, string> = {}): FetchLike =>
  async () =>
    new Response(body, { status, headers });

function counting(respond: FetchLike = answer(200, '{}')) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push(url);
    return respond(url, init);
  };
  return { calls, fetch };
}

describe('createJsonClient', () => {
  test('asks anonymously, with no referrer, and identifies the extension in Api-User-Agent', async () => {
    const recorded = loadRecorded('wikipedia/summary-vladimir-putin');
    const stub = replay(recorded);
    const outcome = await setUp(stub.fetch).getJson(recorded.request.url);
    expect(outcome).toMatchObject({ ok: true, status: 200, body: { title: 'Vladimir Putin', wikibase_item: 'Q7747' } });
    const init = stub.requests[0]!.init!;
    expect(init).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(init.headers).toEqual({ 'Api-User-Agent': USER_AGENT, Accept: 'application/json' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(USER_AGENT).toMatch(/^Sourcelight\/\d+\.\d+ \(.*https:\/\/github\.com\/sourcelight\/sourcelight\)$/);
  });

  test('never has more than 3 requests in flight, and answers all 10 of a burst', async () => {
    let inFlight = 0;
    let most = 0;
    const fetch: FetchLike = async (url) => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return new Response(JSON.stringify({ url }), { status: 200 });
    };
    const { getJson } = setUp(fetch);
    const urls = Array.from({ length: 10 }, (_, i) => `${URL_A}&n=${i}`);
    const outcomes = await Promise.all(urls.map((url) => getJson(url)));
    expect(most).toBe(3);
    expect(outcomes.map((o) => o.ok && (o.body as { url: string }).url)).toEqual(urls);
  });

  test('a failed request gives its slot back', async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => setUp(fetch, { maxConcurrent: 1 }).getJson(URL_A)));
    expect(outcomes.every((o) => !o.ok && o.reason === 'offline')).toBe(true);
  });

  const inSeconds = (s: number) => new Date(Date.parse('2026-11-29T12:00:00Z') + s * 1000).toUTCString();
  test.each([
    ['Retry-After in seconds', 429, { 'retry-after': '5' }, 5_000],
    ['Retry-After as an HTTP date', 429, { 'retry-after': inSeconds(30) }, 30_000],
    ['no Retry-After (a minute)', 429, {}, 60_000],
    ['an unreadable Retry-After (a minute)', 429, { 'retry-after': 'soon' }, 60_000],
    ['a 503 with Retry-After', 503, { 'retry-after': '120' }, 120_000],
  ])('%s: rate-limited, and the host held that long', async (_, status, headers: Record<string, string>, ms) => {
    const { getJson, holds, clock } = setUp(answer(status, 'Too many requests', headers));
    expect(await getJson(URL_A)).toMatchObject({ ok: false, reason: 'rate-limited', status, retryAfterMs: ms });
    expect(await holds.get(HOST)).toBe(clock.t + ms);
  });

  test('the recorded 429 holds Wikipedia 5 s: no request meanwhile, other hosts still asked', async () => {
    const throttle = loadRecorded('wikipedia/summary-rate-limited-429');
    const { calls, fetch } = counting(async (url) => (url === throttle.request.url ? toResponse(throttle) : new Response('{}')));
    const { getJson, clock } = setUp(fetch);
    expect(await getJson(throttle.request.url)).toMatchObject({ ok: false, reason: 'rate-limited', status: 429, retryAfterMs: 5_000 });
    clock.t += 2_000;
    expect(await getJson(URL_A)).toMatchObject({
      ok: false,
      reason: 'rate-limited',
      retryAfterMs: 3_000,
      message: expect.stringContaining('3 s'),
    });
    expect(await getJson(URL_B)).toMatchObject({ ok: true });
    expect(calls).toEqual([throttle.request.url, URL_B]);
    clock.t += 3_000;
    expect(await getJson(URL_A)).toMatchObject({ ok: true });
    expect(calls).toEqual([throttle.request.url, URL_B, URL_A]);
  });

  test('a request queued behind a throttled one is not sent', async () => {
    const { calls, fetch } = counting(answer(429, '', { 'retry-after': '5' }));
    const { getJson } = setUp(fetch, { maxConcurrent: 1 });
    const outcomes = await Promise.all([getJson(URL_A), getJson(`${URL_A}&b`), getJson(`${URL_A}&c`)]);
    expect(outcomes.map((o) => !o.ok && o.reason)).toEqual(['rate-limited', 'rate-limited', 'rate-limited']);
    expect(calls).toEqual([URL_A]);
  });

  test('a new client on the same holds store (a restarted worker) still honours the hold', async () => {
    const holds = memoryHolds();
    await setUp(answer(429, '', { 'retry-after': '30' }), { holds }).getJson(URL_A);
    const { calls, fetch } = counting();
    expect(await setUp(fetch, { holds }).getJson(URL_A)).toMatchObject({ ok: false, reason: 'rate-limited', retryAfterMs: 30_000 });
    expect(calls).toHaveLength(0);
  });

  test('a 503 without Retry-After is an outage, not a hold', async () => {
    const { getJson, holds } = setUp(answer(503, '<h1>Service Unavailable</h1>'));
    expect(await getJson(URL_A)).toMatchObject({ ok: false, reason: 'http-error', status: 503, message: 'HTTP 503: Service Unavailable' });
    expect(await holds.get(HOST)).toBeNull();
  });

  test('a hold left by a clock set back is cut to an hour', async () => {
    const holds = memoryHolds({ [HOST]: Date.parse('2026-11-30T12:00:00Z') });
    const { getJson, clock } = setUp(counting().fetch, { holds });
    expect(await getJson(URL_A)).toMatchObject({ reason: 'rate-limited', retryAfterMs: 3_600_000 });
    expect(await holds.get(HOST)).toBe(clock.t + 3_600_000);
  });

  test('a holds store that fails neither blocks requests nor forgets a hold', async () => {
    const broken: HostHolds = { get: () => Promise.reject(new Error('no db')), set: () => Promise.reject(new Error('no db')) };
    const { calls, fetch } = counting(answer(429, '', { 'retry-after': '5' }));
    const { getJson } = setUp(fetch, { holds: broken });
    expect(await getJson(URL_A)).toMatchObject({ reason: 'rate-limited' });
    expect(await getJson(URL_A)).toMatchObject({ reason: 'rate-limited', retryAfterMs: 5_000 });
    expect(calls).toHaveLength(1);
  });

  test.each([
    [
      'a 404 problem+json',
      'wikipedia/summary-not-found-404',
      { reason: 'not-found', status: 404, message: 'HTTP 404: Page or revision not found.' },
    ],
    ['a body cut mid-string', 'wikipedia/summary-malformed', { reason: 'malformed', status: 200 }],
  ])('%s (recorded) is %o', async (_, name, expected) => {
    const recorded = loadRecorded(name);
    expect(await setUp(replay(recorded).fetch).getJson(recorded.request.url)).toMatchObject({ ok: false, ...expected });
  });

  test.each([
    [
      'a server error',
      answer(500, '<html><body>Internal error</body></html>'),
      { reason: 'http-error', status: 500, message: 'HTTP 500: Internal error' },
    ],
    ['a 403', answer(403, '{"error":"forbidden"}'), { reason: 'http-error', status: 403 }],
    [
      'HTML with a 200',
      answer(200, '<!DOCTYPE html><p>Wikimedia Error</p>'),
      { reason: 'malformed', message: expect.stringContaining('Wikimedia Error') },
    ],
    ['an empty 200', answer(200, ''), { reason: 'malformed' }],
    [
      'a rejected fetch',
      async () => Promise.reject(new TypeError('Failed to fetch')),
      { reason: 'offline', message: expect.stringContaining('Failed to fetch') },
    ],
  ])('%s is %o', async (_, fetch: FetchLike, expected) => {
    expect(await setUp(fetch).getJson(URL_A)).toMatchObject({ ok: false, ...expected });
  });

  test('a request that hangs is aborted and answered as a timeout', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await setUp(hanging, { timeoutMs: 20 }).getJson(URL_A)).toMatchObject({ ok: false, reason: 'timeout' });
  });

  test('reads JSON that starts with a byte-order mark', async () => {
    expect(await setUp(answer(200, '\uFEFF{"a":1}')).getJson(URL_A)).toEqual({ ok: true, status: 200, body: { a: 1 } });
  });
});

describe('createHttpClient: one request path for every service', () => {
  const GDELT = 'https://api.gdeltproject.org/api/v2/doc/doc?query=%22Dmitry%20Peskov%22&mode=ArtList&format=json';
  /** A reader in GDELT's manner: a throttle said in words, with a 200. */
  const readWords: ReadBody<string, 'rate-limited'> = ({ status, text }) =>
    /limit requests/i.test(text) ? { ok: false, reason: 'rate-limited', message: text } : { ok: true, status, body: text };

  test('a throttle the reader finds in a 200 holds the host by the policy (GDELT: a minute at least)', async () => {
    const { calls, fetch } = counting(answer(200, 'Please limit requests to one every 5 seconds'));
    const clock = { t: Date.parse('2026-11-29T12:00:00Z') };
    const holds = memoryHolds();
    const get = createHttpClient({ fetch, policy: { ...GDELT_POLICY, intervalMs: 0 }, holds, now: () => clock.t });
    expect(await get(GDELT, readWords)).toEqual({
      ok: false,
      reason: 'rate-limited',
      status: 200,
      retryAfterMs: 60_000,
      message: 'Please limit requests to one every 5 seconds',
    });
    expect(await holds.get('api.gdeltproject.org')).toBe(clock.t + 60_000);
    clock.t += 59_000;
    expect(await get(GDELT, readWords)).toMatchObject({
      reason: 'rate-limited',
      message: 'GDELT asked to slow down; Sourcelight waits 1 s more before asking again',
    });
    expect(calls).toHaveLength(1);
  });

  test('sends what the policy names and nothing else: GDELT gets no custom header, and no-store', async () => {
    const stub = counting(answer(200, 'ok'));
    const seen: RequestInit[] = [];
    const fetch: FetchLike = async (url, init) => (seen.push(init), stub.fetch(url, init));
    await createHttpClient({ fetch, policy: { ...GDELT_POLICY, intervalMs: 0 }, holds: memoryHolds() })(GDELT, readWords);
    expect(seen[0]).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
    expect(seen[0]!.headers).toBeUndefined();
  });

  test.each([
    ['a Content-Length past the limit', { 'content-length': String(MAX_BODY_CHARS + 1) }, '{}'],
    ['a body past the limit', {}, `"${'x'.repeat(MAX_BODY_CHARS)}"`],
  ])('%s is malformed, not parsed', async (_, headers: Record<string, string>, body) => {
    expect(await setUp(answer(200, body, headers)).getJson(URL_A)).toMatchObject({
      ok: false,
      reason: 'malformed',
      status: 200,
      message: expect.stringContaining('more than Sourcelight reads'),
    });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-29T12:00:00Z');
  test.each([
    ['5', 5_000],
    ['0', 0],
    [' 120 ', 120_000],
    ['Sun, 29 Nov 2026 12:00:45 GMT', 45_000],
    ['Sun, 29 Nov 2026 11:59:00 GMT', 0],
    ['-5', null],
    ['1.5', null],
    ['tomorrow', null],
    ['', null],
    [null, null],
  ])('%j → %j ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
