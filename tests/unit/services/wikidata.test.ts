/**
 * Wikidata person resolution against hand-built fixtures (tests/fixtures/wikidata: written in the
 * shapes of the real answers in ../shared/data/api-responses, not live recordings; README there
 * says which facts are unverified), replayed by URL (tests/helpers/fake-get-json.ts).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { readArticle } from '@/lib/article';
import { analyze } from '@/lib/nlp/analyze';
import type { GetJson } from '@/lib/services/http';
import { entitiesUrl, entitiesUrls, resolvePerson, searchUrl } from '@/lib/services/wikidata';
import type { ResolveContext } from '@/lib/services/wikidata-types';
import { parseEntities, parseSearch, readTime, toPersonFacts } from '@/lib/services/wikidata-parse';
import { decide, MARGIN, type Scored } from '@/lib/services/wikidata-score';
import { fakeGetJson } from '../../helpers/fake-get-json';
import { loadRecorded } from '../../helpers/recorded';
import { hasShared, parse, SEED_PAGE } from '../../helpers/shared-data';

const API = 'https://www.wikidata.org/w/api.php';
const PESKOV = 'Q990000101'; // placeholder id: see the fixtures' README
const PESKOV_NAMESAKE = 'Q990000102';

/** A GetJson answering from the named Wikidata fixtures by exact URL, and keeping every URL it was asked. */
const fake = (...names: string[]) => fakeGetJson(...names.map((n) => `wikidata/${n}`));

const inline =
  (body: unknown): GetJson =>
  async () => ({ ok: true, status: 200, body });
const body = (name: string) => JSON.parse(loadRecorded(`wikidata/${name}`).response.body);

const PUTIN_FIXTURES = ['search-vladimir-putin', 'entities-vladimir-putin', 'labels-vladimir-putin'];
const KIM_FIXTURES = ['search-kim-jong-un', 'entities-kim-jong-un', 'labels-kim-jong-un'];
const PESKOV_FIXTURES = ['search-dmitry-peskov', 'entities-dmitry-peskov', 'labels-dmitry-peskov'];
const SMITH_FIXTURES = ['search-john-smith', 'entities-john-smith', 'labels-john-smith', 'terms-john-smith'];

/** What the project's own analysis of the seed page gives (see the seed-derived test below). */
const SEED_DATE = '2024-01-09T10:30:00.000Z';
const SEED_CONTEXT: Record<string, ResolveContext> = {
  'Vladimir Putin': {
    role: 'President',
    organizations: [],
    places: ['Moscow', 'Pyongyang', 'Ukraine', 'Russia', 'Far East'],
    date: SEED_DATE,
    language: 'en',
  },
  'Kim Jong Un': {
    role: 'North Korean leader',
    organizations: [],
    places: ['Moscow', 'Pyongyang', 'Ukraine', 'Russia', 'Far East'],
    date: SEED_DATE,
    language: 'en',
  },
  'Dmitry Peskov': {
    role: 'Kremlin spokesperson',
    organizations: ['Kremlin'],
    places: ['Ukraine', 'United States', 'Russia', 'Germany', 'France', 'Italy'],
    date: SEED_DATE,
    language: 'en',
  },
};
const SEED_CASES: Array<[string, string, string, string[]]> = [
  ['Vladimir Putin', 'Q7747', 'President of Russia', PUTIN_FIXTURES],
  ['Kim Jong Un', 'Q56226', 'Supreme Leader of North Korea', KIM_FIXTURES],
  ['Dmitry Peskov', PESKOV, 'Press Secretary of the President of the Russian Federation', PESKOV_FIXTURES],
];
const EMPTY: ResolveContext = { role: null, organizations: [], places: [], date: null };

