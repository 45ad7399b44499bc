import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/export/import';
import { motivationOf, sourcelightBodyId, toWebAnnotations } from '@/lib/export/jsonld';
import type { SavedArticle } from '@/lib/library/types';
import { reviewedSaved, sampleClaims } from './fixtures';

interface Body {
  type: string;
  purpose?: string;
  value?: string;
  [key: string]: unknown;
}
interface Item {
  id: string;
  type: string;
  motivation: string;
  created: string;
  modified: string;
  body: Body[];
  target: { source: string; selector: { type: string; [key: string]: unknown }[] };
}

const article = reviewedSaved();
// What a file holds: the document through JSON text and back.
const doc = JSON.parse(JSON.stringify(toWebAnnotations([article])));
const items: Item[] = doc.first.items;
const itemOf = (id: string) => items.find((i) => i.id === id)!;

describe('toWebAnnotations', () => {
  it('is one AnnotationCollection with its page embedded, the model’s context first', () => {
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc['@context'][1]).toMatchObject({
      '@version': 1.1,
      sourcelight: expect.stringMatching(/^https:/),
      'sourcelight:machine': { '@type': '@json' },
    });
    expect(doc).toMatchObject({ type: 'AnnotationCollection', label: 'Sourcelight export', total: article.annotations.length });
    expect(doc.id).toMatch(/^urn:uuid:/);
    expect(doc.first).toMatchObject({ type: 'AnnotationPage', partOf: doc.id, startIndex: 0 });
    expect(doc.last).toBe(doc.first.id);
    expect(items).toHaveLength(article.annotations.length);
    // The article's metadata rides along; its text does not.
    expect(doc['sourcelight:articles']).toEqual([
      expect.objectContaining({ url: article.url, title: article.title, entities: article.entities }),
    ]);
    expect(JSON.stringify(doc)).not.toContain(article.text.slice(0, 200));
  });

  it('gives every annotation the model’s required fields and a target with both selectors', () => {
    for (const item of items) {
      expect(item).toMatchObject({
        id: expect.stringMatching(/^urn:uuid:/),
        type: 'Annotation',
        created: expect.any(String),
        modified: expect.any(String),
      });
      expect(item.target.source).toBe(article.url);
      const saved = article.annotations.find((a) => a.id === item.id)!;
      expect(item.target.selector).toEqual([
        { type: 'TextQuoteSelector', ...saved.selector.quote },
        { type: 'TextPositionSelector', ...saved.selector.position },
      ]);
      expect(article.text.slice(saved.selector.position.start, saved.selector.position.end)).toBe(saved.selector.quote.exact);
    }
  });

  it.each([
    ['an unreviewed attribution', 4, 'classifying'],
    // The two highlights come after the machine's claims.
    ['a highlight with a note', sampleClaims(), 'commenting'],
    ['a highlight without one', sampleClaims() + 1, 'highlighting'],
  ])('motivates %s as %s', (_, index, motivation) => {
    const a = article.annotations[index]!;
    expect(motivationOf(a)).toBe(motivation);
    expect(itemOf(a.id).motivation).toBe(motivation);
  });

  it('says the source type, note and tags in standard bodies, and the rest in Sourcelight’s own', () => {
    const [confirmed, corrected] = article.annotations;
    expect(itemOf(confirmed!.id).body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'named-person' },
      { type: 'TextualBody', purpose: 'tagging', value: 'fisheries' },
      { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
      {
        id: sourcelightBodyId(confirmed!.id),
        type: 'sourcelight:Attribution',
        'sourcelight:verdict': 'confirmed',
        'sourcelight:machine': confirmed!.machine,
        'sourcelight:correction': null,
      },
    ]);
    expect(itemOf(corrected!.id).body.at(-1)).toMatchObject({
      'sourcelight:verdict': 'corrected',
      'sourcelight:correction': { role: 'Foreign Minister of Estmere' },
    });
    const noted = itemOf(article.annotations[3]!.id).body.find((b) => b.purpose === 'commenting');
    expect(noted).toEqual({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: article.annotations[3]!.note });
  });

  // W3C model 3.2 (a MUST of its test suite): every body has an id, a value, a source or items.
  it('gives every body something that makes it a resource, the Sourcelight body a stable id of its own', () => {
    for (const item of items) {
      for (const body of item.body) expect(['id', 'value', 'source', 'items'].some((k) => k in body)).toBe(true);
      const own = item.body.filter((b) => b.type.startsWith('sourcelight:'));
      expect(own).toEqual([expect.objectContaining({ id: sourcelightBodyId(item.id) })]);
    }
    expect(new Set(items.map((i) => i.body.at(-1)!.id)).size).toBe(items.length);
  });

  it('exports a rejected attribution with its verdict, and no classification of the passage', () => {
    const rejected = itemOf(article.annotations[2]!.id);
    expect(rejected.body.some((b) => b.purpose === 'classifying')).toBe(false);
    expect(rejected.body.at(-1)).toMatchObject({
      'sourcelight:verdict': 'rejected',
      'sourcelight:machine': article.annotations[2]!.machine,
    });
  });

  it('is the same document when exported twice', () => {
    expect(toWebAnnotations([reviewedSaved()])).toEqual(toWebAnnotations([article]));
  });
});

describe('JSON-LD back through parseImport', () => {
  const result = parseImport('library.jsonld', JSON.stringify(doc, null, 2));

  it('gives the same annotations: ids, selectors, verdicts, data, notes, tags, times', () => {
    expect(result).toMatchObject({ ok: true, format: 'jsonld' });
    const [back] = (result as { articles: SavedArticle[] }).articles;
    expect(back!.annotations).toEqual(article.annotations);
  });

  it('gives the article back without its text (JSON Lines is the lossless format)', () => {
    const [back] = (result as { articles: SavedArticle[] }).articles;
    expect(back).toEqual({ ...article, text: '' });
  });
});
