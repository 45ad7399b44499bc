/**
 * The background answers a page's reading together with the library's saved version of its
 * article, so that the page places it without a second round trip.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { route } from '@/lib/background/router';
import type { SourcelightDB } from '@/lib/db/schema';
import type { SavedArticle } from '@/lib/library/types';
import type { ExtractAnswer } from '@/lib/messaging/protocol';
import type { Result } from '@/lib/messaging/result';
import { freshStore } from '../../helpers/remember';
import { readSample } from '../../helpers/shared-data';

const URL = 'https://www.harbourcourier.example/world/harbour-talks';
const request = () => ({
  type: 'page:extract',
  html: readSample('world', 'harbour-talks.html'),
  url: URL,
  detection: { isArticle: true, reason: 'test' },
});
const extract = async (store: () => SourcelightDB) => (await route(request(), { tab: { id: 1 } }, { db: store })) as Result<ExtractAnswer>;

let db: SourcelightDB;
beforeEach(() => {
  db = freshStore();
});

describe('page:extract answers whether the article is saved', () => {
  it('answers null when the library does not have the article', async () => {
    const answer = await extract(() => db);
    expect(answer).toMatchObject({ ok: true, value: { article: { detected: true }, saved: null } });
    // The background's own time, step by step, for npm run corpus: the lookup included.
    expect(answer.ok && Object.keys(answer.value.took!)).toEqual(['parse', 'extract', 'analyze', 'runs', 'saved', 'arrived', 'answered']);
  });

  it('answers the saved version placed in the text read, when the library has it', async () => {
    const first = await extract(() => db);
    if (!first.ok) throw new Error(first.error);
    const { article, analysis } = first.value;
    const url = article.canonicalUrl ?? URL;
    const stored = (await route(
      { type: 'library:save', article: { ...article, canonicalUrl: url }, analysis },
      {},
      { db: () => db },
    )) as Result<{
      saved: SavedArticle;
    }>;
    if (!stored.ok) throw new Error(stored.error);
    const { saved } = stored.value;
    // The researcher confirms one claim: a reviewed annotation is what the page paints again.
    const claim = saved.annotations.find((a) => a.machine)!;
    await route({ type: 'library:annotate', url, annotation: { ...claim, verdict: 'confirmed' } }, {}, { db: () => db });
    const answer = await extract(() => db);
    const { start, end } = claim.selector.position;
    expect(answer.ok && answer.value.saved).toEqual({ savedAt: saved.updatedAt, ranges: [[start, end]], orphans: [] });
    expect(article.text.slice(start, end)).toBe(claim.selector.quote.exact);
  });

  it('leaves `saved` out when the library cannot be read, so that the page asks itself', async () => {
    const answer = await extract(() => {
      throw new Error('the store is closed');
    });
    expect(answer.ok).toBe(true);
    expect(answer.ok && 'saved' in answer.value).toBe(false);
  });
});
