/**
 * The page a started worker reads to warm itself up (lib/background/warm-page.ts) is only worth
 * reading if its reading runs the steps a news page's does: the article found among a site's
 * navigation and "most read" list, and each kind of person, source and claim the analysis knows.
 */
import { expect, it } from 'vitest';
import { WARM_PAGE, WARM_PAGE_URL } from '@/lib/background/warm-page';
import { extractPage } from '@/lib/tabs/extract-page';

const read = () => {
  const answer = extractPage({
    type: 'page:extract',
    html: WARM_PAGE,
    url: WARM_PAGE_URL,
    detection: { isArticle: true, reason: 'warm-up' },
  });
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
};

it('reads as a news article: headline, byline, its paragraphs, and not the site around them', () => {
  const { article, runs } = read();
  expect(article).toMatchObject({ detected: true, title: 'Harbour talks to resume on Monday', byline: 'Jane Example', language: 'en' });
  expect(article.text).toMatch(/^The harbour authority/);
  expect(article.text).toMatch(/further strikes were possible\.$/);
  for (const boilerplate of ['Most read', 'City council approves', 'Business', 'Privacy']) expect(article.text).not.toContain(boilerplate);
  // The text is tied back to the page's own nodes, as a real page's is for its highlights.
  expect(runs.length).toBeGreaterThanOrEqual(7);
});

it('runs every kind of finding: officials with roles, and claims of each kind of source and form', () => {
  const { analysis } = read();
  const people = analysis.entities.filter((e) => e.kind === 'person');
  expect(people.map((p) => [p.name, p.role])).toEqual([
    ['Maria Delgado', 'union spokeswoman'],
    ['Tomas Berg', 'Harbour Commissioner'],
  ]);
  const kinds = new Set(analysis.attributions.map((a) => a.sourceType));
  expect([...kinds].sort()).toEqual(['anonymous', 'institution', 'media', 'named-person']);
  const forms = analysis.attributions.map((a) => (a.direct ? 'direct' : a.cue.text.toLowerCase()));
  expect(forms).toContain('direct');
  expect(forms).toContain('said');
  expect(forms).toContain('according to');
  // A surname alone resolves to the person named in full before.
  expect(analysis.attributions.filter((a) => a.source?.text === 'Berg').map((a) => a.speaker)).toEqual(['Tomas Berg']);
});
