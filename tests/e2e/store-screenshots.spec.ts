/**
 * The stores' screenshots (1280×800, store/screenshots/), made from real flows in light and dark:
 * the seed page with a person's card open; an article with the popup showing a person's coverage
 * across outlets; the library with the seed article saved. The popup is a window of its own in a
 * browser, so its shot is laid over the page's the way the toolbar shows it (composed in the browser:
 * no image library). Each is checked for its size and for the colours of its scheme.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, hasSeed, openPopupFor, projectRoot, seedPage, tabIdFor, test, waitForTabState } from './fixtures';

const SIZE = { width: 1280, height: 800 };
const shotsDir = path.join(projectRoot, 'store', 'screenshots');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** A PNG's size and the mean luminance (0–255) of its pixels, read by the browser's own decoder. */
async function readPng(page: Page, png: Buffer): Promise<{ width: number; height: number; luminance: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const { data } = g.getImageData(0, 0, img.width, img.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
    return { width: img.width, height: img.height, luminance: sum / (data.length / 4) };
  }, png.toString('base64'));
}

/** The page's shot with the popup's laid over its top right corner, as the toolbar opens it; 1280×800. */
async function compose(context: BrowserContext, pageShot: Buffer, popupShot: Buffer, scheme: Scheme): Promise<Buffer> {
  const canvas = await context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.emulateMedia({ colorScheme: scheme });
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await canvas.setContent(
    `<body style="margin:0;width:${SIZE.width}px;height:${SIZE.height}px;overflow:hidden;position:relative">
      <img src="${url(pageShot)}" style="position:absolute;inset:0">
      <img id="popup" src="${url(popupShot)}" style="position:absolute;top:8px;right:16px;border-radius:8px;
        box-shadow:0 6px 24px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.15)">
    </body>`,
  );
  await canvas.locator('#popup').evaluate((img: HTMLImageElement) => img.decode());
  const shot = await canvas.screenshot();
  await canvas.close();
  return shot;
}

async function save(page: Page, name: string, png: Buffer, scheme: Scheme) {
  mkdirSync(shotsDir, { recursive: true });
  const file = path.join(shotsDir, `${scheme}-${name}.png`);
  writeFileSync(file, png);
  // A store takes only its sizes; and a dark shot that came out light (or the reverse) is no shot of that scheme.
  const { width, height, luminance } = await readPng(page, png);
  expect({ width, height }, file).toEqual(SIZE);
  return luminance;
}

test.describe('store screenshots', () => {
  test.skip(!hasSeed, `skipped: no seed page at ${seedPage} (the shared workspace is absent on this machine)`);

  for (const scheme of SCHEMES) {
    test(`the card, the popup with coverage and the library, ${scheme}`, async ({ context, server, page, extensionId }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(SIZE);
      await page.emulateMedia({ colorScheme: scheme });

      // 1. The seed page with Dmitry Peskov's card open.
      await page.goto(server.urlFor(`/seed/${path.basename(seedPage)}`));
      const seedTab = await tabIdFor(context, page);
      await waitForTabState(context, seedTab);
      const mark = page.locator('mark[data-sourcelight]', { hasText: 'Peskov' }).first();
      await mark.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -200));
      await mark.hover();
      const card = page.locator('sourcelight-cards [data-testid=card]');
      await expect(card).toBeVisible();
      await expect(card).toContainText('Peskov');
      const cardShot = await page.screenshot();
      await save(page, '1-card', cardShot, scheme);

      // 2. The library, with the seed article saved from the popup.
      let popup = await openPopupFor(context, extensionId, seedTab, { height: 800 });
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('save-article').click();
      await expect(popup.getByTestId('save-status')).toBeVisible();
      await popup.close();
      const library = await context.newPage();
      await library.setViewportSize(SIZE);
      await library.emulateMedia({ colorScheme: scheme });
      await library.goto(`chrome-extension://${extensionId}/library.html`);
      await expect(library.getByTestId('library-item')).toHaveCount(1);
      await library.getByTestId('library-item').locator('.lib-item__title').click();
      await expect(library.getByTestId('annotation').first()).toBeVisible();
      const libraryLuminance = await save(library, '3-library', await library.screenshot(), scheme);
      await library.close();

      // 3. Three outlets quote one spokesman; on the third, the popup shows the other two with their quotes.
      let tabId = 0;
      for (const name of ['nordwire', 'courier-daily', 'harbour-ledger']) {
        const before = Date.now();
        await page.goto(server.urlFor(`/fixtures/coverage/${name}.html`));
        tabId = await tabIdFor(context, page);
        await waitForTabState(context, tabId, { since: before });
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      const pageShot = await page.screenshot();
      popup = await openPopupFor(context, extensionId, tabId, { width: 380, height: 760 });
      await popup.emulateMedia({ colorScheme: scheme });
      const keep = popup.getByTestId('memory-keep');
      if (await keep.isVisible()) await keep.click();
      await popup.getByTestId('entity').filter({ hasText: 'Orlovsky' }).click();
      await expect(popup.getByTestId('local-outlet')).toHaveCount(2);
      const popupShot = await popup.screenshot();
      const popupLuminance = (await readPng(popup, popupShot)).luminance;
      await save(page, '2-popup-coverage', await compose(context, pageShot, popupShot, scheme), scheme);

      // The extension's own pages follow the scheme: light pages are bright, dark ones are not.
      for (const [what, luminance] of [
        ['library', libraryLuminance],
        ['popup', popupLuminance],
      ] as const) {
        if (scheme === 'dark') expect(luminance, what).toBeLessThan(100);
        else expect(luminance, what).toBeGreaterThan(170);
      }
    });
  }
});
