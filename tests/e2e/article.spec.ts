import path from 'node:path';
import type { ConsoleMessage, Page } from '@playwright/test';
import { badgeText, expect, hasSeed, openPopupFor, outDir, readTabState, seedPage, tabIdFor, test, waitForTabState } from './fixtures';

const SAMPLE_ARTICLE = '/world/harbour-talks.html';
const SAMPLE_TITLE = 'Estmere and Calvara extend harbour talks as fishing dispute drags on';
const SEED_TITLE = "Vladimir Putin may be using North Korean missiles in Ukraine — here's real truth";

test('the sample article: badge, saved state and popup name the article', async ({ context, extensionId, server, page }) => {
  await page.goto(server.urlFor(SAMPLE_ARTICLE));
  const tabId = await tabIdFor(context, page);
  const state = await waitForTabState(context, tabId);

  expect(state.error).toBeNull();
  expect(state.article).toMatchObject({
    title: SAMPLE_TITLE,
    outlet: { name: 'The Harbour Courier' },
    publishedAt: expect.stringMatching(/^2026-11-24/),
  });
  expect(state.article!.wordCount).toBeGreaterThan(300);
  expect(await badgeText(context, tabId)).toBe('✓');
  await page.screenshot({ path: path.join(outDir, 'sample-page.png') });

  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('article')).toBeVisible();
  await expect(popup.getByTestId('article-title')).toHaveText(SAMPLE_TITLE);
  await expect(popup.getByTestId('article')).toContainText('The Harbour Courier');
  await expect(popup.getByTestId('article-date')).toHaveText(/\b24\b.*2026|2026.*\b24\b/);
  const words = Number((await popup.getByTestId('article-words').innerText()).replace(/[^\d]/g, ''));
  expect(words).toBeGreaterThan(300);
  await popup.screenshot({ path: path.join(outDir, 'sample-popup.png') });
});

test('a page served over plain http, not a secure context, is read all the same', async ({ context, server, page }) => {
  // Most of the news archive and many local papers are http://: there the page, and so the content
  // script, has no crypto.randomUUID (the corpus found it: 'crypto.randomUUID is not a function').
  // localhost counts as secure, so the sample is served under another name, through the route.
  await context.route('http://news.example/**', async (route) => {
    const answer = await fetch(server.urlFor(new URL(route.request().url()).pathname));
    await route.fulfill({
      status: answer.status,
      contentType: answer.headers.get('content-type') ?? 'text/html',
      body: Buffer.from(await answer.arrayBuffer()),
    });
  });
  await page.goto('http://news.example' + SAMPLE_ARTICLE);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  const tabId = await tabIdFor(context, page);
  const state = await waitForTabState(context, tabId);
  expect(state.error).toBeNull();
  expect(state.article).toMatchObject({ title: SAMPLE_TITLE });
  await expect.poll(() => page.locator('mark[data-sourcelight]').count()).toBeGreaterThan(0);
});

test('the sample home page is not an article', async ({ context, extensionId, server, page }) => {
  await page.goto(server.urlFor('/'));
  const tabId = await tabIdFor(context, page);
  const state = await waitForTabState(context, tabId);
  expect(state.article).toBeNull();
  expect(state.error).toBeNull();
  expect(await badgeText(context, tabId)).toBe('');

  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('no-article')).toContainText('No article on this page');
  await expect(popup.getByTestId('article')).toHaveCount(0);
});

test('the seed page served from localhost', async ({ context, extensionId, server, page }) => {
  const why = `skipped: no seed page at ${seedPage} (the shared workspace is absent on this machine)`;
  if (!hasSeed) console.warn(why); // the list reporter does not print skip reasons
  test.skip(!hasSeed, why);
  await page.goto(server.urlFor(`/seed/${path.basename(seedPage)}`));
  const tabId = await tabIdFor(context, page);
  const state = await waitForTabState(context, tabId);
  expect(state.article?.title).toBe(SEED_TITLE);

  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('article-title')).toHaveText(SEED_TITLE);
  await expect(popup.getByTestId('article')).toContainText('The Daily Ledger');
});

