/**
 * Legislature seats carry a parliamentary term (P2937) instead of dates (issue 15). The term's own
 * item dates the seat when it was read; otherwise the seat stays "dates unknown", never "held".
 * Hand-made fixtures (John Smith's seats: a dated 51st Parliament, an undated 50th) and the real
 * answers in ../shared/data/api-responses (a Danish MP's seats, Q646148; the real term item
 * "56th United Kingdom Parliament", which had no dates in 2016).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GetJson } from '@/lib/services/http';
import { checkRole } from '@/lib/services/role-check';
import { resolvePerson } from '@/lib/services/wikidata';
import type { PersonFacts, Position, ResolveContext } from '@/lib/services/wikidata-types';
import { parseEntities, toPersonFacts } from '@/lib/services/wikidata-parse';
import { readTerm, termIds, type Term } from '@/lib/services/wikidata-positions';
import { fakeGetJson } from '../../helpers/fake-get-json';
import { API_RESPONSES, hasShared } from '../../helpers/shared-data';

const EMPTY: ResolveContext = { role: null, organizations: [], places: [], date: null };
const SMITH = ['search-john-smith', 'entities-john-smith', 'labels-john-smith', 'terms-john-smith'].map((n) => `wikidata/${n}`);
const LABOUR_SMITH = 'Q990000062';

async function smith(getJson: GetJson): Promise<PersonFacts> {
  const found = await resolvePerson('John Smith', { ...EMPTY, organizations: ['Labour Party'] }, getJson);
  if (found.status !== 'found' || found.person.id !== LABOUR_SMITH) throw new Error(`not found: ${JSON.stringify(found)}`);
  return found.person;
}
const seats = (person: PersonFacts) => person.positions.filter((p) => p.term);

describe('the terms are asked once, for the undated seats only', () => {
  test('one request with labels and claims of the two terms, after the label call', async () => {
    const { getJson, urls } = fakeGetJson(...SMITH);
    await smith(getJson);
    expect(urls).toHaveLength(4);
    const last = new URL(urls[3]!);
    expect(Object.fromEntries(last.searchParams)).toMatchObject({
      ids: 'Q990000047|Q990000048',
      props: 'labels|claims',
      languages: 'en|mul',
    });
  });

  test('nobody with an undated seat: no term request (Putin, Kim, Peskov)', async () => {
    const { getJson, urls } = fakeGetJson(
      ...['search-vladimir-putin', 'entities-vladimir-putin', 'labels-vladimir-putin'].map((n) => `wikidata/${n}`),
    );
    await resolvePerson('Vladimir Putin', EMPTY, getJson);
    expect(urls).toHaveLength(3);
  });
});

describe('a seat is dated by its term', () => {
  test('the 51st Parliament dates the seat; his death (P570) ends it before the term did', async () => {
    const [dated] = seats(await smith(fakeGetJson(...SMITH).getJson));
    expect(dated).toMatchObject({
      term: { id: 'Q990000047', label: '51st Parliament of the United Kingdom' },
      start: { iso: '1992-04-27', precision: 11 },
      end: { iso: '1994-05-12', precision: 11 },
      endAtDeath: true,
      datesFromTerm: true,
    });
  });

  test('a term whose item has no dates leaves the seat undated, with the term named', async () => {
    const [, undated] = seats(await smith(fakeGetJson(...SMITH).getJson));
    expect(undated).toMatchObject({ term: { label: '50th Parliament of the United Kingdom' }, start: null });
    expect(undated!.datesFromTerm).toBeUndefined();
  });

  test.each([
    // In the 51st Parliament (elected April 1992): held.
    ['MP', '1993-01-01', 'consistent'],
    // Before it, only the undated 50th-Parliament seat agrees: Wikidata cannot say.
    ['MP', '1989-01-01', 'unknown'],
    // After his death nothing is held.
    ['MP', '1995-01-01', 'differs'],
  ])('%j on %s is %s', async (stated, on, status) => {
    expect(checkRole(stated, (await smith(fakeGetJson(...SMITH).getJson)).positions, on).status).toBe(status);
  });

  const failing: Array<[string, GetJson]> = [
    ['unavailable', async () => ({ ok: false, reason: 'offline', message: 'offline' })],
    ['an API error', async () => ({ ok: true, status: 200, body: { error: { code: 'maxlag', info: 'lagged' } } })],
    ['a missing item', async () => ({ ok: true, status: 200, body: { entities: { Q990000047: { id: 'Q990000047', missing: '' } } } })],
    ['a throw', async () => Promise.reject(new Error('boom'))],
  ];
  test.each(failing)('the term call %s: the person is still found, the seat "dates unknown", never "held"', async (_, termAnswer) => {
    const { getJson: recorded } = fakeGetJson(...SMITH.slice(0, 3));
    const getJson: GetJson = (url) => (url.includes('props=labels|claims') ? termAnswer(url) : recorded(url));
    const person = await smith(getJson);
    expect(seats(person).every((p) => p.start === null && !p.datesFromTerm)).toBe(true);
    expect(checkRole('MP', person.positions, '1993-01-01')).toMatchObject({ status: 'unknown', reason: 'dates-unknown' });
  });
});

describe("readTerm and the statement's own dates", () => {
  const entity = (claims: Record<string, string>) => {
    const raw = Object.fromEntries(
      Object.entries(claims).map(([p, t]) => [
        p,
        [
          {
            rank: 'normal',
            mainsnak: { snaktype: 'value', datavalue: { type: 'time', value: { time: `+${t}T00:00:00Z`, precision: 11 } } },
          },
        ],
      ]),
    );
    const page = parseEntities({ entities: { Q9: { id: 'Q9', labels: { en: { value: 'a term' } }, claims: raw } } });
    if (!page.ok) throw new Error(page.message);
    return page.entities[0]!;
  };
  test.each([
    ['start and end time', { P580: '2015-05-18', P582: '2017-05-03' }, '2015-05-18', '2017-05-03'],
    ['inception and dissolution', { P571: '2015-05-18', P576: '2017-05-03' }, '2015-05-18', '2017-05-03'],
    ['still running', { P580: '2024-07-09' }, '2024-07-09', null],
    ['no dates', {}, null, null],
  ])('%s', (_, claims, start, end) => {
    const term = readTerm(entity(claims));
    expect([term.start?.iso ?? null, term.end?.iso ?? null]).toEqual([start, end]);
  });

  test.each([
    // [the statement's own dates, the term as read (undefined: not read), verdict on 2003-06-01]
    ['a start only, the term not read', { P580: '2001-06-07' }, undefined, 'unknown'],
    ['a start only, the term running', { P580: '2001-06-07' }, { start: '2001-06-07', end: null }, 'consistent'],
    ['a start only, the term over before the day', { P580: '2001-06-07' }, { start: '2001-06-07', end: '2002-12-31' }, 'differs'],
    ['an end only, the term not read', { P582: '2005-04-11' }, undefined, 'unknown'],
    ['an end only, the term began after the day', { P582: '2005-04-11' }, { start: '2004-01-01', end: null }, 'differs'],
    ['nothing, the term read without dates', {}, { start: null, end: null }, 'unknown'],
  ] as const)('a seat with %s is %s', (_, own, term, status) => {
    const time = (t: string) => ({ snaktype: 'value', datavalue: { type: 'time', value: { time: `+${t}T00:00:00Z`, precision: 11 } } });
    const item = (id: string) => ({ snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id } } });
    const qualifiers = { ...Object.fromEntries(Object.entries(own).map(([p, t]) => [p, [time(t)]])), P2937: [item('Q6')] };
    const page = parseEntities({ entities: { Q8: { id: 'Q8', claims: { P39: [{ rank: 'normal', mainsnak: item('Q7'), qualifiers }] } } } });
    if (!page.ok) throw new Error(page.message);
    const date = (iso: string | null) => (iso ? { iso, precision: 11 as const } : null);
    const terms = new Map<string, Term>(term ? [['Q6', { label: '53rd', start: date(term.start), end: date(term.end) }]] : []);
    const positions = toPersonFacts(page.entities[0]!, new Map([['Q7', 'Member of Parliament']]), terms).positions;
    expect(checkRole('MP', positions, '2003-06-01').status).toBe(status);
  });

  test('a seat with dates of its own keeps them, and asks no term', () => {
    const time = (t: string) => ({ snaktype: 'value', datavalue: { type: 'time', value: { time: `+${t}T00:00:00Z`, precision: 11 } } });
    const item = (id: string) => ({ snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id } } });
    const page = parseEntities({
      entities: {
        Q8: {
          id: 'Q8',
          claims: {
            P39: [
              {
                rank: 'normal',
                mainsnak: item('Q7'),
                qualifiers: { P580: [time('2001-06-07')], P582: [time('2005-04-11')], P2937: [item('Q6')] },
              },
            ],
          },
        },
      },
    });
    if (!page.ok) throw new Error(page.message);
    expect(termIds(page.entities[0]!)).toEqual([]);
    const terms = new Map<string, Term>([['Q6', { label: '53rd', start: { iso: '2005-05-05', precision: 11 }, end: null }]]);
    expect(toPersonFacts(page.entities[0]!, new Map(), terms).positions[0]).toMatchObject({
      start: { iso: '2001-06-07' },
      end: { iso: '2005-04-11' },
      term: { label: '53rd' },
    });
  });
});

const MISC = path.join(API_RESPONSES, 'wikidata-misc');
const ENTITIES = path.join(API_RESPONSES, 'wikidata-entities');

describe.skipIf(!hasShared(MISC, 'parliamentary terms on real Wikidata answers'))('real answers', () => {
  const danish = () => {
    const page = parseEntities({ entities: { Q646148: JSON.parse(readFileSync(path.join(MISC, 'Q646148.json'), 'utf8')) } });
    if (!page.ok) throw new Error('Q646148 did not parse');
    return page.entities[0]!;
  };

  test('Q646148 (a Danish MP): his seats name seven terms, and those are the ids asked', () => {
    // The last seat has an end (1984-12-31) but no start: its term is asked too.
    expect(termIds(danish())).toEqual(['Q60667760', 'Q60667896', 'Q60667959', 'Q60668128', 'Q60668161', 'Q60668171', 'Q60668199']);
  });

  test('without the terms\' answers his seats are "dates unknown"; with them, the seat of the day is held', () => {
    const seat = (positions: Position[]) => positions.filter((p) => p.term);
    const bare = toPersonFacts(danish(), new Map([['Q12311817', 'member of the Folketing']]));
    expect(seat(bare.positions)).toHaveLength(7);
    expect(checkRole('Danish lawmaker', bare.positions, '1980-06-01')).toMatchObject({ status: 'unknown', reason: 'dates-unknown' });
    // Hand-made term dates in the real term ids (their items were not recorded).
    const terms = new Map<string, Term>([
      [
        'Q60668128',
        { label: 'Folketing 1979–1981', start: { iso: '1979-10-23', precision: 11 }, end: { iso: '1981-12-08', precision: 11 } },
      ],
    ]);
    const dated = toPersonFacts(danish(), new Map([['Q12311817', 'member of the Folketing']]), terms);
    expect(checkRole('Danish lawmaker', dated.positions, '1980-06-01')).toMatchObject({
      status: 'consistent',
      position: { term: { label: 'Folketing 1979–1981' } },
    });
  });

  test.skipIf(!hasShared(ENTITIES, 'a real term item'))(
    'the real "56th United Kingdom Parliament" (2016) has no dates: a seat in it stays undated',
    () => {
      const { body } = JSON.parse(readFileSync(path.join(ENTITIES, 'noclaims-1.json'), 'utf8')) as { body: unknown };
      const page = parseEntities(typeof body === 'string' ? JSON.parse(body) : body);
      const item = page.ok ? page.entities.find((e) => e.id === 'Q21084473') : undefined;
      expect(item && readTerm(item)).toEqual({ label: '56th United Kingdom Parliament', start: null, end: null });
    },
  );
});
