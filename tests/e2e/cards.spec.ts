import path from 'node:path';
import { expect, hasSeed, outDir, seedPage, tabIdFor, test, waitForTabState } from './fixtures';
import { pointInTheReport } from './in-page';

test.describe('cards on the seed page', () => {
  test.skip(!hasSeed, `skipped: no seed page at ${seedPage} (the shared workspace is absent on this machine)`);

  test.beforeEach(async ({ context, server, page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.urlFor(`/seed/${path.basename(seedPage)}`));
    await waitForTabState(context, await tabIdFor(context, page));
  });

  test('hovering Peskov shows his role and both his claims; Esc closes the card', async ({ page }) => {
    await page.locator('mark[data-sourcelight]', { hasText: 'Dmitry' }).first().hover();
    const card = page.locator('sourcelight-cards [data-testid=card]');
    await expect(card).toBeVisible();
    await expect(card.getByTestId('card-name')).toHaveText('Dmitry Peskov');
    await expect(card.getByTestId('card-role')).toHaveText('Kremlin spokesperson');
    await expect(card.getByTestId('card-claims').locator('li')).toHaveText([
      /responded “No comment”/,
      /said Ukraine had been employing missiles/,
    ]);
    // Inside the viewport, and it stays open while the pointer moves onto it (WCAG 1.4.13).
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 4 });
    await page.waitForTimeout(500);
    await expect(card).toBeVisible();
    await page.screenshot({ path: path.join(outDir, 'card-peskov.png') });
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
  });

  test('Tab reaches a mention and opens its card; a claim in the card jumps to its place', async ({ page }) => {
    const card = page.locator('sourcelight-cards [data-testid=card]');
    const focused = () =>
      page.evaluate(() => (document.activeElement?.matches('mark[data-sourcelight]') ? document.activeElement.textContent : null));
    // The first mention Tab reaches (the Kremlin) opens its card too.
    let name: string | null = null;
    for (let i = 0; i < 20 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await focused();
    }
    expect(name).toBe('Kremlin');
    await expect(card.getByTestId('card-name')).toHaveText('Kremlin');
    await expect(card).toContainText('Institution');
    for (let i = 0; i < 20 && name !== 'Vladimir Putin'; i++) {
      await page.keyboard.press('Tab');
      name = await focused();
    }
    await expect(card.getByTestId('card-name')).toHaveText('Vladimir Putin');
    await expect(card.getByTestId('card-role')).toHaveText('President');
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    // Peskov's card: its first claim selects the quotation in the text.
    await page.locator('mark[data-sourcelight]', { hasText: 'Peskov' }).last().focus();
    await card.getByTestId('card-claims').locator('button').first().click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('No comment');
  });

  test('hovering a claim shows who said it, and through whom', async ({ page }) => {
    const box = (await page.locator('p', { hasText: 'confirmed the report' }).boundingBox())!;
    const report = await page.evaluate(pointInTheReport);
    expect(box).toBeTruthy();
    await page.mouse.move(report.x, report.y, { steps: 3 });
    const card = page.locator('sourcelight-cards [data-testid=card]');
    await expect(card).toBeVisible();
    await expect(card).toContainText('Reported claim');
    await expect(card.getByTestId('card-chain')).toHaveText('a senior Ukrainian official → Reuters');
    await page.screenshot({ path: path.join(outDir, 'card-claim.png') });
  });
});
