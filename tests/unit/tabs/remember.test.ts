import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { articleFromHtml } from '@/cli/read-html';
import { entityMentions } from '@/lib/db/queries';
import type { SourcelightDB } from '@/lib/db/schema';
import { digestAnalysis } from '@/lib/memory/digest';
import { summariseArticle, type TabState } from '@/lib/messaging/protocol';
import { analyze } from '@/lib/nlp/analyze';
import type { CoverageAnswer } from '@/lib/services/gdelt';
import { loadSettings, saveSettings, setRememberSite } from '@/lib/settings/settings';
import { route as handleMessage, type Deps } from '@/lib/background/router';
import { readSample } from '../../helpers/shared-data';
import { freshStore } from '../../helpers/remember';

// The sample article, read as the content script reads it: its summary and its digest.
const article = articleFromHtml(readSample('world', 'harbour-talks.html'), 'https://www.harbourcourier.example/world/harbour-talks');
const digest = digestAnalysis(analyze(article.text, { language: article.language }));
const state: TabState = { pageId: 'p', article: summariseArticle(article), reason: article.reason, error: null, checkedAt: 1, digest };
const person = digest.entities.find((e) => e.kind === 'person' && e.claims.length > 0)!;

let db: SourcelightDB;
let asked: string[];
let deps: Partial<Deps>;
const answer: CoverageAnswer = { status: 'ok', articles: [], fetchedAt: 5, fromCache: false };

beforeEach(() => {
  fakeBrowser.reset();
  db = freshStore();
  asked = [];
  deps = { db: () => db, now: () => 1_000, coverage: async (name) => (asked.push(name), answer), onlineConsent: async () => true };
});

const read = (tab: { id: number; incognito?: boolean } = { id: 1 }) =>
  handleMessage({ type: 'page:read', state }, { tab, url: 'https://www.harbourcourier.example/world/harbour-talks#top' }, deps);

describe('remembering what was read', () => {
  it('records the article with its people and what they said, once however often it is read', async () => {
    expect(person).toBeTruthy();
    await read();
    await read();
    expect(await db.articles.count()).toBe(1);
    const row = (await db.articles.toArray())[0]!;
    expect(row).toMatchObject({ url: article.canonicalUrl, outlet: 'harbourcourier.example', title: article.title, readAt: 1_000 });
    const ids = row.entities.filter((e) => e.name === person.name).map((e) => e.entityId);
    const { mentions } = await entityMentions(db, ids[0]!);
    expect(mentions[0]!.quotes.map((q) => q.text)).toEqual(person.claims.map((i) => digest.claims[i]!.text));
  });

  it('records nothing when remembering is off, for an excluded outlet, or in a private window', async () => {
    await saveSettings({ remember: false });
    await read();
    await saveSettings({ remember: true });
    await setRememberSite('harbourcourier.example', false);
    await read();
    await setRememberSite('harbourcourier.example', true);
    await read({ id: 2, incognito: true });
    expect(await db.articles.count()).toBe(0);
    await read();
    expect(await db.articles.count()).toBe(1);
  });

  it('forgets one article, one outlet, or everything', async () => {
    await read();
    expect(await handleMessage({ type: 'memory:forget', scope: { article: 'https://nowhere.example/' } }, {}, deps)).toEqual({
      ok: true,
      value: 0,
    });
    expect(await handleMessage({ type: 'memory:forget', scope: { article: article.canonicalUrl! } }, {}, deps)).toEqual({
      ok: true,
      value: 1,
    });
    await read();
    expect(await handleMessage({ type: 'memory:forget', scope: { outlet: 'harbourcourier.example' } }, {}, deps)).toEqual({
      ok: true,
      value: 1,
    });
    await read();
    expect(await handleMessage({ type: 'memory:forget', scope: { all: true } }, {}, deps)).toEqual({ ok: true, value: 1 });
    expect(await db.entities.count()).toBe(0);
    // A malformed message of ours is answered with what is wrong with it (lib/background/router.ts).
    expect(await handleMessage({ type: 'memory:forget', scope: {} }, {}, deps)).toEqual({
      ok: false,
      error: expect.stringContaining('"memory:forget" message: scope:'),
    });
  });
});

describe('online coverage', () => {
  it("sends nothing while the browser itself has not allowed it (the service's hosts, Firefox's data collection), whatever the setting, and says why", async () => {
    await saveSettings({ onlineCoverage: 'allowed', knowledge: 'allowed' });
    const looked: string[] = [];
    const firefoxNo = {
      ...deps,
      onlineConsent: async () => false,
      knowledge: async (r: { name: string }) => (
        looked.push(r.name),
        { status: 'not-found' as const, fetchedAt: 1, stale: false, problem: null }
      ),
    };
    expect(await handleMessage({ type: 'coverage:online', name: person.name }, {}, firefoxNo)).toMatchObject({
      ok: true,
      value: { status: 'unavailable', reason: 'no-permission' },
    });
    const request = { name: person.name, context: { role: null, organizations: [], places: [], date: null } };
    expect(await handleMessage({ type: 'knowledge:lookup', request, once: true }, {}, firefoxNo)).toEqual({
      ok: true,
      value: { status: 'not-allowed', needs: 'permission' },
    });
    expect(asked).toEqual([]);
    expect(looked).toEqual([]);
    // The settings stop saying 'allowed' for what the browser no longer backs.
    expect(await loadSettings()).toMatchObject({ onlineCoverage: 'ask', knowledge: 'ask' });
  });

  it('sends nothing until the reader allowed it, and nothing after they refused', async () => {
    const first = await handleMessage({ type: 'coverage:online', name: person.name }, {}, deps);
    expect(first).toMatchObject({ ok: true, value: { status: 'unavailable', reason: 'refused' } });
    await saveSettings({ onlineCoverage: 'refused' });
    await handleMessage({ type: 'coverage:online', name: person.name }, {}, deps);
    expect(asked).toEqual([]);
    await saveSettings({ onlineCoverage: 'allowed' });
    expect(await handleMessage({ type: 'coverage:online', name: person.name }, {}, deps)).toEqual({ ok: true, value: answer });
    expect(asked).toEqual([person.name]);
  });
});
