import { describe, expect, test } from 'vitest';
import { memoryCache, type Cache } from '@/lib/services/cache';
import { buildCoverageUrl, createGdeltClient, GDELT_DOC_URL, parseArtList, type FetchLike, type GdeltArticle } from '@/lib/services/gdelt';
import { createRateLimiter, memoryStore, type LastRequestStore } from '@/lib/services/rate-limit';
import { loadRecorded, replay, type Recorded } from '../../helpers/recorded';

const fixture = (name: string) => loadRecorded(`gdelt/${name}`);
const parseRecorded = (r: Recorded) => parseArtList(r.response.status, r.response.headers['content-type'] ?? null, r.response.body);
const PESKOV_URL = fixture('artlist-success').request.url;
const HOUR = 60 * 60 * 1000;

describe('buildCoverageUrl', () => {
  test('asks ArtList for the quoted name, newest first, over recent weeks', () => {
    expect(buildCoverageUrl('Dmitry Peskov')).toBe(PESKOV_URL);
    expect(PESKOV_URL.startsWith(`${GDELT_DOC_URL}?`)).toBe(true);
  });

  test.each([
    ['  Dmitry \n Peskov ', '"Dmitry Peskov"'],
    ['Dmitry "Dima" Peskov', '"Dmitry Dima Peskov"'],
    ['"Kim Jong Un"', '"Kim Jong Un"'],
    ['Jesús Ramírez Cuevas', '"Jesús Ramírez Cuevas"'],
  ])('%j is sent as the phrase %s', (name, query) => {
    expect(new URL(buildCoverageUrl(name)).searchParams.get('query')).toBe(query);
  });

  test.each(['', 'Xi', ' " ab " ', '""'])('refuses the name %j as too short for GDELT', (name) => {
    expect(() => buildCoverageUrl(name)).toThrow(RangeError);
  });

  test('takes a base, a number of days and a record cap', () => {
    const url = new URL(buildCoverageUrl('Dmitry Peskov', { base: 'http://127.0.0.1:9/doc', days: 7, maxRecords: 250 }));
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:9/doc');
    expect(url.searchParams.get('timespan')).toBe('7d');
    expect(url.searchParams.get('maxrecords')).toBe('250');
  });

  test.each([{ maxRecords: 0 }, { maxRecords: 251 }, { days: 0 }, { days: 1.5 }])('rejects %j', (options) => {
    expect(() => buildCoverageUrl('Dmitry Peskov', options)).toThrow(RangeError);
  });
});

