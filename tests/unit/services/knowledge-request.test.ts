import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readArticle } from '@/lib/article';
import { digestAnalysis } from '@/lib/memory/digest';
import { analyze } from '@/lib/nlp/analyze';
import { popupKnowledgeRequest } from '@/lib/popup/memory';
import { lookupContext, personRequestAt } from '@/lib/services/knowledge-request';
import { hasShared, parse, SEED_PAGE } from '../../helpers/shared-data';

describe.runIf(hasShared(SEED_PAGE, 'the card and the popup ask alike for the seed article'))('one person, one request', () => {
  // Read when a test runs, not when the suite is collected (a skipped describe's body still runs).
  const read = () => {
    const { article } = readArticle(parse(readFileSync(SEED_PAGE, 'utf8')));
    const analysis = analyze(article.text, { language: article.language });
    return { analysis, digest: digestAnalysis(analysis), date: article.publishedAt };
  };

  test('the page’s card and the popup build the same request for every person of the seed article', () => {
    const { analysis, digest, date } = read();
    const people = digest.entities.filter((e) => e.kind === 'person');
    expect(people.length).toBeGreaterThan(2);
    for (const person of people) {
      const index = analysis.entities.findIndex((e) => e.name === person.name);
      const card = personRequestAt(analysis, index, date);
      expect(popupKnowledgeRequest(person, digest, date), person.name).toEqual(card);
    }
    // The places are what the popup used to leave out: the comparison is not between two empty lists.
    expect(lookupContext(analysis.entities).places.length).toBeGreaterThan(0);
    expect(lookupContext(analysis.entities).organizations.length).toBeGreaterThan(0);
  });
});

describe('the request for a person', () => {
  const entities = [
    { name: 'Dmitry Peskov', kind: 'person' as const },
    { name: 'Kremlin', kind: 'organization' as const },
    { name: 'Reuters', kind: 'media' as const },
    { name: 'Moscow', kind: 'place' as const },
    { name: 'Kremlin', kind: 'organization' as const },
    { name: 'a senior official', kind: 'group' as const },
  ];

  test('the context names institutions and media, then places, each once; people and unnamed groups are not context', () => {
    expect(lookupContext(entities)).toEqual({ organizations: ['Kremlin', 'Reuters'], places: ['Moscow'] });
  });

  test('a popup opened from the recent list, with no article, asks with the stated role and no context', () => {
    const entity = {
      name: 'Dmitry Peskov',
      kind: 'person' as const,
      role: 'Kremlin spokesperson',
      official: true,
      mentions: 0,
      claims: [],
    };
    expect(popupKnowledgeRequest(entity, undefined, null)).toEqual({
      name: 'Dmitry Peskov',
      context: { role: 'Kremlin spokesperson', organizations: [], places: [], date: null },
    });
  });

  test('a tab read by an older version (a digest without context) falls back to the institutions it kept', () => {
    const entity = { name: 'Dmitry Peskov', kind: 'person' as const, role: null, official: true, mentions: 2, claims: [] };
    const digest = { entities: [entity, { ...entity, name: 'Kremlin', kind: 'organization' as const }], claims: [] };
    expect(popupKnowledgeRequest(entity, digest, '2024-01-09')?.context).toEqual({
      role: null,
      organizations: ['Kremlin'],
      places: [],
      date: '2024-01-09',
    });
  });
});
