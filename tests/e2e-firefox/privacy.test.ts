/**
 * With lookups refused, nothing leaves the browser (as the Chromium suite's knowledge.spec.ts).
 * Every request for another machine, from any part of Firefox (the extension's background
 * included), goes to the session's refusing proxy, which records it: with lookups refused in the
 * options page (and the browser's hosts and data consent given), hovering people must send nothing; a
 * one-time look-up then does reach it, which shows the audit would have seen a request.
 */
import { describe } from 'vitest';
import { expect, hasSeed, markCentre, openArticle, readCard, SEED_PATH, test, waitForCard, waitForTestId } from './fixtures';

describe.skipIf(!hasSeed)('who a person is, on the seed page', () => {
  test('with lookups refused, no request leaves the browser, and a card still offers a one-time look-up', async ({ firefox, server }) => {
    const options = await firefox.extensionPage('options.html', { width: 900, height: 1000 });
    await waitForTestId(options, 'knowledge');
    await options.select('[data-testid=knowledge]', 'refused');
    await options.close();
    // What the browser's prompt gives on a yes given before (hosts, data collection): only the
    // reader's "no" in Sourcelight stands between a hover and the network.
    await firefox.grantOnline('knowledge');

    const { page } = await openArticle(firefox, server.urlFor(SEED_PATH));
    let at = await markCentre(page, 'Dmitry');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    let card = await waitForCard(page, (c) => c.parts.includes('background-ask'));
    expect(card.name).toBe('Dmitry Peskov');
    expect(card.parts).toContain('look-up');
    expect(card.parts).not.toContain('look-up-always');
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page)).toBeNull();
    at = await markCentre(page, 'Putin');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    card = await waitForCard(page, (c) => c.parts.includes('background-ask'));
    expect(card.name).toBe('Vladimir Putin');
    await new Promise((r) => setTimeout(r, 500));
    expect(firefox.outgoing).toEqual([]);

    // The one-time look-up is the reader's own request: it goes out, and the audit sees it.
    const lookUp = await page.$('sourcelight-cards >>> [data-testid=look-up]');
    await lookUp!.click();
    await expect.poll(() => firefox.outgoing.some((r) => /\b(www\.wikidata|en\.wikipedia)\.org\b/.test(r))).toBe(true);
  });
});