describe('request URLs', () => {
  test('wbsearchentities for the name, and nothing else of the page', () => {
    expect(searchUrl('Vladimir Putin')).toBe(
      `${API}?action=wbsearchentities&search=Vladimir%20Putin&language=en&uselang=en&type=item&limit=10&format=json&origin=*`,
    );
    expect(new URL(searchUrl('  Kim \n Jong Un ', 'DE')).searchParams.get('search')).toBe('Kim Jong Un');
    expect(new URL(searchUrl('Kim', 'de')).searchParams.get('language')).toBe('de');
    expect(new URL(searchUrl('Kim', 'en&x=1')).searchParams.get('language')).toBe('en');
    expect(new URL(searchUrl('A & B=C')).searchParams.get('search')).toBe('A & B=C');
  });

  test('wbgetentities: ids sorted and deduplicated, at most 50 a request', () => {
    expect(entitiesUrl(['Q56226', 'Q7747', 'Q7747'], 'labels')).toBe(
      `${API}?action=wbgetentities&ids=Q7747|Q56226&props=labels&languages=en|mul&format=json&origin=*`,
    );
    const ids = Array.from({ length: 120 }, (_, i) => `Q${i + 1}`);
    const urls = entitiesUrls(ids, 'labels');
    expect(urls).toHaveLength(3);
    expect(urls.map((u) => new URL(u).searchParams.get('ids')!.split('|').length)).toEqual([50, 50, 20]);
    expect(() => entitiesUrl(ids, 'labels')).toThrow(RangeError);
  });

  test.each([[['Q1&props=x']], [['Vladimir Putin']], [[]]])('refuses the ids %j', (ids) => {
    expect(() => entitiesUrl(ids, 'labels')).toThrow(RangeError);
  });
});

describe('parseSearch', () => {
  test('keeps hits without description and reads `display` and `search-continue`', () => {
    const page = parseSearch(body('search-dmitry-peskov'));
    expect(page).toEqual({
      ok: true,
      more: false,
      hits: [
        { id: PESKOV, label: 'Dmitry Peskov', description: 'Russian diplomat, press secretary of the President of Russia' },
        { id: PESKOV_NAMESAKE, label: 'Dmitry Peskov', description: null },
      ],
    });
    expect(parseSearch(body('search-john-smith'))).toMatchObject({ ok: true, more: true });
    const displayOnly = { search: [{ id: 'Q4925193', display: { label: { value: 'lie', language: 'en' } } }, { id: 'bad id' }, 'junk'] };
    expect(parseSearch(displayOnly)).toEqual({ ok: true, more: false, hits: [{ id: 'Q4925193', label: 'lie', description: null }] });
  });

  test.each([
    [{ error: { code: 'badvalue', info: 'Unrecognized value for parameter "type"' } }, 'http-error'],
    [{ error: { code: 'ratelimited', info: 'You have exceeded your rate limit.' } }, 'rate-limited'],
    [{ searchinfo: { search: 'x' } }, 'malformed'],
    ['<html>', 'malformed'],
    [null, 'malformed'],
  ])('%j is a failure (%s)', (answer, reason) => {
    expect(parseSearch(answer)).toMatchObject({ ok: false, reason });
  });
});

