/**
 * One order of fields in the exports, whatever order the object came in: an import validated by
 * zod (the schema's order), a record from Dexie (the order it was put in), a researcher's edit made
 * with a spread. The same library must give the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { orderedArticle } from '@/lib/export/field-order';
import { toWebAnnotations } from '@/lib/export/jsonld';
import { toJsonLines } from '@/lib/export/jsonl';
import { savedArticleSchema } from '@/lib/export/schema';
import type { SavedArticle } from '@/lib/library/types';
import { reviewedSaved } from './fixtures';

/** The same value with the keys of every object, at every level, in reverse order. */
function reversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversed) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  ) as T;
}

const article = reviewedSaved();
const jsonld = (a: SavedArticle) => JSON.stringify(toWebAnnotations([a]), null, 1);

describe('the exports write one order of fields', () => {
  it.each([
    ['every object’s keys reversed', reversed(article)],
    ['the import’s validation (the schema’s order)', savedArticleSchema.parse(article)],
    [
      'a spread of an edit over an annotation',
      { ...article, annotations: article.annotations.map((a) => Object.assign({ modified: a.modified }, a)) },
    ],
  ])('%s gives the same bytes', (_, other) => {
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(article));
    expect(toJsonLines([other])).toBe(toJsonLines([article]));
    expect(jsonld(other)).toBe(jsonld(article));
  });

  it('is the order of lib/library/types.ts, the text before the annotations', () => {
    const line = JSON.parse(toJsonLines([reversed(article)]));
    expect(Object.keys(line)).toEqual([
      'url',
      'title',
      'byline',
      'outlet',
      'outletName',
      'publishedAt',
      'language',
      'text',
      'entities',
      'annotations',
      'tags',
      'savedAt',
      'updatedAt',
    ]);
    expect(Object.keys(line.annotations[0])).toEqual([
      'id',
      'type',
      'selector',
      'machine',
      'correction',
      'verdict',
      'note',
      'tags',
      'created',
      'modified',
    ]);
    expect(Object.keys(line.annotations[0].selector.quote)).toEqual(['exact', 'prefix', 'suffix']);
    expect(Object.keys(line.entities[0])).toEqual(['name', 'kind', 'role', 'official', 'mentions']);
  });

  it('keeps a field it does not know, after the known ones: the import names it rather than the export losing it', () => {
    const odd = { ...article, zeta: 1, alpha: 'x' } as SavedArticle;
    expect(Object.keys(orderedArticle(odd)).slice(-2)).toEqual(['alpha', 'zeta']);
    expect(toJsonLines([odd])).toContain('"alpha":"x","zeta":1}');
  });
});