test('the extension changes nothing of the page but its own marks and card layer', async ({ context, server, page }) => {
  // Record every DOM mutation from DOMContentLoaded on (the sample page runs no scripts of its own);
  // the content script runs at document_idle, after that. Its marks around people's names (for
  // keyboard access) and its card layer are the only changes allowed.
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    const ours = (n: Node) =>
      n.nodeType === 3 || (n instanceof Element && (n.matches('mark[data-sourcelight]') || n.localName === 'sourcelight-cards'));
    document.addEventListener(
      'DOMContentLoaded',
      () =>
        new MutationObserver((records) => {
          for (const r of records) {
            const target = r.target as Element;
            if (r.type === 'attributes' && !(target.closest?.('mark[data-sourcelight]') || target.localName === 'sourcelight-cards'))
              log.push(`attribute ${r.attributeName} on <${target.nodeName.toLowerCase()}>`);
            if (r.type === 'characterData' && !r.target.parentElement?.closest('article')) log.push('text changed outside the article');
            for (const n of [...r.addedNodes, ...r.removedNodes])
              if (!ours(n)) log.push(`node <${n.nodeName.toLowerCase()}> added or removed`);
          }
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
      { once: true },
    );
  });
  await page.goto(server.urlFor(SAMPLE_ARTICLE), { waitUntil: 'domcontentloaded' });
  const before = await page.content();
  const tabId = await tabIdFor(context, page);
  const state = await waitForTabState(context, tabId);
  expect(state.article).not.toBeNull(); // the extension did read this page
  await page.waitForTimeout(300); // anything the content script does right after reporting
  expect(await page.locator('mark[data-sourcelight]').count()).toBeGreaterThan(0);
  const withoutOurs = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    copy.querySelector('sourcelight-cards')?.remove();
    for (const m of copy.querySelectorAll('mark[data-sourcelight]')) m.replaceWith(...m.childNodes);
    return '<!DOCTYPE html>' + copy.outerHTML;
  });
  expect(withoutOurs).toBe(before);
  expect(await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations)).toEqual([]);
});

test('a one-line page: no article, and no errors from the extension', async ({ context, extensionId, server, page }) => {
  const errors: string[] = [];
  const isFavicon = (m: ConsoleMessage) => /favicon\.ico/.test(m.location().url);
  context.on('console', (m) => {
    if (m.type() === 'error' && !isFavicon(m)) errors.push(`${m.location().url}: ${m.text()}`);
  });
  context.on('weberror', (e) => errors.push(`uncaught: ${e.error().message}`));
  const watch = (p: Page) => p.on('pageerror', (e) => errors.push(`pageerror ${p.url()}: ${e.message}`));
  watch(page);
  context.on('page', watch);

  await page.goto(server.urlFor('/fixtures/tiny.html'));
  const tabId = await tabIdFor(context, page);
  const state = await waitForTabState(context, tabId);
  expect(state).toMatchObject({ article: null, error: null });
  expect(state.reason).toBeTruthy();
  expect(await badgeText(context, tabId)).toBe('');

  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('no-article')).toContainText('No article on this page');
  await popup.waitForTimeout(200);
  expect(errors).toEqual([]);
  expect(await readTabState(context, tabId)).toEqual(state);
});

// An in-page link (the sample article has 28 `href="#…"` links) fires tabs.onUpdated with status
// 'loading' for the same document: the article must survive it.
test('following an in-page link keeps the article', async ({ context, extensionId, server, page }) => {
  await page.goto(server.urlFor(SAMPLE_ARTICLE));
  const tabId = await tabIdFor(context, page);
  await waitForTabState(context, tabId);
  await page.locator('a[href="#subscribe"]').first().click();
  await expect(page).toHaveURL(/#subscribe$/);
  await page.waitForTimeout(500);
  expect(await badgeText(context, tabId)).toBe('✓');
  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('article-title')).toHaveText(SAMPLE_TITLE, { timeout: 2_000 });
});

test('a tab that leaves the article no longer shows it', async ({ context, extensionId, server, page }) => {
  await page.goto(server.urlFor(SAMPLE_ARTICLE));
  const tabId = await tabIdFor(context, page);
  const first = await waitForTabState(context, tabId);

  // To the home page: its own reading replaces the article's, and the badge goes.
  await page.goto(server.urlFor('/'));
  const home = await waitForTabState(context, tabId, { since: first.checkedAt + 1 });
  expect(home.article).toBeNull();
  expect(await badgeText(context, tabId)).toBe('');
  let popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('no-article')).toContainText('This looks like a home page.');
  await popup.close();

  // Back to the article, then to a page the extension cannot run in: the saved article is stale.
  await page.goto(server.urlFor(SAMPLE_ARTICLE));
  await waitForTabState(context, tabId, { since: home.checkedAt + 1 });
  await page.goto('about:blank');
  popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('no-article')).toBeVisible();
  await expect(popup.getByTestId('article')).toHaveCount(0);
});