describe('parseArtList', () => {
  test('reads the rows of a success: ISO times, tidy titles, no duplicates, null for an empty country', () => {
    const result = parseRecorded(fixture('artlist-success'));
    if (!result.ok) throw new Error(result.message);
    const { articles } = result;
    expect(articles).toHaveLength(11); // 12 rows, one url twice
    expect(new Set(articles.map((a) => a.url)).size).toBe(11);
    expect(articles[0]).toEqual<GdeltArticle>({
      url: 'https://www.reuters.com/world/europe/kremlin-says-putin-open-talks-peskov-tells-reporters-2026-11-28/',
      title: 'Kremlin says Putin open to talks, Peskov tells reporters',
      seenAt: '2026-11-28T14:15:00Z',
      domain: 'reuters.com',
      language: 'English',
      sourceCountry: 'United States',
    });
    const byDomain = (d: string) => articles.find((a) => a.domain === d)!;
    expect(byDomain('tass.com').title).toBe('Peskov: Russia sees no grounds for new sanctions talk');
    expect(byDomain('aljazeera.com').title).toBe('Russia, Ukraine trade blame as Peskov rejects claims');
    expect(byDomain('meduza.io').sourceCountry).toBeNull();
    expect(byDomain('ria.ru')).toMatchObject({ language: 'Russian', sourceCountry: 'Russia' });
    expect(articles.every((a) => !Number.isNaN(Date.parse(a.seenAt)))).toBe(true);
  });

  test('an empty answer `{}` is a measured "no coverage"', () => {
    expect(parseRecorded(fixture('artlist-empty'))).toEqual({ ok: true, articles: [] });
  });

  test.each([
    ['rate-limited-429', 'rate-limited', /^Please limit requests to one every 5 seconds/],
    ['keyword-error-200', 'refused', /^One or more of your keywords were too short/],
    ['throttle-200', 'rate-limited', /You are making too many requests/],
    ['malformed-truncated', 'malformed', /could not be read/],
  ])('%s is unavailable: %s', (name, reason, message) => {
    const result = parseRecorded(fixture(name));
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toMatch(message);
  });

  test('recovers JSON with raw control characters inside a title', () => {
    const result = parseRecorded(fixture('malformed'));
    expect(result.ok && result.articles.map((a) => a.title)).toEqual([
      'Kremlin says Putin open to talks, Peskov tells reporters',
      'Peskov says talks will continue',
    ]);
  });

  const row = {
    url: 'https://www.bbc.co.uk/news/x',
    title: 'A title',
    seendate: '20261125T071500Z',
    domain: 'bbc.co.uk',
    language: 'English',
    sourcecountry: 'United Kingdom',
  };
  test.each([
    ['no url', { ...row, url: '' }],
    ['no title', { ...row, title: '   ' }],
    ['a javascript: url', { ...row, url: 'javascript:alert(1)' }],
    ['an unreadable seendate', { ...row, seendate: '2026-11-25' }],
    ['an impossible seendate', { ...row, seendate: '20260231T000000Z' }],
    ['not an object', 'https://www.bbc.co.uk/news/x'],
  ])('skips a row with %s and keeps the rest', (_, bad) => {
    const result = parseArtList(
      200,
      'application/json',
      JSON.stringify({ articles: [bad, { ...row, url: 'https://www.bbc.co.uk/news/y' }] }),
    );
    expect(result.ok && result.articles.map((a) => a.url)).toEqual(['https://www.bbc.co.uk/news/y']);
  });

  test('takes the domain from the url when GDELT leaves it out', () => {
    const result = parseArtList(200, null, JSON.stringify({ articles: [{ ...row, domain: undefined }] }));
    expect(result.ok && result.articles[0]!.domain).toBe('bbc.co.uk');
  });

  test.each([
    ['a server error', 500, 'text/html', '<html><body><h1>Internal Server Error</h1></body></html>', 'http-error'],
    ['a 503 saying to slow down', 503, 'text/plain', 'Too many requests', 'rate-limited'],
    ['a 429 with no body', 429, null, '', 'rate-limited'],
    ['an empty 200', 200, 'application/json', '', 'malformed'],
    ['JSON that is not an object', 200, 'application/json', 'null', 'malformed'],
    ['articles that are not a list', 200, 'application/json', '{"articles": "none"}', 'malformed'],
  ])('%s is %s', (_, status, contentType, body, reason) => {
    expect(parseArtList(status, contentType, body)).toMatchObject({ ok: false, reason });
  });

  test("keeps GDELT's text readable and short", () => {
    const result = parseArtList(200, 'text/html', `<p>One or more of your keywords were too short: ${'x'.repeat(1000)}</p>`);
    expect(!result.ok && result.message.length).toBeLessThanOrEqual(300);
    expect(!result.ok && result.message).not.toContain('<p>');
  });

  test('reads a body that starts with a byte-order mark', () => {
    expect(parseArtList(200, 'application/json', '\uFEFF{"articles": []}')).toEqual({ ok: true, articles: [] });
  });
});

/** A client on a fake clock: the limiter sleeps by moving the clock, so spacing is measurable and instant. */
function setUp(
  fetch: FetchLike,
  { cache = memoryCache<GdeltArticle[]>(), timeoutMs = 10_000, penalty = undefined as LastRequestStore | undefined } = {},
) {
  const clock = { t: Date.parse('2026-11-29T12:00:00Z') };
  const now = () => clock.t;
  const limiter = createRateLimiter({ intervalMs: 5_000, store: memoryStore(), now, sleep: async (ms) => void (clock.t += ms) });
  return { clock, cache, client: createGdeltClient({ fetch, cache, limiter, now, timeoutMs, penalty }) };
}

const offlineFetch: FetchLike = async () => {
  throw new TypeError('Failed to fetch');
};

