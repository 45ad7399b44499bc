import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../cli/read-file';
import { annotationId, savedFromAnalysis } from '@/lib/export/from-analysis';
import { uuidV5 } from '@/lib/export/uuid-v5';
import { analyze } from '@/lib/nlp/analyze';
import { machineSaved, sampleClaims } from './fixtures';

describe('uuidV5', () => {
  // Expected values from Python's uuid.uuid5 (an independent implementation of RFC 9562).
  it.each([
    ['python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    ['https://harbourcourier.example/world/harbour-talks#char=444,495', undefined, '79071389-952f-5d0f-b582-81e4a3bafa9b'],
    ['x'.repeat(1000) + 'é😀', undefined, 'b80906a7-e98f-5dad-8c94-b20330713616'],
  ])('%s', (name, namespace, expected) => {
    expect(uuidV5(name, namespace)).toBe(expected);
  });
});

describe('savedFromAnalysis on the sample article', () => {
  const saved = machineSaved();

  it('makes one unreviewed attribution annotation per claim, with the article metadata', () => {
    expect(saved).toMatchObject({
      url: 'https://harbourcourier.example/world/harbour-talks',
      title: 'Estmere and Calvara extend harbour talks as fishing dispute drags on',
      byline: 'Daniel Ferrow',
      outlet: 'harbourcourier.example',
      outletName: 'The Harbour Courier',
      publishedAt: '2026-11-24T08:15:00.000Z',
      tags: [],
    });
    expect(saved.annotations).toHaveLength(sampleClaims());
    expect(sampleClaims()).toBeGreaterThanOrEqual(15);
    for (const a of saved.annotations)
      expect(a).toMatchObject({ type: 'attribution', correction: null, verdict: 'unreviewed', note: '', tags: [] });
  });

  it('selects the content span, with 32 characters of context each side', () => {
    for (const a of saved.annotations) {
      const { position, quote } = a.selector;
      expect(saved.text.slice(position.start, position.end)).toBe(quote.exact);
      expect(quote.exact).toBe(a.machine!.content);
      expect(quote.prefix).toBe(saved.text.slice(Math.max(0, position.start - 32), position.start));
      expect(quote.suffix).toBe(saved.text.slice(position.end, position.end + 32));
    }
  });

  it('keeps the machine’s reading, with the speaker’s role', () => {
    const reyhani = saved.annotations.find((a) => a.machine?.speaker === 'Tomas Reyhani' && a.machine.cue === 'said');
    expect(reyhani?.machine).toEqual({
      speaker: 'Tomas Reyhani',
      source: expect.stringContaining('Tomas Reyhani'),
      sourceType: 'named-person',
      cue: 'said',
      content: expect.stringMatching(/^his government was ready to reopen two northern harbours/),
      direct: false,
      role: 'Calvaran trade envoy',
    });
    const anonymous = saved.annotations.find((a) => a.machine?.sourceType === 'anonymous');
    expect(anonymous?.machine?.role).toBeNull();
    expect(saved.entities.find((e) => e.name === 'Elena Marsh')).toEqual({
      name: 'Elena Marsh',
      kind: 'person',
      role: 'Foreign Minister',
      official: true,
      mentions: expect.any(Number),
    });
  });

  it('gives the same ids on every save (name-based UUIDs of url#char=start,end)', () => {
    const again = machineSaved('2027-01-01T00:00:00.000Z');
    expect(again.annotations.map((a) => a.id)).toEqual(saved.annotations.map((a) => a.id));
    expect(new Set(saved.annotations.map((a) => a.id)).size).toBe(saved.annotations.length);
    const first = saved.annotations[0]!;
    expect(first.id).toBe(annotationId(saved.url, first.selector.position.start, first.selector.position.end));
    expect(first.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses an article without a URL, which would be merged with every other one', () => {
    const article = articleFromText('The Kremlin said on Tuesday that it would not comment on the claims.');
    expect(() => savedFromAnalysis(article, analyze(article.text), '2026-01-01T00:00:00.000Z')).toThrow(/no URL/);
  });
});
