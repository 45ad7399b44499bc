/** Hover cards on the seed page in Firefox: hover, Tab, Esc, and a claim's relay chain (as tests/e2e/cards.spec.ts). */
import { describe } from 'vitest';
import { expect, focusedMark, hasSeed, markCentre, openArticle, readCard, SEED_PATH, test, waitForCard } from './fixtures';
import { pointInTheReport } from '../e2e/in-page';

describe.skipIf(!hasSeed)('cards on the seed page', () => {
  test('hovering Peskov shows his role and both his claims; Esc closes the card', async ({ firefox, server }) => {
    const { page } = await openArticle(firefox, server.urlFor(SEED_PATH));
    const at = await markCentre(page, 'Dmitry');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    const card = await waitForCard(page, (c) => c.claims.length > 0);
    expect(card.name).toBe('Dmitry Peskov');
    expect(card.role).toBe('Kremlin spokesperson');
    expect(card.claims).toHaveLength(2);
    expect(card.claims[0]).toMatch(/responded “No comment”/);
    expect(card.claims[1]).toMatch(/said Ukraine had been employing missiles/);
    // Inside the viewport, and it stays open while the pointer moves onto it (WCAG 1.4.13).
    const { box } = card;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 4 });
    await new Promise((r) => setTimeout(r, 500));
    expect((await readCard(page))?.name).toBe('Dmitry Peskov');
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
  });

  test('Tab reaches a mention and opens its card; a claim in the card jumps to its place', async ({ firefox, server }) => {
    const { page } = await openArticle(firefox, server.urlFor(SEED_PATH));
    // The first mention Tab reaches (the Kremlin) opens its card too.
    let name: string | null = null;
    for (let i = 0; i < 20 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await focusedMark(page);
    }
    expect(name).toBe('Kremlin');
    const kremlin = await waitForCard(page, (c) => c.name === 'Kremlin');
    expect(kremlin.text).toContain('Institution');
    for (let i = 0; i < 20 && name !== 'Vladimir Putin'; i++) {
      await page.keyboard.press('Tab');
      name = await focusedMark(page);
    }
    const putin = await waitForCard(page, (c) => c.name === 'Vladimir Putin');
    expect(putin.role).toBe('President');
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    // Peskov's card: its first claim selects the quotation in the text.
    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('mark[data-sourcelight]')]
        .filter((m) => m.textContent!.includes('Peskov'))
        .at(-1)!
        .focus(),
    );
    await waitForCard(page, (c) => c.name === 'Dmitry Peskov' && c.claims.length > 0);
    const claim = await page.$('sourcelight-cards >>> [data-testid=card-claims] button');
    expect(claim).not.toBeNull();
    await claim!.click();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('No comment');
  });

  test('hovering a claim shows who said it, and through whom', async ({ firefox, server }) => {
    const { page } = await openArticle(firefox, server.urlFor(SEED_PATH));
    const report = await page.evaluate(pointInTheReport);
    await page.mouse.move(report.x, report.y, { steps: 3 });
    const card = await waitForCard(page, (c) => c.chain !== null);
    expect(card.text).toContain('Reported claim');
    expect(card.chain).toBe('a senior Ukrainian official → Reuters');
  });
});
