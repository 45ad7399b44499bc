/** Who a person is, end to end over the recorded exchanges: resolution, summary, role check, cache, consent. */
import { describe, expect, test } from 'vitest';
import { memoryCache } from '@/lib/services/cache';
import { memoryHolds } from '@/lib/services/host-holds';
import { createJsonClient } from '@/lib/services/http';
import { createKnowledge, type Known, type KnowledgeRequest } from '@/lib/services/knowledge';
import { lookUpPerson } from '@/lib/services/online-knowledge';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { loadRecorded, replay } from '../../helpers/recorded';

const GOOD = [
  'wikidata/search-dmitry-peskov',
  'wikidata/entities-dmitry-peskov',
  'wikidata/labels-dmitry-peskov',
  'wikipedia/query-dmitry-peskov',
  'wikipedia/summary-dmitry-peskov',
].map(loadRecorded);

const PESKOV: KnowledgeRequest = {
  name: 'Dmitry Peskov',
  context: {
    role: 'Kremlin spokesperson',
    organizations: ['Kremlin', 'White House', 'Reuters'],
    places: ['Moscow', 'Russia', 'Ukraine', 'North Korea'],
    date: '2024-01-09T10:30:00.000Z',
  },
};

function setUp(fetch: (url: string, init?: RequestInit) => Promise<Response>) {
  const clock = { t: Date.parse('2026-11-29T12:00:00Z') };
  const cache = memoryCache<Known>();
  const getJson = createJsonClient({
    fetch: async (url, init) => fetch(url, init),
    userAgent: 'Sourcelight/test',
    holds: memoryHolds(),
    now: () => clock.t,
  });
  return { clock, cache, knowledge: createKnowledge({ getJson, cache, now: () => clock.t }) };
}

describe('who a person is', () => {
  test("Peskov from the seed page's context: his item, Wikipedia's summary, and his stated role consistent on the article's date", async () => {
    const stub = replay(GOOD);
    // The credit of his photo is not recorded: a failed credit leaves the summary standing.
    const { knowledge } = setUp((url, init) =>
      url.includes('prop=imageinfo') ? Promise.resolve(new Response('{}', { status: 404 })) : stub.fetch(url, init),
    );
    const answer = await knowledge.lookup(PESKOV);
    expect(answer.status).toBe('found');
    if (answer.status !== 'found') return;
    expect(answer.person.label).toBe('Dmitry Peskov');
    expect(answer.summary?.description).toBeTruthy();
    expect(answer.roleCheck).toMatchObject({ status: 'consistent', position: { label: expect.stringMatching(/Press Secretary/) } });
    expect(answer).toMatchObject({ stale: false, problem: null });
  });

  test('a role the data does not bear out is "differs", with both shown; the answer itself comes from the cache', async () => {
    const stub = replay(GOOD);
    const { knowledge } = setUp((url, init) =>
      url.includes('prop=imageinfo') ? Promise.resolve(new Response('{}', { status: 404 })) : stub.fetch(url, init),
    );
    await knowledge.lookup(PESKOV);
    const asked = stub.requests.length;
    const other = await knowledge.lookup({ ...PESKOV, context: { ...PESKOV.context, role: 'Kremlin spokesperson', date: '2005-01-01' } });
    expect(stub.requests.length).toBe(asked);
    expect(other.status === 'found' && other.roleCheck?.status).toBe('differs');
  });

  test('a week on, the cached answer is shown at once as stale and refreshed behind it; offline, the refresh failure is told', async () => {
    const stub = replay(GOOD);
    let online = true;
    const { knowledge, clock } = setUp((url, init) => {
      if (!online) return Promise.reject(new TypeError('Failed to fetch'));
      return url.includes('prop=imageinfo') ? Promise.resolve(new Response('{}', { status: 404 })) : stub.fetch(url, init);
    });
    const first = await knowledge.lookup(PESKOV);
    clock.t += 8 * 86_400_000;
    online = false;
    const stale = await knowledge.lookup(PESKOV);
    expect(stale).toMatchObject({ status: 'found', stale: true, fetchedAt: first.status === 'found' ? first.fetchedAt : -1 });
    await new Promise((r) => setTimeout(r, 20)); // the refresh behind it fails
    const again = await knowledge.lookup(PESKOV);
    expect(again).toMatchObject({ status: 'found', stale: true, problem: { reason: 'offline' } });
  });

  test("a summary that is a disambiguation page is not shown as the person's background", async () => {
    const stub = replay(GOOD);
    const disambiguation = loadRecorded('wikipedia/summary-peskov-disambiguation').response.body;
    const { knowledge } = setUp((url, init) =>
      url.includes('/page/summary/')
        ? Promise.resolve(new Response(disambiguation, { status: 200, headers: { 'content-type': 'application/json' } }))
        : stub.fetch(url, init),
    );
    const answer = await knowledge.lookup(PESKOV);
    // The Wikidata facts stand alone: no "may refer to:" extract, no "Topics referred to by the same term".
    expect(answer).toMatchObject({ status: 'found', summary: null, credit: null, person: { label: 'Dmitry Peskov' } });
  });

  test('offline with nothing cached: unavailable, said so', async () => {
    const { knowledge } = setUp(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await knowledge.lookup(PESKOV)).toMatchObject({ status: 'unavailable', reason: 'offline' });
  });

  test('throttled: unavailable with the wait', async () => {
    const { knowledge } = setUp(async () => new Response('Too many requests', { status: 429, headers: { 'retry-after': '30' } }));
    expect(await knowledge.lookup(PESKOV)).toMatchObject({ status: 'unavailable', reason: 'rate-limited', retryAfterMs: 30_000 });
  });
});

describe('consent', () => {
  test('nothing is looked up unless allowed, or asked for once by a click', async () => {
    const asked: string[] = [];
    const lookup = async (r: KnowledgeRequest) => (
      asked.push(r.name),
      { status: 'not-found' as const, fetchedAt: 1, stale: false, problem: null }
    );
    expect(await lookUpPerson(PESKOV, false, DEFAULT_SETTINGS, lookup)).toEqual({ status: 'not-allowed' });
    expect(await lookUpPerson(PESKOV, false, { ...DEFAULT_SETTINGS, knowledge: 'refused' }, lookup)).toEqual({ status: 'not-allowed' });
    expect(asked).toEqual([]);
    await lookUpPerson(PESKOV, true, { ...DEFAULT_SETTINGS, knowledge: 'refused' }, lookup);
    await lookUpPerson(PESKOV, false, { ...DEFAULT_SETTINGS, knowledge: 'allowed' }, lookup);
    expect(asked).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
  });
});
