/**
 * The qualifier "of" (P642) of a position held is as often a party or a cabinet as a country
 * (issue 15): only a P642 that names a country outright, or a jurisdiction (P1001), gives the
 * office a country. Labels from memory of Wikidata's wording; parties and cabinets real ones.
 */
import { describe, expect, test } from 'vitest';
import { checkRole, positionCountries } from '@/lib/services/role-check';
import type { Position } from '@/lib/services/wikidata-types';
import { parseEntities, toPersonFacts } from '@/lib/services/wikidata-parse';
import { scoreCandidate, WEIGHTS } from '@/lib/services/wikidata-score';

const held = (label: string, of: string | null, ofProperty?: 'P642' | 'P1001'): Position => ({
  id: 'Q1',
  label,
  start: { iso: '2002-10-16', precision: 11 },
  end: null,
  rank: 'normal',
  of,
  ...(ofProperty ? { ofProperty } : {}),
});

describe('positionCountries', () => {
  test.each([
    // A party whose name holds another country's: Pál Csáky's party sat in the Slovak government.
    ['a party (P642)', held('Deputy Prime Minister', 'Party of the Hungarian Coalition', 'P642'), []],
    ['a cabinet (P642)', held('Secretary of State for Trade', 'Callaghan ministry', 'P642'), []],
    ['a country named outright (P642)', held('ambassador', 'Russia', 'P642'), ['Russia']],
    ['a jurisdiction (P1001)', held('Deputy Prime Minister', 'Hungary', 'P1001'), ['Hungary']],
    ['a jurisdiction naming its country (P1001)', held('governor', 'Government of Moscow Oblast', 'P1001'), ['Russia']],
    ['cached before ofProperty existed: read as P642', held('chairman', "Swedish People's Party of Finland"), []],
    ["the label's own country always counts", held('Prime Minister of Estonia', 'Reform Party', 'P642'), ['Estonia']],
  ])('%s', (_, position, countries) => {
    expect(positionCountries(position)).toEqual(countries);
  });
});

describe('checkRole: a party or cabinet is no country of the office', () => {
  test.each([
    ['Slovak deputy prime minister', held('Deputy Prime Minister', 'Party of the Hungarian Coalition', 'P642'), 'consistent'],
    ['Slovak deputy prime minister', held('Deputy Prime Minister', 'Hungary', 'P1001'), 'differs'],
    ['British trade secretary', held('Secretary of State for Trade', 'Callaghan ministry', 'P642'), 'consistent'],
    ['Ukrainian ambassador', held('ambassador', 'Russia', 'P642'), 'differs'],
  ])('%j against %o is %s', (stated, position, status) => {
    expect(checkRole(stated, [position], '2003-01-01').status).toBe(status);
  });
});

describe('scoreCandidate: a party named by "of" gives no country evidence', () => {
  const candidate = (position: Position) => ({
    facts: {
      id: 'Q2',
      label: 'Pál Csáky',
      description: null,
      enwikiTitle: null,
      birthYear: null,
      positions: [position],
      parties: [],
      countries: ['Slovakia'],
      employers: [],
      image: null,
    },
    aliases: [],
    sitelinkCount: 0,
    hasOccupation: true,
  });
  const context = (place: string) => ({ role: null, organizations: [], places: [place], date: '2003-01-01' });

  test.each([
    ['Hungary', held('Deputy Prime Minister', 'Party of the Hungarian Coalition', 'P642'), false],
    ['Slovakia', held('Deputy Prime Minister', 'Party of the Hungarian Coalition', 'P642'), true],
    ['Hungary', held('Deputy Prime Minister', 'Hungary', 'P1001'), true],
  ])('an article placed in %s: country evidence %s', (place, position, evidence) => {
    const scored = scoreCandidate('Pál Csáky', candidate(position), context(place));
    const nowhere = scoreCandidate('Pál Csáky', candidate(position), { ...context(place), places: [] });
    expect(scored.evidence).toBe(evidence);
    expect(scored.score - nowhere.score).toBe(evidence ? WEIGHTS.country : 0);
  });

  test('the party still counts as an organisation the article names', () => {
    const scored = scoreCandidate('Pál Csáky', candidate(held('Deputy Prime Minister', 'Party of the Hungarian Coalition', 'P642')), {
      ...context('Bratislava'),
      organizations: ['Party of the Hungarian Coalition'],
    });
    expect(scored.evidence).toBe(true);
  });
});

describe('the parser says which qualifier "of" came from', () => {
  const item = (id: string) => ({ snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id } } });
  test.each([
    [{ P642: [item('Q3')] }, 'Callaghan ministry', 'P642'],
    [{ P1001: [item('Q4')] }, 'Hungary', 'P1001'],
    // Both present: P642 is read first, as before; its kind goes with it.
    [{ P642: [item('Q3')], P1001: [item('Q4')] }, 'Callaghan ministry', 'P642'],
  ])('%o', (qualifiers, of, ofProperty) => {
    const page = parseEntities({ entities: { Q9: { id: 'Q9', claims: { P39: [{ rank: 'normal', mainsnak: item('Q5'), qualifiers }] } } } });
    if (!page.ok) throw new Error(page.message);
    const labels = new Map([
      ['Q3', 'Callaghan ministry'],
      ['Q4', 'Hungary'],
      ['Q5', 'Secretary of State for Trade'],
    ]);
    expect(toPersonFacts(page.entities[0]!, labels).positions[0]).toMatchObject({ of, ofProperty });
  });
});
