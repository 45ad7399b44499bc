/**
 * The options page in Firefox, and what its settings do to the page: highlights down to names, and
 * after that the marks stay (our own repaint is not a change of the page: issue 14); a site turned
 * off from the popup is listed there and turned back on.
 */
import { addLateParagraph, countChurn, readChurn } from '../e2e/in-page';
import { countTestId, expect, highlights, marks, openArticle, openPopup, test, testIdTexts, waitForTestId } from './fixtures';

const SAMPLE_ARTICLE = '/world/harbour-talks.html'; // a page without scripts: it never changes itself

test("highlights down to names from the options page: repainted once, then the marks stay, and the page's later changes are still read", async ({
  firefox,
  server,
}) => {
  const { page, tabId, state: first } = await openArticle(firefox, server.urlFor(SAMPLE_ARTICLE));
  const names = await marks(page);
  expect(names).toEqual(expect.arrayContaining(['Elena Marsh', 'Tomas Reyhani']));
  expect((await highlights(page))['sourcelight-claim']?.length).toBeGreaterThan(0);

  const options = await firefox.extensionPage('options.html', { width: 900, height: 1000 });
  await waitForTestId(options, 'level');
  expect(await options.$eval('h1', (h) => h.textContent)).toBe('Sourcelight settings');
  expect(await options.$eval('[data-testid=level]', (s) => (s as HTMLSelectElement).value)).toBe('full');
  await options.select('[data-testid=level]', 'names');

  // Repainted with names only: the claims go, the names come back.
  await expect
    .poll(async () => ({ claims: (await highlights(page))['sourcelight-claim'] ?? null, marks: await marks(page) }))
    .toEqual({ claims: null, marks: names });
  // The reading's state is sent after it paints: wait for it before taking its time.
  await expect.poll(async () => (await firefox.readTabState(tabId))!.checkedAt).not.toBe(first.checkedAt);
  const repainted = (await firefox.readTabState(tabId))!.checkedAt;
  // From now on nothing changes, for 3 s (the page watcher waits 0.6 s of quiet: mistaking our
  // repaint for the page's change read the page again every 0.75 s).
  await page.evaluate(countChurn);
  await new Promise((r) => setTimeout(r, 3_000));
  expect(await page.evaluate(readChurn)).toBe(0);
  expect((await firefox.readTabState(tabId))!.checkedAt).toBe(repainted);
  // A real change of the page is still read (the budget of re-reads was not spent by us).
  await page.evaluate(addLateParagraph);
  await expect.poll(() => marks(page)).toContain('Aurelia Fontaine');
});

test('a site turned off in the popup is listed in the options page, and turned back on there', async ({ firefox, server }) => {
  const { page, tabId } = await openArticle(firefox, server.urlFor(SAMPLE_ARTICLE));
  const popup = await openPopup(firefox, tabId);
  const summary = await testIdTexts(popup, ['summary']);
  expect(summary.summary).toContain('6 people');
  expect(summary.summary).toContain('from anonymous source');
  await popup.click('[data-testid=site]');
  await expect.poll(async () => Object.keys(await highlights(page)).length).toBe(0);

  const options = await firefox.extensionPage('options.html', { width: 900, height: 1000 });
  expect(await waitForTestId(options, 'disabled-sites')).toContain('127.0.0.1');
  await options.click('[data-testid=disabled-sites] button');
  await expect.poll(() => countTestId(options, 'disabled-sites')).toBe(0);
  await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(0);
  expect(await popup.$eval('[data-testid=site]', (c) => (c as HTMLInputElement).checked)).toBe(true);
});
