/**
 * page:extract sends the library's lookup to IndexedDB before the analysis starts, so that the
 * store answers while the analysis runs (lib/background/handlers/extract.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { route } from '@/lib/background/router';
import type { SourcelightDB } from '@/lib/db/schema';
import type { ExtractAnswer } from '@/lib/messaging/protocol';
import type { Result } from '@/lib/messaging/result';
import { freshStore } from '../../helpers/remember';
import { readSample } from '../../helpers/shared-data';

const order: string[] = [];

vi.mock('@/lib/nlp/analyze', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/nlp/analyze')>();
  return { ...original, analyze: (...args: Parameters<typeof original.analyze>) => (order.push('analyze'), original.analyze(...args)) };
});

describe('page:extract', () => {
  it('asks the library for the saved version before it analyses the article', async () => {
    const db = freshStore();
    const store = () => {
      order.push('store');
      return db as SourcelightDB;
    };
    order.length = 0;
    const request = {
      type: 'page:extract',
      html: readSample('world', 'harbour-talks.html'),
      url: 'https://www.harbourcourier.example/world/harbour-talks',
      detection: { isArticle: true, reason: 'test' },
    };
    const answer = (await route(request, { tab: { id: 1 } }, { db: store })) as Result<ExtractAnswer>;
    expect(answer).toMatchObject({ ok: true, value: { article: { detected: true }, saved: null } });
    expect(order).toEqual(['store', 'analyze']);
  });
});
