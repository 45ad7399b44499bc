/**
 * Labels and aliases in English and `mul` (issue 15): since 2024 Wikidata keeps names that are the
 * same in every language once, under `mul`, and drops the English copy. Hand-made fixtures in that
 * shape (tests/fixtures/wikidata: John Smith's name only under `mul`, Kim's `mul` label beside the
 * English one, "KGB" only under `mul` in the label call).
 */
import { describe, expect, test } from 'vitest';
import { entitiesUrl, resolvePerson } from '@/lib/services/wikidata';
import type { ResolveContext } from '@/lib/services/wikidata-types';
import { parseEntities } from '@/lib/services/wikidata-parse';
import { scoreCandidate, WEIGHTS } from '@/lib/services/wikidata-score';
import { fakeGetJson } from '../../helpers/fake-get-json';

const EMPTY: ResolveContext = { role: null, organizations: [], places: [], date: null };
const fake = (...names: string[]) => fakeGetJson(...names.map((n) => `wikidata/${n}`));
const names = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).map(([language, value]) => [language, { language, value }]));
const aliases = (values: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(values).map(([language, list]) => [language, list.map((value) => ({ language, value }))]));

function read(raw: Record<string, unknown>) {
  const page = parseEntities({ entities: { Q1: { id: 'Q1', type: 'item', ...raw } } });
  if (!page.ok) throw new Error(page.message);
  return page.entities[0]!;
}

describe('every wbgetentities asks for English and mul', () => {
  test.each(['labels', 'claims|descriptions|labels|aliases|sitelinks', 'labels|claims'])('props=%s', (props) => {
    expect(new URL(entitiesUrl(['Q42'], props)).searchParams.get('languages')).toBe('en|mul');
  });
});

describe('parseEntities reads English first, then mul, and no other language', () => {
  test.each([
    ['English only', { labels: names({ en: 'Douglas Adams' }) }, 'Douglas Adams', []],
    ['mul only (the 2024 shape of a name)', { labels: names({ mul: 'Douglas Adams' }) }, 'Douglas Adams', []],
    [
      'both: English is the label, mul another name',
      { labels: names({ en: 'Kim Jong-un', mul: 'Kim Jong Un' }) },
      'Kim Jong-un',
      ['Kim Jong Un'],
    ],
    ['both the same: no duplicate', { labels: names({ en: 'Tallinn', mul: 'Tallinn' }) }, 'Tallinn', []],
    // A label in another language would compare German words with English synonyms: the bare id it stays.
    ['German only', { labels: names({ de: 'Mitglied des Bundestages' }) }, null, []],
    [
      'aliases under both',
      {
        labels: names({ mul: 'John Smith' }),
        aliases: aliases({ en: ['Johnny Smith'], mul: ['John Smith (Labour Party leader)', 'Johnny Smith'] }),
      },
      'John Smith',
      ['Johnny Smith', 'John Smith (Labour Party leader)'],
    ],
    [
      'aliases in another language are not read',
      { labels: names({ en: 'Jaan Tõnisson' }), aliases: aliases({ et: ['J. Tõnisson'] }) },
      'Jaan Tõnisson',
      [],
    ],
  ])('%s', (_, raw, label, otherNames) => {
    const entity = read(raw);
    expect(entity.label).toBe(label);
    expect(entity.aliases).toEqual(otherNames);
  });

  test('a description under mul is read only where English has none', () => {
    expect(read({ descriptions: names({ en: 'English writer', mul: 'x' }) }).description).toBe('English writer');
    expect(read({ descriptions: names({ mul: 'x' }) }).description).toBe('x');
  });
});

describe('a person whose name is only a mul label is found by name', () => {
  test('John Smith (the Labour leader): label and aliases from mul; the organisation decides', async () => {
    const { getJson } = fake('search-john-smith', 'entities-john-smith', 'labels-john-smith', 'terms-john-smith');
    const found = await resolvePerson('John Smith', { ...EMPTY, organizations: ['Labour Party'] }, getJson);
    expect(found).toMatchObject({ status: 'found', person: { id: 'Q990000062', label: 'John Smith' } });
  });

  test('the exact-name points come from the mul label (and from mul aliases)', () => {
    const facts = {
      id: 'Q1',
      label: 'Q1',
      description: null,
      enwikiTitle: null,
      birthYear: null,
      positions: [],
      parties: [],
      countries: [],
      employers: [],
      image: null,
    };
    const entity = read({ labels: names({ mul: 'John Smith' }), aliases: aliases({ mul: ['Jack Smith'] }) });
    const score = (name: string, withMul: boolean) =>
      scoreCandidate(
        name,
        {
          facts: { ...facts, label: withMul ? entity.label! : 'Q1' },
          aliases: withMul ? entity.aliases : [],
          sitelinkCount: 0,
          hasOccupation: false,
        },
        EMPTY,
      ).score;
    expect(score('John Smith', true)).toBe(WEIGHTS.exactName);
    expect(score('Jack Smith', true)).toBe(WEIGHTS.exactName);
    // What the English-only reader gave: no label, so no name to match.
    expect(score('John Smith', false)).toBe(0);
  });

  test("Kim Jong Un: the article's spelling is the mul label, the English one is hyphenated", async () => {
    const { getJson } = fake('search-kim-jong-un', 'entities-kim-jong-un', 'labels-kim-jong-un');
    const found = await resolvePerson('Kim Jong Un', EMPTY, getJson);
    expect(found).toMatchObject({ status: 'found', person: { id: 'Q56226', label: 'Kim Jong-un' } });
  });

  test('a value labelled only under mul is shown by that name, not its id (KGB in the label call)', async () => {
    const { getJson } = fake('search-vladimir-putin', 'entities-vladimir-putin', 'labels-vladimir-putin');
    const found = await resolvePerson('Vladimir Putin', EMPTY, getJson);
    expect(found.status === 'found' && found.person.employers).toEqual(['KGB']);
  });
});
