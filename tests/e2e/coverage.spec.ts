/**
 * Memory and coverage: three outlets quote one spokesman (three spellings); the popup on the third
 * shows the other two with their quotes, and GDELT's coverage only after the reader agreed. GDELT is
 * a local stand-in: the fixture server's file, routed in for https://api.gdeltproject.org.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';
import path from 'node:path';
import { expect, openPopupFor, outDir, tabIdFor, test, waitForTabState } from './fixtures';
import { ONLINE_ORIGINS } from '../../lib/settings/online-hosts';

const ARTICLES = ['nordwire', 'courier-daily', 'harbour-ledger'];

/** Every request that leaves for somewhere other than the local fixture server or the extension. */
function watchOutside(context: BrowserContext): Request[] {
  const outside: Request[] = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol !== 'chrome-extension:' && u.hostname !== '127.0.0.1' && u.protocol !== 'data:') outside.push(r);
  });
  return outside;
}

async function readAll(context: BrowserContext, page: Page, urlFor: (p: string) => string): Promise<number> {
  let tabId = 0;
  for (const name of ARTICLES) {
    const before = Date.now();
    await page.goto(urlFor(`/fixtures/coverage/${name}.html`));
    tabId = await tabIdFor(context, page);
    const state = await waitForTabState(context, tabId, { since: before });
    expect(state.article?.title, name).toBeTruthy();
  }
  // The last one read stays in the tab: the popup speaks of it.
  return tabId;
}

async function openOrlovsky(popup: Page) {
  await popup.getByTestId('entity').filter({ hasText: 'Orlovsky' }).click();
  await expect(popup.getByTestId('entity-detail')).toBeVisible();
}

