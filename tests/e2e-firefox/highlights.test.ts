/** Highlights in Firefox: the seed page's, as in the Chromium suite (tests/e2e/highlights.spec.ts). */
import { expect, hasSeed, highlightedInside, highlights, openArticle, SEED_PATH, test } from './fixtures';
import { SEED_FOUND, SEED_VIEW, seedView } from '../e2e/seed-expectations';

test.skipIf(!hasSeed)(
  'the seed page: officials, institutions, sources and claims highlighted; the "most read" list not',
  async ({ firefox, server }) => {
    const { page, state } = await openArticle(firefox, server.urlFor(SEED_PATH));
    expect(state.found).toMatchObject(SEED_FOUND);
    expect(seedView(await highlights(page))).toEqual(SEED_VIEW);
    expect(await highlightedInside(page, 'aside, header, footer, nav')).toEqual([]);
  },
);