describe('parseEntities and toPersonFacts', () => {
  const facts = (entities: string, labels: string, id: string) => {
    const page = parseEntities(body(entities));
    const named = parseEntities(body(labels));
    if (!page.ok || !named.ok) throw new Error('fixture unreadable');
    const map = new Map(named.entities.flatMap((e) => (e.label ? [[e.id, e.label] as [string, string]] : [])));
    return toPersonFacts(
      page.entities.find((e) => e.id === id)!,
      map,
    );
  };

  test('Putin: positions with dates, deprecated statements dropped, labels resolved', () => {
    const putin = facts('entities-vladimir-putin', 'labels-vladimir-putin', 'Q7747');
    expect(putin).toMatchObject({
      id: 'Q7747',
      label: 'Vladimir Putin',
      enwikiTitle: 'Vladimir Putin',
      birthYear: 1952,
      image: 'Vladimir Putin 17-11-2021 (cropped).jpg',
    });
    expect(putin.countries).toEqual(['Russia', 'Soviet Union']);
    expect(putin.parties).toEqual(['United Russia', 'Communist Party of the Soviet Union']);
    expect(putin.employers).toEqual(['KGB']);
    expect(putin.positions).toHaveLength(7);
    // A statement without qualifiers, as a third of the real ones are: no dates, nothing invented.
    expect(putin.positions.at(-1)).toEqual({
      id: 'Q990000054',
      label: 'member of the Security Council of Russia',
      start: null,
      end: null,
      rank: 'normal',
      of: null,
    });
    expect(putin.positions[0]).toEqual({
      id: 'Q990000001',
      label: 'President of Russia',
      start: { iso: '2012-05-07', precision: 11 },
      end: null,
      rank: 'preferred',
      of: null,
    });
    expect(putin.positions.filter((p) => p.label === 'Prime Minister of Russia').map((p) => p.start?.iso)).toEqual([
      '2008-05-08',
      '1999-08-16',
    ]);
  });

  test('Kim: a year-precision birth, a month-precision start, a novalue qualifier', () => {
    const kim = facts('entities-kim-jong-un', 'labels-kim-jong-un', 'Q56226');
    expect(kim).toMatchObject({
      label: 'Kim Jong-un',
      enwikiTitle: 'Kim Jong Un',
      birthYear: 1984,
      countries: ['North Korea'],
      parties: ["Workers' Party of Korea"],
    });
    expect(kim.positions[0]).toMatchObject({ label: 'Supreme Leader of North Korea', start: { iso: '2011-12', precision: 10 }, end: null });
  });

  test('novalue and somevalue main snaks, a P642 qualifier, no English label, no enwiki page', () => {
    const peskov = facts('entities-dmitry-peskov', 'labels-dmitry-peskov', PESKOV);
    expect(peskov.parties).toEqual([]); // "member of political party: no value"
    expect(peskov.positions.at(-1)).toMatchObject({ start: { iso: '2008', precision: 9 }, end: { iso: '2012', precision: 9 } });
    const namesake = facts('entities-dmitry-peskov', 'labels-dmitry-peskov', PESKOV_NAMESAKE);
    expect(namesake).toMatchObject({ description: null, enwikiTitle: null, birthYear: null, employers: ['Q990000031'] });
    expect(namesake.positions[0]).toMatchObject({ label: 'Special Representative', of: 'President of Russia' });
  });

  test('an entity that has gone missing is skipped', () => {
    const page = parseEntities(body('entities-john-smith'));
    expect(page.ok && page.entities.map((e) => e.id)).toEqual(['Q990000061', 'Q990000062']);
    expect(parseEntities({ entities: { Q1: { id: 'Q1', missing: true } } })).toEqual({ ok: true, entities: [] });
    expect(parseEntities({ error: { code: 'no-such-entity', info: 'Could not find an entity with the ID "Q0".' } })).toMatchObject({
      ok: false,
      reason: 'http-error',
    });
  });

  test.each([
    ['+2012-05-07T00:00:00Z', 11, { iso: '2012-05-07', precision: 11 }],
    ['+2011-12-00T00:00:00Z', 10, { iso: '2011-12', precision: 10 }],
    ['+1888-00-00T00:00:00Z', 9, { iso: '1888', precision: 9 }],
    ['+2011-12-00T00:00:00Z', 11, { iso: '2011-12', precision: 10 }],
    ['+1980-00-00T00:00:00Z', 8, null],
    ['-0044-03-15T00:00:00Z', 11, null],
    ['2012-05-07', 11, null],
    [20120507, 11, null],
  ])('time %j at precision %i', (time, precision, date) => {
    expect(readTime(time, precision).date).toEqual(date);
  });
});

