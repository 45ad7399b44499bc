/** The popup names the article in Firefox, and the toolbar badge marks it (as tests/e2e/article.spec.ts). */
import { expect, hasSeed, openArticle, openPopup, SEED_PATH, test, testIdTexts } from './fixtures';

const SAMPLE_TITLE = 'Estmere and Calvara extend harbour talks as fishing dispute drags on';
const SEED_TITLE = "Vladimir Putin may be using North Korean missiles in Ukraine — here's real truth";

test('the sample article: badge, saved state and popup name the article', async ({ firefox, server }) => {
  const { tabId, state } = await openArticle(firefox, server.urlFor('/world/harbour-talks.html'));
  expect(state.error).toBeNull();
  expect(state.article).toMatchObject({
    title: SAMPLE_TITLE,
    outlet: { name: 'The Harbour Courier' },
    publishedAt: expect.stringMatching(/^2026-11-24/),
  });
  expect(state.article!.wordCount).toBeGreaterThan(300);
  expect(await firefox.badgeText(tabId)).toBe('✓');

  const popup = await openPopup(firefox, tabId);
  const shown = await testIdTexts(popup, ['article', 'article-title', 'article-date', 'article-words']);
  expect(shown['article-title']).toBe(SAMPLE_TITLE);
  expect(shown.article).toContain('The Harbour Courier');
  expect(shown['article-date']).toMatch(/\b24\b.*2026|2026.*\b24\b/);
  expect(Number(shown['article-words']!.replace(/[^\d]/g, ''))).toBeGreaterThan(300);
});

test('the sample home page is not an article', async ({ firefox, server }) => {
  const { tabId, state } = await openArticle(firefox, server.urlFor('/'));
  expect(state).toMatchObject({ article: null, error: null });
  expect(await firefox.badgeText(tabId)).toBe('');
  const popup = await openPopup(firefox, tabId);
  const shown = await testIdTexts(popup, ['no-article', 'article']);
  expect(shown['no-article']).toContain('No article on this page');
  expect(shown.article).toBeNull();
});

test.skipIf(!hasSeed)('the seed page: the popup names the article', async ({ firefox, server }) => {
  const { tabId, state } = await openArticle(firefox, server.urlFor(SEED_PATH));
  expect(state.article?.title).toBe(SEED_TITLE);
  const popup = await openPopup(firefox, tabId);
  const shown = await testIdTexts(popup, ['article', 'article-title']);
  expect(shown['article-title']).toBe(SEED_TITLE);
  expect(shown.article).toContain('The Daily Ledger');
});
