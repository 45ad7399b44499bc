import { describe, expect, test } from 'vitest';
import { parseImport } from '@/lib/export/import';
import { toJsonLines } from '@/lib/export/jsonl';
import { newAnnotation } from '@/lib/library/new-annotation';
import type { AttributionData } from '@/lib/library/types';
import { machineSaved } from '../export/fixtures';

const NOW = '2026-12-06T08:00:00.000Z';
const CLAIM: AttributionData = {
  speaker: 'Mikhail Orlovsky',
  source: 'Mikhail Orlovsky',
  sourceType: 'named-person',
  cue: 'said',
  content: 'talks would resume',
  direct: false,
  role: 'foreign minister',
};

describe('the researcher’s own annotation', () => {
  const article = machineSaved();
  const passage = { start: 0, end: article.text.indexOf(' ', 20) };

  test.each([
    ['a passage with a note', null, 'highlight'],
    ['a claim the machine missed', CLAIM, 'attribution'],
  ] as const)('%s', (_, claim, type) => {
    const a = newAnnotation(article.text, passage, 'check this', ['todo'], claim, NOW);
    expect(a).toMatchObject({
      type,
      machine: null,
      correction: claim,
      verdict: 'added',
      note: 'check this',
      tags: ['todo'],
      created: NOW,
      modified: NOW,
    });
    expect(a.selector.position).toEqual(passage);
    expect(a.selector.quote.exact).toBe(article.text.slice(passage.start, passage.end));
    expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('two annotations on one passage are two annotations', () => {
    expect(newAnnotation(article.text, passage, '', [], null, NOW).id).not.toBe(newAnnotation(article.text, passage, '', [], null, NOW).id);
  });

  test('what it makes is what the library exports and imports back', () => {
    const annotations = [
      newAnnotation(article.text, passage, 'a note', ['t'], null, NOW),
      newAnnotation(article.text, passage, '', [], CLAIM, NOW),
    ];
    const parsed = parseImport('mine.jsonl', toJsonLines([{ ...article, annotations: [...article.annotations, ...annotations] }]));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) for (const a of annotations) expect(parsed.articles[0]!.annotations).toContainEqual(a);
  });

  test('a passage outside the text is refused, not saved at a wrong place', () => {
    expect(() => newAnnotation(article.text, { start: 0, end: article.text.length + 1 }, '', [], null, NOW)).toThrow(RangeError);
  });
});
