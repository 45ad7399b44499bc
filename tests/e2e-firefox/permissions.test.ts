/**
 * Permissions that match consent, in Firefox, through the browser's REAL prompt: a fresh install
 * holds no service's host; the reader's yes in the popup raises Firefox's permission doorhanger
 * (driven in the browser's chrome scope, firefox.ts), and its accept grants exactly that
 * service's hosts, after which the name goes out (to the session's refusing proxy, which records
 * it: nothing reaches the internet); its cancel is the reader's no, saved as one, and sends nothing; a
 * host taken back later turns the setting back to "ask".
 */
import type { Page } from 'puppeteer-core';
import { expect, openArticle, openPopup, test, waitForTestId } from './fixtures';
import type { Firefox } from './firefox';

const SAMPLE_ARTICLE = '/world/harbour-talks.html';
const KNOWLEDGE = ['https://www.wikidata.org/*', 'https://en.wikipedia.org/*'];
const GDELT = ['https://api.gdeltproject.org/*'];
const SERVICES = [...KNOWLEDGE, ...GDELT];

const serviceOrigins = async (firefox: Firefox) => (await firefox.grantedPermissions()).origins.filter((o) => SERVICES.includes(o)).sort();
const sentTo = (firefox: Firefox, host: RegExp) => firefox.outgoing.filter((r) => host.test(r));

/** The popup on the sample article, on Elena Marsh's screen. */
async function openPerson(firefox: Firefox, url: string): Promise<Page> {
  const { tabId } = await openArticle(firefox, url);
  const popup = await openPopup(firefox, tabId, 900);
  if (await popup.$('[data-testid=memory-keep]')) await popup.click('[data-testid=memory-keep]');
  await expect.poll(() => popup.$$eval('[data-testid=entity]', (es) => es.some((e) => e.textContent!.includes('Elena Marsh')))).toBe(true);
  const entity = await popup.evaluateHandle(() =>
    [...document.querySelectorAll('[data-testid=entity]')].find((e) => e.textContent!.includes('Elena Marsh'))!,
  );
  await (entity as unknown as { click(): Promise<void> }).click();
  await waitForTestId(popup, 'entity-detail');
  return popup;
}

test('a fresh install holds no host of the online services, and the manifest lists them as optional', async ({ firefox }) => {
  expect(await serviceOrigins(firefox)).toEqual([]);
  const manifest = await (
    await firefox.extensionPage('options.html')
  ).evaluate(() =>
    (globalThis as unknown as { browser: { runtime: { getManifest(): Record<string, unknown> } } }).browser.runtime.getManifest(),
  );
  expect(manifest.permissions).toEqual(['storage']);
  expect([...(manifest.optional_permissions as string[])].sort()).toEqual([...SERVICES].sort());
  expect((manifest.content_scripts as Array<{ matches: string[] }>)[0]!.matches).toEqual(['http://*/*', 'https://*/*']);
});

test("yes to online coverage raises Firefox's prompt; its accept grants GDELT's host alone and the search goes out; the host taken back turns the setting back to ask", async ({
  firefox,
  server,
}) => {
  const popup = await openPerson(firefox, server.urlFor(SAMPLE_ARTICLE));
  await popup.click('[data-testid=online-allow]');
  const prompt = await firefox.answerPermissionPrompt('accept');
  expect(prompt).toMatch(/gdeltproject/i);
  await expect.poll(async () => (await firefox.readSettings()).onlineCoverage).toBe('allowed');
  expect(await serviceOrigins(firefox)).toEqual(GDELT);
  expect((await firefox.grantedPermissions()).data_collection).toEqual(['websiteContent']);
  await expect.poll(() => sentTo(firefox, /api\.gdeltproject\.org/).length).toBeGreaterThan(0);
  expect(sentTo(firefox, /wikidata|wikipedia|wikimedia/)).toEqual([]);

  // The reader takes the host back (as about:addons' permissions tab does): the setting follows.
  const options = await firefox.extensionPage('options.html', { width: 900, height: 1000 });
  await options.evaluate(
    (origins) =>
      (globalThis as unknown as { browser: { permissions: { remove(p: object): Promise<boolean> } } }).browser.permissions.remove({
        origins,
      }),
    GDELT,
  );
  await expect.poll(async () => (await firefox.readSettings()).onlineCoverage).toBe('ask');
  expect(await serviceOrigins(firefox)).toEqual([]);
});

test("refusing Firefox's prompt for online coverage is a no: saved as one, and nothing is sent", async ({ firefox, server }) => {
  const popup = await openPerson(firefox, server.urlFor(SAMPLE_ARTICLE));
  await popup.click('[data-testid=online-allow]');
  expect(await firefox.answerPermissionPrompt('cancel')).toMatch(/gdeltproject/i);
  await new Promise((r) => setTimeout(r, 500));
  await expect.poll(async () => (await firefox.readSettings()).onlineCoverage).toBe('refused');
  expect(await serviceOrigins(firefox)).toEqual([]);
  await expect.poll(() => popup.$eval('[data-testid=online-consent]', (e) => e.textContent)).toContain('You said no to online coverage');
  expect(firefox.outgoing).toEqual([]);
});

test("yes to looking people up in the popup: its accept grants Wikidata's and Wikipedia's hosts alone, and the lookup goes out", async ({
  firefox,
  server,
}) => {
  const popup = await openPerson(firefox, server.urlFor(SAMPLE_ARTICLE));
  await popup.click('[data-testid=look-up-always]');
  expect(await firefox.answerPermissionPrompt('accept')).toMatch(/wikidata/i);
  await expect.poll(async () => (await firefox.readSettings()).knowledge).toBe('allowed');
  expect(await serviceOrigins(firefox)).toEqual([...KNOWLEDGE].sort());
  await expect.poll(() => sentTo(firefox, /www\.wikidata\.org|en\.wikipedia\.org/).length).toBeGreaterThan(0);
  expect(sentTo(firefox, /gdeltproject/)).toEqual([]);
});
