/**
 * Saving in Firefox: from the popup, and with the save shortcut (Alt+Shift+S), whose badge update
 * used `browser.action`, which Firefox's MV2 build lacks; then finding the article in the library
 * (as tests/e2e/library.spec.ts, in short).
 */
import type { Page } from 'puppeteer-core';
import { describe } from 'vitest';
import type { Firefox } from './firefox';
import { countTestId, expect, hasSeed, openArticle, openPopup, SEED_PATH, test, testIdTexts, waitForTestId } from './fixtures';

async function openLibrary(firefox: Firefox): Promise<Page> {
  const library = await firefox.extensionPage('library.html', { width: 1100, height: 1000 });
  await waitForTestId(library, 'library-count');
  return library;
}

/** The library finds the seed article by searching "Peskov", and opens it with its attributions. */
async function findPeskov(library: Page) {
  await library.type('[data-testid=library-search]', 'Peskov');
  await expect.poll(() => countTestId(library, 'library-item')).toBe(1);
  await library.click('[data-testid=library-item] .lib-item__title');
  await expect.poll(() => countTestId(library, 'annotation')).toBeGreaterThan(0);
  expect((await testIdTexts(library, ['library-text']))['library-text']).toContain('Dmitry Peskov');
}

describe.skipIf(!hasSeed)('saving the seed article', () => {
  test('from the popup: saved, and found in the library', async ({ firefox, server }) => {
    const { tabId } = await openArticle(firefox, server.urlFor(SEED_PATH));
    const popup = await openPopup(firefox, tabId, 800);
    await popup.click('[data-testid=save-article]');
    await expect.poll(async () => (await testIdTexts(popup, ['save-status']))['save-status']).toContain('Saved to your library');
    await expect.poll(() => firefox.badgeText(tabId)).toBe('★');
    const library = await openLibrary(firefox);
    expect((await testIdTexts(library, ['library-count']))['library-count']).toBe('1 of 1 saved article');
    await findPeskov(library);
  });

  test('with the save shortcut: the badge says it was saved, and the library has it', async ({ firefox, server }) => {
    const { tabId } = await openArticle(firefox, server.urlFor(SEED_PATH));
    expect(await firefox.badgeText(tabId)).toBe('✓');
    await firefox.focusPage();
    await firefox.pressShortcut('save-article');
    await expect.poll(() => firefox.badgeText(tabId)).toBe('★');
    // The page reports its state again once saved: the star stays.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await firefox.badgeText(tabId)).toBe('★');
    const library = await openLibrary(firefox);
    expect((await testIdTexts(library, ['library-count']))['library-count']).toBe('1 of 1 saved article');
    await findPeskov(library);
  });
});

// The badge of a failed save is set by the shortcut alone (no reading of the page follows): this is
// where `browser.action`, missing in Firefox's MV2 build, left the reader without an answer.
test('with the save shortcut on a page without an article: the badge says it could not save', async ({ firefox, server }) => {
  const { tabId, state } = await openArticle(firefox, server.urlFor('/'));
  expect(state.article).toBeNull();
  expect(await firefox.badgeText(tabId)).toBe('');
  await firefox.pressShortcut('save-article');
  await expect.poll(() => firefox.badgeText(tabId)).toBe('!');
  const library = await openLibrary(firefox);
  expect((await testIdTexts(library, ['library-count']))['library-count']).toBe('0 of 0 saved articles');
});
