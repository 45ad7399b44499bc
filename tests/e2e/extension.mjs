/**
 * Chromium with the built extension (.output/chrome-mv3) loaded, and helpers that read the extension's
 * state through its service worker. Plain ESM so that both the Playwright fixtures and scripts/start.mjs
 * (plain Node) use the same launch code.
 *
 * The extension has no `tabs` permission, so the service worker sees tab ids but not their URLs or titles.
 * tabIdFor() therefore brings the page's tab to the front and asks which tab is active.
 */
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../scripts/check-chromium.mjs';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = path.join(projectRoot, '.output', 'chrome-mv3');

/** What the popup can be seen to show (see components/ArticleCard.tsx). */
export const POPUP_SETTLED = '[data-testid=article], [data-testid=no-article], .notice--error';

export function chromiumArgs(extDir = extensionDir) {
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--no-sandbox', // root in containers; Playwright adds it anyway unless chromiumSandbox is set
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
}

/**
 * @param {{ headless?: boolean, userDataDir?: string, extDir?: string, viewport?: { width: number, height: number } | null,
 * timeout?: number, display?: string }} [options] `display`: an X display to run a headed Chromium in (tests/e2e/browser-prompt.mjs)
 */
export async function launchWithExtension(options = {}) {
  const { userDataDir = '', extDir = extensionDir, viewport, timeout = 30_000, display } = options;
  const headless = display ? false : (options.headless ?? true);
  if (!existsSync(path.join(extDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extDir}: run \`npx wxt build\` first`);
  }
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless, // Chromium's new headless mode loads extensions
    args: chromiumArgs(extDir),
    timeout,
    ...(display ? { env: { ...process.env, DISPLAY: display } } : {}),
    ...(viewport !== undefined ? { viewport } : {}),
  });
}

/** The extension's service worker (it may have been stopped and started again: always ask anew). */
export async function serviceWorker(context, timeout = 10_000) {
  const [sw] = context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
  return sw ?? context.waitForEvent('serviceworker', { timeout });
}

/** Runs `fn` in the service worker, once more if the worker went away in between. */
export async function inWorker(context, fn, arg) {
  try {
    return await (await serviceWorker(context)).evaluate(fn, arg);
  } catch (e) {
    if (!/Target .*closed|has been closed|Execution context was destroyed/i.test(String(e))) throw e;
    return (await serviceWorker(context)).evaluate(fn, arg);
  }
}

export async function extensionIdOf(context) {
  return new URL((await serviceWorker(context)).url()).host;
}

function samePage(a, b) {
  const strip = (u) => u.replace(/#.*$/, '');
  return strip(a) === strip(b);
}

/**
 * The extension's id for the tab showing `pageOrUrl` (a Page, or the URL of exactly one open page):
 * the one tab at that address where the extension may see addresses (its host permissions: not
 * the test server's, so in practice never), else the active tab of a normal window after bringing
 * the page to the front. A page may open a window of its own that takes the focus (a popunder,
 * fe6a4a0e of L3S, about one run in two): that is a 'popup' window, and never the page's tab.
 */
export async function tabIdFor(context, pageOrUrl) {
  let page = pageOrUrl;
  if (typeof pageOrUrl === 'string') {
    const matches = context.pages().filter((p) => samePage(p.url(), pageOrUrl));
    if (matches.length !== 1) {
      throw new Error(`tabIdFor: ${matches.length} open pages have the URL ${pageOrUrl}; pass the Page instead`);
    }
    page = matches[0];
  }
  const url = page.url();
  const byAddress = await inWorker(
    context,
    async (u) => {
      const tabs = await /** @type {any} */ (globalThis).chrome.tabs.query({});
      return tabs.filter((t) => t.url === u || t.pendingUrl === u).map((t) => t.id);
    },
    url,
  );
  if (byAddress.length === 1) return byAddress[0];
  await page.bringToFront();
  const ids = await inWorker(context, async () => {
    const chrome = /** @type {any} */ (globalThis).chrome;
    // Not a window a page opened with window features (a popunder is a 'popup' window, and takes
    // the focus): the tabs the harness opens are in normal windows.
    let tabs = await chrome.tabs.query({ active: true, windowType: 'normal' });
    if (tabs.length > 1) tabs = await chrome.tabs.query({ active: true, windowType: 'normal', lastFocusedWindow: true });
    return tabs.map((t) => t.id);
  });
  if (ids.length !== 1) throw new Error(`tabIdFor: expected one active tab, found ${ids.length}`);
  return ids[0];
}

/** Everything the background keeps in storage.session: { [tabId]: TabState }. */
export async function readTabStates(context) {
  const all = await inWorker(context, () => /** @type {any} */ (globalThis).chrome.storage.session.get(null));
  return Object.fromEntries(
    Object.entries(all)
      .filter(([k]) => k.startsWith('tab:'))
      .map(([k, v]) => [Number(k.slice(4)), v]),
  );
}

export async function readTabState(context, tabId) {
  const key = `tab:${tabId}`;
  const got = await inWorker(context, (k) => /** @type {any} */ (globalThis).chrome.storage.session.get(k), key);
  return got[key] ?? null;
}

/** Polls until the background has saved a state for the tab (checked after `since`, if given). */
export async function waitForTabState(context, tabId, { timeout = 15_000, interval = 100, since = 0 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await readTabState(context, tabId);
    if (state && state.checkedAt >= since) return state;
    if (Date.now() > deadline) {
      throw new Error(`the extension saved no state for tab ${tabId} within ${Math.round(timeout / 1000)} s`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The toolbar badge text of a tab ('✓' when an article was found). */
export async function badgeText(context, tabId) {
  return inWorker(context, (id) => /** @type {any} */ (globalThis).chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens popup.html?tab=<tabId> in a new tab sized like a popup and waits until it shows something. */
export async function openPopupFor(context, extensionId, tabId, { width = 360, height = 420, timeout = 10_000 } = {}) {
  const popup = await context.newPage();
  await popup.setViewportSize({ width, height });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator(POPUP_SETTLED).first().waitFor({ timeout });
  return popup;
}

/** What the popup shows, as plain data. */
export async function readPopup(popup) {
  return popup.evaluate(() => {
    const text = (sel) => document.querySelector(sel)?.textContent?.trim() ?? null;
    if (document.querySelector('[data-testid=article]')) {
      return {
        kind: 'article',
        title: text('[data-testid=article-title]'),
        outlet: text('.article__outlet'),
        date: text('[data-testid=article-date]'),
        words: text('[data-testid=article-words]'),
      };
    }
    if (document.querySelector('[data-testid=no-article]')) {
      return { kind: 'no-article', message: text('.empty__title'), why: text('.empty__why') };
    }
    return { kind: 'error', message: text('.notice--error') ?? document.body.innerText.trim() };
  });
}