describe('resolvePerson from the seed article context', () => {
  test.each(SEED_CASES)('%s → %s, %s', async (name, id, office, fixtures) => {
    const { getJson } = fake(...fixtures);
    const result = await resolvePerson(name, SEED_CONTEXT[name]!, getJson);
    expect(result).toMatchObject({ status: 'found', person: { id } });
    if (result.status === 'found') expect(result.person.positions[0]!.label).toBe(office);
  });

  describe.runIf(hasShared(SEED_PAGE, 'Wikidata resolution from the seed page analysis'))(
    'built by lib/nlp/analyze from the page itself',
    () => {
      // Read when a test runs, not when the suite is collected: a skipped describe's body still runs,
      // and without ../shared the page is not there to read.
      const read = () => {
        const { article } = readArticle(parse(readFileSync(SEED_PAGE, 'utf8')));
        const analysis = analyze(article.text, { language: article.language });
        // Paragraphs of the extracted text; "nearby" is the paragraphs that mention the person.
        const paragraphs = [...article.text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)].map(
          (m) => [m.index, m.index + m[0].length] as const,
        );
        return { article, analysis, paragraphs };
      };
      let seed: ReturnType<typeof read> | undefined;
      const contextOf = (name: string): ResolveContext => {
        const { article, analysis, paragraphs } = (seed ??= read());
        const person = analysis.entities.find((e) => e.name === name)!;
        const around = paragraphs.filter(([s, e]) => person.mentions.some((m) => m.start >= s && m.end <= e));
        const near = (kind: string) =>
          analysis.entities
            .filter((e) => e.kind === kind && e.mentions.some((m) => around.some(([s, end]) => m.start >= s && m.end <= end)))
            .map((e) => e.name);
        return {
          role: person.role,
          organizations: near('organization'),
          places: near('place'),
          date: article.publishedAt,
          language: article.language ?? 'en',
        };
      };

      test.each(SEED_CASES)('%s → %s', async (name, id, _, fixtures) => {
        const context = contextOf(name);
        expect(context).toEqual(SEED_CONTEXT[name]);
        expect(await resolvePerson(name, context, fake(...fixtures).getJson)).toMatchObject({ status: 'found', person: { id } });
      });
    },
  );

  test('only the name and Wikidata ids go into the requests, never the context', async () => {
    const words = new Set(
      Object.values(SEED_CONTEXT).flatMap((c) =>
        [c.role ?? '', ...c.organizations, ...c.places, c.date ?? ''].flatMap((s) => s.split(/\s+/)),
      ),
    );
    for (const [name, , , fixtures] of SEED_CASES) {
      const { getJson, urls } = fake(...fixtures);
      await resolvePerson(name, SEED_CONTEXT[name]!, getJson);
      expect(urls).toHaveLength(3);
      for (const raw of urls) {
        const url = new URL(raw);
        const params = Object.fromEntries(url.searchParams);
        if (params.action === 'wbsearchentities') {
          expect(Object.keys(params).sort()).toEqual(['action', 'format', 'language', 'limit', 'origin', 'search', 'type', 'uselang']);
          expect(params.search).toBe(name);
        } else {
          expect(Object.keys(params).sort()).toEqual(['action', 'format', 'ids', 'languages', 'origin', 'props']);
          expect(params.ids!.split('|').every((id) => /^Q\d+$/.test(id))).toBe(true);
        }
        const sent = decodeURIComponent(raw).toLowerCase();
        for (const w of words)
          if (w.length > 3 && !name.toLowerCase().includes(w.toLowerCase())) expect(sent).not.toContain(w.toLowerCase());
      }
    }
  });
});