test.describe('coverage across outlets', () => {
  test('the popup on the third article shows the other two outlets with what they quoted him saying', async ({
    context,
    server,
    page,
    extensionId,
  }) => {
    const outside = watchOutside(context);
    const tabId = await readAll(context, page, (p) => server.urlFor(p));
    const popup = await openPopupFor(context, extensionId, tabId, { height: 760 });

    // First use: what is remembered and where, with the choice.
    await expect(popup.getByTestId('memory-notice')).toContainText('on this device only');
    await popup.screenshot({ path: path.join(outDir, 'popup-entities.png') });
    await popup.getByTestId('memory-keep').click();
    await expect(popup.getByTestId('memory-notice')).toHaveCount(0);

    // Officials first, with the role as this article states it and the counts.
    const first = popup.getByTestId('entity').first();
    await expect(first).toContainText('Orlovsky');
    await expect(first).toContainText('Foreign ministry spokesman');
    await expect(first).toContainText('2 claims');

    await openOrlovsky(popup);
    await expect(popup.getByTestId('here')).toContainText('It is fair, it is simple, and it can start next spring');
    const outlets = popup.getByTestId('local-outlet');
    await expect(outlets).toHaveCount(2);
    await expect(outlets.nth(0)).toContainText('The Courier Daily');
    await expect(outlets.nth(0)).toContainText('We are closer than we have been at any point this year');
    await expect(outlets.nth(1)).toContainText('Nordwire');
    await expect(outlets.nth(1)).toContainText('A toll is not on the table');
    // Outlets the bundled table does not know say so.
    await expect(outlets.nth(0).getByTestId('outlet-kind')).toHaveText("not in Sourcelight's outlet table");
    // The roles each outlet gave him, oldest first.
    await expect(popup.getByTestId('roles')).toContainText('Estmere foreign ministry spokesman');
    await expect(popup.getByTestId('roles')).toContainText('spokesperson of the Estmere foreign ministry');
    // Online coverage waits for the reader's yes: nothing has left the browser.
    await expect(popup.getByTestId('online-consent')).toContainText('Only the name “Mikhail Orlovsky” is sent');
    await popup.screenshot({ path: path.join(outDir, 'popup-entity-local.png'), fullPage: true });
    expect(outside.map((r) => r.url())).toEqual([]);
  });

  test.describe('with the browser having granted GDELT', () => {
    // Headless Chromium's prompt cannot be answered (fixtures.ts): the build's copy has it granted,
    // and the popup's yes still goes through permissions.request, which Chromium answers at once.
    test.use({ grantedHosts: ONLINE_ORIGINS.onlineCoverage });
    test('with online coverage allowed, the stand-in GDELT answers and its results are grouped by outlet', async ({
      context,
      server,
      page,
      extensionId,
    }) => {
      const asked: string[] = [];
      await context.route('https://api.gdeltproject.org/**', async (route) => {
        asked.push(route.request().url());
        const response = await route.fetch({ url: server.urlFor('/fixtures/gdelt/orlovsky-artlist.json') });
        await route.fulfill({ response });
      });
      const tabId = await readAll(context, page, (p) => server.urlFor(p));
      const popup = await openPopupFor(context, extensionId, tabId, { height: 760 });
      await openOrlovsky(popup);
      await popup.getByTestId('online-allow').click();
      const online = popup.getByTestId('online-outlet');
      await expect(online).toHaveCount(7);
      // Most articles first; titles cleaned of GDELT's spacing; the table's labels with their kind.
      await expect(online.first()).toContainText('calvara-today.example');
      await expect(online.first()).toContainText('Calvara (GDELT)');
      await expect(popup.getByTestId('online-coverage')).toContainText('Estmere rejects Calvara harbour toll, says talks to continue');
      await expect(online.filter({ hasText: 'Reuters' }).getByTestId('outlet-kind')).toHaveText('news agency');
      await popup.screenshot({ path: path.join(outDir, 'popup-entity-online.png'), fullPage: true });

      // One request, carrying the name and nothing of the page.
      expect(asked).toHaveLength(1);
      const url = new URL(asked[0]!);
      expect(url.searchParams.get('query')).toBe('"Mikhail Orlovsky"');
      expect(asked[0]).not.toContain('127.0.0.1');
      expect(asked[0]).not.toMatch(/nordwire|courier|ledger|harbour/i);
    });
  });

  test('with online coverage refused, no request leaves the browser', async ({ context, server, page, extensionId }) => {
    const outside = watchOutside(context);
    const tabId = await readAll(context, page, (p) => server.urlFor(p));
    const popup = await openPopupFor(context, extensionId, tabId, { height: 760 });
    await openOrlovsky(popup);
    await popup.getByTestId('online-refuse').click();
    await expect(popup.getByTestId('online-consent')).toContainText('You said no to online coverage');
    await popup.getByTestId('back').click();
    await openOrlovsky(popup);
    await expect(popup.getByTestId('online-refuse')).toHaveCount(0);
    await popup.waitForTimeout(500);
    expect(outside.map((r) => r.url())).toEqual([]);
  });

  test('forgetting an outlet removes it from coverage at once; a page with no article shows recent people', async ({
    context,
    server,
    page,
    extensionId,
  }) => {
    const tabId = await readAll(context, page, (p) => server.urlFor(p));
    let popup = await openPopupFor(context, extensionId, tabId, { height: 760 });
    await popup.getByTestId('forget-outlet').click();
    await expect(popup.getByTestId('memory-status')).toContainText('every article from harbourledger.example (1 article)');
    let before = Date.now();
    await page.goto(server.urlFor('/fixtures/coverage/nordwire.html'));
    await waitForTabState(context, tabId, { since: before });
    await popup.close();
    popup = await openPopupFor(context, extensionId, tabId, { height: 760 });
    await openOrlovsky(popup);
    await expect(popup.getByTestId('local-outlet')).toHaveCount(1);
    await expect(popup.getByTestId('local-outlet')).toContainText('The Courier Daily');

    before = Date.now();
    await page.goto(server.urlFor('/'));
    await waitForTabState(context, tabId, { since: before });
    await popup.close();
    popup = await openPopupFor(context, extensionId, tabId, { height: 600 });
    await expect(popup.getByTestId('no-article')).toBeVisible();
    await expect(popup.getByTestId('recent-entity').first()).toContainText('Mikhail Orlovsky');
    await popup.screenshot({ path: path.join(outDir, 'popup-recent.png') });
  });
});
