import { describe, expect, test } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLinkLookup, MAX_THROTTLE_WAIT_MS, type LinkDeps } from '../../../cli/link-client';
import { loadRecordings, replayFetch } from '../../../cli/recorded-responses';
import type { FetchLike } from '@/lib/services/http';
import type { KnowledgeRequest } from '@/lib/services/knowledge';
import { PROJECT_ROOT } from '../../helpers/shared-data';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'sl-link-client-'));
const FIXTURES = ['wikidata', 'wikipedia'].map((s) => path.join(PROJECT_ROOT, 'tests/fixtures', s));
const PESKOV: KnowledgeRequest = {
  name: 'Dmitry Peskov',
  context: { role: 'Kremlin spokesperson', organizations: ['Kremlin'], places: ['Russia'], date: '2024-01-09' },
};

/** The network as the hand-made fixtures answer it, counting what is asked; `first` answers the first request instead. */
async function fakeNetwork(first?: Response) {
  const replay = replayFetch(await loadRecordings(FIXTURES));
  const asked: string[] = [];
  const live: FetchLike = async (url, init) => {
    asked.push(url);
    if (first && asked.length === 1) return first;
    // What the fixtures lack (an image's credit) the fake network has not either.
    return replay(url, init).catch(() => new Response('{"title":"Not found."}', { status: 404 }));
  };
  return { live, asked };
}

function deps(live: FetchLike) {
  const waited: number[] = [];
  const said: string[] = [];
  const d: LinkDeps = { live, sleep: async (ms) => void waited.push(ms), say: (line) => void said.push(line) };
  return { deps: d, waited, said };
}

const withoutTime = (answer: object) => ({ ...answer, fetchedAt: 0 });

describe('createLinkLookup', () => {
  test('a live run keeps its answers on disk: the second run over the same person sends nothing', async () => {
    const cache = tmp();
    const { live, asked } = await fakeNetwork();
    const first = await (await createLinkLookup({ cache }, deps(live).deps)).lookup(PESKOV);
    expect(first).toMatchObject({ status: 'found', person: { label: 'Dmitry Peskov' } });
    const count = asked.length;
    expect(count).toBeGreaterThan(0);
    expect(await (await createLinkLookup({ cache }, deps(live).deps)).lookup(PESKOV)).toEqual(first);
    expect(asked.length).toBe(count);
  });

  test('what --record writes, --responses replays to the same answer without a request', async () => {
    const dir = tmp();
    const { live } = await fakeNetwork();
    const recorded = await (await createLinkLookup({ record: dir }, deps(live).deps)).lookup(PESKOV);
    expect(recorded.status).toBe('found');
    const closed: FetchLike = async () => {
      throw new Error('a replay must not reach the network');
    };
    const replaying = await createLinkLookup({ responses: [dir] }, deps(closed).deps);
    expect(withoutTime(await replaying.lookup(PESKOV))).toEqual(withoutTime(recorded));
    expect(replaying.notes()).toEqual([]);
  });

  test('a live run told to slow down waits as long as asked, says so, and asks again', async () => {
    const { live } = await fakeNetwork(new Response('Too many requests', { status: 429, headers: { 'retry-after': '0' } }));
    const { deps: d, waited, said } = deps(live);
    // The hold is real time (at least a second, http.ts); the test's sleep only notes the wait, so the wait is made real here.
    const sleeping: LinkDeps = { ...d, sleep: async (ms) => (await d.sleep(ms), new Promise((resolve) => setTimeout(resolve, ms))) };
    const answer = await (await createLinkLookup({ cache: tmp() }, sleeping)).lookup(PESKOV);
    expect(answer).toMatchObject({ status: 'found', person: { label: 'Dmitry Peskov' } });
    expect(waited).toEqual([1000]);
    expect(said).toEqual([
      expect.stringMatching(/^analyze: www\.wikidata\.org asked to slow down.*; waiting, then asking again for Dmitry Peskov$/),
    ]);
  });

  test('a hold longer than MAX_THROTTLE_WAIT_MS is reported on the person, not waited for', async () => {
    const seconds = MAX_THROTTLE_WAIT_MS / 1000 + 60;
    const { live } = await fakeNetwork(new Response('Too many requests', { status: 429, headers: { 'retry-after': String(seconds) } }));
    const { deps: d, waited } = deps(live);
    expect(await (await createLinkLookup({ cache: tmp() }, d)).lookup(PESKOV)).toMatchObject({
      status: 'unavailable',
      reason: 'rate-limited',
    });
    expect(waited).toEqual([]);
  });

  test('a replayed throttle is a finding: no wait', async () => {
    const dir = tmp();
    // The fixtures keep a recorded 429 for one search beside its answer; alone in a folder, it is what the replay answers.
    copyFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/wikidata/search-vladimir-putin-429.json'), path.join(dir, 'search.json'));
    const { deps: d, waited } = deps(async () => {
      throw new Error('no network');
    });
    const answer = await (
      await createLinkLookup({ responses: [dir] }, d)
    ).lookup({ name: 'Vladimir Putin', context: { role: 'President', organizations: [], places: [], date: null } });
    expect(answer).toMatchObject({ status: 'unavailable', reason: 'rate-limited' });
    expect(waited).toEqual([]);
  });
});