describe('createGdeltClient', () => {
  test('asks once, with no credentials, referrer or custom headers, and caches the answer', async () => {
    const stub = replay(fixture('artlist-success'));
    const { client, clock, cache } = setUp(stub.fetch);
    const answer = await client.coverage('Dmitry Peskov');
    expect(answer).toMatchObject({ status: 'ok', fetchedAt: clock.t, fromCache: false });
    expect(answer.status === 'ok' && answer.articles).toHaveLength(11);
    expect(stub.requests).toHaveLength(1);
    const { url, init } = stub.requests[0]!;
    expect(url).toBe(PESKOV_URL);
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
    expect(init!.signal).toBeInstanceOf(AbortSignal);
    expect(init!.headers).toBeUndefined();
    expect((await cache.get(PESKOV_URL))?.fetchedAt).toBe(clock.t);
  });

  test('sends the name and nothing of the page it was found on', async () => {
    const page = {
      url: 'https://news.example.com/2026/11/29/kremlin-briefing-exclusive?utm_source=feed',
      text: 'Peskov told our correspondent in a private briefing',
    };
    const stub = replay(fixture('artlist-success'), { anyUrl: true });
    await setUp(stub.fetch).client.coverage('Dmitry Peskov');
    const sent = new URL(stub.requests[0]!.url);
    expect(sent.origin + sent.pathname).toBe(GDELT_DOC_URL);
    expect(sent.searchParams.get('query')).toBe('"Dmitry Peskov"');
    expect([...sent.searchParams.keys()].sort()).toEqual(['format', 'maxrecords', 'mode', 'query', 'sort', 'timespan']);
    for (const leak of [page.url, 'news.example.com', 'kremlin-briefing', 'correspondent', 'briefing']) {
      expect(decodeURIComponent(stub.requests[0]!.url)).not.toContain(leak);
    }
  });

  test('a fresh cached answer is returned without a request', async () => {
    const stub = replay(fixture('artlist-success'));
    const { client, clock } = setUp(stub.fetch);
    const first = await client.coverage('Dmitry Peskov');
    clock.t += 5 * HOUR;
    const second = await client.coverage('Dmitry Peskov');
    expect(stub.requests).toHaveLength(1);
    expect(second).toMatchObject({ status: 'ok', fromCache: true, fetchedAt: first.status === 'ok' ? first.fetchedAt : -1 });
  });

  test('a stale cached answer is asked again', async () => {
    const stub = replay([fixture('artlist-success'), fixture('artlist-empty')], { anyUrl: true });
    const { client, clock } = setUp(stub.fetch);
    await client.coverage('Dmitry Peskov');
    clock.t += 6 * HOUR + 1;
    expect(await client.coverage('Dmitry Peskov')).toMatchObject({ status: 'ok', articles: [], fromCache: false, fetchedAt: clock.t });
    expect(stub.requests).toHaveLength(2);
  });

  test.each([
    ['rate-limited-429', 'rate-limited'],
    ['keyword-error-200', 'refused'],
    ['throttle-200', 'rate-limited'],
    ['malformed-truncated', 'malformed'],
  ])('%s: unavailable (%s), not "no coverage", and never cached', async (name, reason) => {
    const stub = replay(fixture(name), { anyUrl: true });
    const { client, cache } = setUp(stub.fetch);
    expect(await client.coverage('Dmitry Peskov')).toMatchObject({ status: 'unavailable', reason, cached: null });
    expect(await cache.get(PESKOV_URL)).toBeUndefined();
    await client.coverage('Dmitry Peskov');
    expect(stub.requests).toHaveLength(2); // nothing was kept to answer from
  });

  test('an unavailable answer carries the last good one, with its age', async () => {
    const stub = replay([fixture('artlist-success'), fixture('rate-limited-429')], { anyUrl: true });
    const { client, clock } = setUp(stub.fetch);
    const good = await client.coverage('Dmitry Peskov');
    const goodAt = clock.t;
    clock.t += 7 * HOUR;
    const answer = await client.coverage('Dmitry Peskov');
    expect(answer).toMatchObject({ status: 'unavailable', reason: 'rate-limited', cached: { fetchedAt: goodAt } });
    expect(answer.status === 'unavailable' && answer.cached?.articles).toEqual(good.status === 'ok' && good.articles);
  });

  test('after a throttle GDELT is left alone for a minute, for every name, then asked again', async () => {
    const stub = replay([fixture('rate-limited-429'), fixture('artlist-success')], { anyUrl: true });
    const penalty = memoryStore();
    const { client, clock } = setUp(stub.fetch, { penalty });
    expect(await client.coverage('Dmitry Peskov')).toMatchObject({ status: 'unavailable', reason: 'rate-limited' });
    clock.t += 30_000;
    expect(await client.coverage('Kim Jong Un')).toMatchObject({
      status: 'unavailable',
      reason: 'rate-limited',
      message: expect.stringContaining('30 s'),
    });
    expect(stub.requests).toHaveLength(1);
    clock.t += 30_001;
    expect(await client.coverage('Kim Jong Un')).toMatchObject({ status: 'ok' });
    expect(stub.requests).toHaveLength(2);
  });

  test('a throttle GDELT writes in a 200 leaves it alone for a minute too', async () => {
    const stub = replay([fixture('throttle-200'), fixture('artlist-success')], { anyUrl: true });
    const { client, clock } = setUp(stub.fetch, { penalty: memoryStore() });
    expect(await client.coverage('Dmitry Peskov')).toMatchObject({ status: 'unavailable', reason: 'rate-limited' });
    clock.t += 59_000;
    expect(await client.coverage('Kim Jong Un')).toMatchObject({
      status: 'unavailable',
      reason: 'rate-limited',
      message: expect.stringContaining('GDELT'),
    });
    expect(stub.requests).toHaveLength(1);
  });

  test('offline with nothing cached: unavailable, no stale answer', async () => {
    expect(await setUp(offlineFetch).client.coverage('Dmitry Peskov')).toMatchObject({
      status: 'unavailable',
      reason: 'offline',
      cached: null,
    });
  });

  test('offline with a cached answer: the cached answer and when it was fetched', async () => {
    const cache: Cache<GdeltArticle[]> = memoryCache();
    const fetchedAt = Date.parse('2026-11-28T08:00:00Z');
    const articles = [
      {
        url: 'https://tass.com/politics/1',
        title: 'T',
        seenAt: '2026-11-28T07:00:00Z',
        domain: 'tass.com',
        language: 'English',
        sourceCountry: 'Russia',
      },
    ];
    await cache.put({ key: PESKOV_URL, value: articles, fetchedAt });
    const answer = await setUp(offlineFetch, { cache }).client.coverage('Dmitry Peskov');
    expect(answer).toEqual({
      status: 'unavailable',
      reason: 'offline',
      message: expect.stringContaining('Failed to fetch'),
      cached: { articles, fetchedAt },
    });
  });

  test('a request that hangs is aborted and answered as a timeout', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const answer = await setUp(hanging, { timeoutMs: 20 }).client.coverage('Dmitry Peskov');
    expect(answer).toMatchObject({ status: 'unavailable', reason: 'timeout', cached: null });
  });

  test('recovers a body with raw control characters', async () => {
    const answer = await setUp(replay(fixture('malformed'), { anyUrl: true }).fetch).client.coverage('Dmitry Peskov');
    expect(answer.status === 'ok' && answer.articles).toHaveLength(2);
  });

  test('a name too short is refused without a request', async () => {
    const stub = replay(fixture('artlist-success'), { anyUrl: true });
    expect(await setUp(stub.fetch).client.coverage('Xi')).toMatchObject({ status: 'unavailable', reason: 'refused', cached: null });
    expect(stub.requests).toHaveLength(0);
  });

  test('lookups of two people start at least 5 s apart; two of the same person share one request', async () => {
    const starts: number[] = [];
    const { client, clock } = setUp(async (url, init) => {
      starts.push(clock.t);
      return replay(fixture('artlist-empty'), { anyUrl: true }).fetch(url, init);
    });
    await Promise.all([client.coverage('Dmitry Peskov'), client.coverage('Dmitry Peskov'), client.coverage('Maria Zakharova')]);
    expect(starts).toHaveLength(2);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(5_000);
  });
});