describe('resolvePerson: choosing among namesakes', () => {
  test('two Russian officials called Dmitry Peskov: without a role it stays ambiguous', async () => {
    const context = { ...EMPTY, places: ['Russia'], date: SEED_DATE };
    expect(await resolvePerson('Dmitry Peskov', context, fake(...PESKOV_FIXTURES).getJson)).toEqual({
      status: 'ambiguous',
      candidates: [
        { id: PESKOV, label: 'Dmitry Peskov', description: 'Russian diplomat, press secretary of the President of Russia' },
        { id: PESKOV_NAMESAKE, label: 'Dmitry Peskov', description: null },
      ],
    });
  });

  test('the role decides for the namesake, who has no English Wikipedia page', async () => {
    const context = { ...EMPTY, role: 'Special Presidential Representative for digital development', date: SEED_DATE };
    const result = await resolvePerson('Dmitry Peskov', context, fake(...PESKOV_FIXTURES).getJson);
    expect(result).toMatchObject({ status: 'found', person: { id: PESKOV_NAMESAKE, enwikiTitle: null } });
  });

  test('John Smith: the disambiguation page and a deleted item dropped, two close namesakes left', async () => {
    const { getJson, urls } = fake(...SMITH_FIXTURES);
    const result = await resolvePerson('John Smith', EMPTY, getJson);
    expect(result).toMatchObject({ status: 'ambiguous', candidates: [{ id: 'Q990000062' }, { id: 'Q990000061' }] });
    expect(new URL(urls[1]!).searchParams.get('ids')).toBe('Q990000061|Q990000062|Q990000063');
  });

  test.each([
    ['the role', { ...EMPTY, role: 'Labour leader', date: '1993-03-01' }],
    ['an organisation', { ...EMPTY, organizations: ['Labour Party'] }],
  ])('John Smith: %s in the article decides', async (_, context) => {
    expect(await resolvePerson('John Smith', context, fake(...SMITH_FIXTURES).getJson)).toMatchObject({
      status: 'found',
      person: { id: 'Q990000062' },
    });
  });

  test('"Putin": the family-name and disambiguation hits never reach wbgetentities', async () => {
    const { getJson, urls } = fake('search-putin', 'entities-putin', 'labels-vladimir-putin');
    expect(await resolvePerson('Putin', EMPTY, getJson)).toMatchObject({ status: 'found', person: { id: 'Q7747' } });
    expect(new URL(urls[1]!).searchParams.get('ids')).toBe('Q7747');
  });

  test('a mountain named after a person is no person', async () => {
    const { getJson } = fake(...PUTIN_FIXTURES);
    const result = await resolvePerson('Vladimir Putin', EMPTY, getJson);
    expect(result).toMatchObject({ status: 'found', person: { id: 'Q7747' } });
    const mountainOnly = { search: [{ id: 'Q990000050', label: 'Vladimir Putin Peak', description: 'mountain in Kyrgyzstan' }] };
    const entities = body('entities-vladimir-putin');
    delete entities.entities.Q7747;
    const answers = [mountainOnly, entities];
    expect(await resolvePerson('Vladimir Putin Peak', EMPTY, async () => ({ ok: true, status: 200, body: answers.shift() }))).toEqual({
      status: 'not-found',
    });
  });

  test('no hits, or an empty name, is "not found"', async () => {
    expect(await resolvePerson('Qwxz Unknownname', EMPTY, inline({ searchinfo: { search: 'x' }, search: [], success: 1 }))).toEqual({
      status: 'not-found',
    });
    expect(await resolvePerson('   ', EMPTY, inline(null))).toEqual({ status: 'not-found' });
  });

  const scored = (score: number, evidence = false): Scored => ({ score, evidence, candidate: {} as Scored['candidate'] });
  test.each([
    ['one clear winner', [scored(9), scored(9 - MARGIN - 0.5)], false, 'found'],
    ['two within the margin', [scored(9), scored(9 - MARGIN)], false, 'ambiguous'],
    ['a lone weak hit', [scored(1.5)], false, 'ambiguous'],
    ['more hits unread, no evidence', [scored(4.5)], true, 'ambiguous'],
    ['more hits unread, with evidence', [scored(4.5, true)], true, 'found'],
  ])('decide: %s', (_, list, incomplete, kind) => {
    expect(decide(list, incomplete).kind).toBe(kind);
  });
});

describe('resolvePerson: Wikidata unavailable', () => {
  test('429 with Retry-After: 30 → rate-limited, retry in 30 s, nothing more asked', async () => {
    const { getJson, urls } = fake('search-vladimir-putin-429');
    const result = await resolvePerson('Vladimir Putin', SEED_CONTEXT['Vladimir Putin']!, getJson);
    expect(result).toMatchObject({ status: 'unavailable', reason: 'rate-limited', retryAfterMs: 30_000 });
    expect(urls).toHaveLength(1);
  });

  test('a truncated wbgetentities body → malformed', async () => {
    const { getJson } = fake('search-kim-jong-un', 'entities-kim-jong-un-malformed');
    expect(await resolvePerson('Kim Jong Un', SEED_CONTEXT['Kim Jong Un']!, getJson)).toMatchObject({
      status: 'unavailable',
      reason: 'malformed',
    });
  });

  test.each(['offline', 'timeout', 'http-error', 'not-found'] as const)('%s from the HTTP layer is passed on', async (reason) => {
    const getJson: GetJson = async () => ({ ok: false, reason, message: `${reason}!` });
    expect(await resolvePerson('Kim Jong Un', EMPTY, getJson)).toEqual({ status: 'unavailable', reason, message: `${reason}!` });
  });

  test('an API error object in a 200 is unavailable, not "not found"', async () => {
    const result = await resolvePerson(
      'Kim Jong Un',
      EMPTY,
      inline({ error: { code: 'ratelimited', info: 'You have exceeded your rate limit.' } }),
    );
    expect(result).toMatchObject({ status: 'unavailable', reason: 'rate-limited' });
  });
});
