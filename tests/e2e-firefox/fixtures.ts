/**
 * Vitest fixtures for the Firefox suite: a fresh Firefox with the extension per test (see firefox.ts),
 * and a static server (one per worker) for the sample pages and the seed page; and reads of what
 * the page, its hover card and the extension's pages show.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect, test as base } from 'vitest';
import { readHighlightedInside, readHighlights } from '../e2e/in-page';
import { projectRoot, startServer, type StaticServer } from '../e2e/server.mjs';
import { launchFirefox, type Firefox } from './firefox';

export { extensionOrigin } from './firefox';

/** The seed page lives in the shared workspace, which other machines may not have (SEED_PAGE overrides). */
export const seedPage = path.resolve(projectRoot, process.env.SEED_PAGE ?? '../shared/eval/gold/seed-article.html');
export const hasSeed = existsSync(seedPage);
export const noSeed = `skipped: no seed page at ${seedPage} (the shared workspace is absent on this machine)`;
export const SEED_PATH = `/seed/${path.basename(seedPage)}`;
// Vitest lists skipped tests without their reason: say it once.
if (!hasSeed) console.warn(noSeed);

export const test = base.extend<{ firefox: Firefox; server: StaticServer }>({
  server: [
    async ({}, use) => {
      const srv = await startServer({
        roots: {
          '/': path.join(projectRoot, 'sample'),
          ...(hasSeed ? { '/seed/': path.dirname(seedPage) } : {}),
        },
      });
      await use(srv);
      await srv.close();
    },
    { scope: 'worker' },
  ],
  firefox: async ({}, use) => {
    const firefox = await launchFirefox();
    await use(firefox);
    await firefox.close();
  },
});

/** Opens `url` in the first tab and waits for the extension's state of it. */
export async function openArticle(firefox: Firefox, url: string, viewport = { width: 1280, height: 900 }) {
  const { page } = firefox;
  await page.setViewport(viewport);
  await page.goto(url);
  const tabId = await firefox.tabIdFor(page);
  const state = await firefox.waitForTabState(tabId);
  await firefox.focusPage();
  return { page, tabId, state };
}

export const highlights = (page: Page) => page.evaluate(readHighlights);
export const highlightedInside = (page: Page, selector: string) => page.evaluate(readHighlightedInside, selector);

/** The texts of the marks around people's names, in order. */
export function marks(page: Page): Promise<string[]> {
  return page.$$eval('mark[data-sourcelight]', (ms) => ms.map((m) => m.textContent ?? ''));
}

export { expect };

export interface CardReading {
  name: string | null;
  role: string | null;
  claims: string[];
  chain: string | null;
  /** The data-testid of every element in the card. */
  parts: string[];
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

/** The open hover card (in the extension's open shadow root), as plain data; null when none is shown. */
export function readCard(page: Page): Promise<CardReading | null> {
  return page.evaluate(() => {
    const layer = document.querySelector('sourcelight-cards')?.shadowRoot?.querySelector<HTMLElement>('.layer');
    const card = layer?.querySelector('[data-testid=card]');
    if (!layer || layer.hidden || !card) return null;
    const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const text = (sel: string) => (card.querySelector(sel) ? norm(card.querySelector(sel)!.textContent) : null);
    const r = card.getBoundingClientRect();
    if (!r.width || !r.height) return null;
    return {
      name: text('[data-testid=card-name]'),
      role: text('[data-testid=card-role]'),
      claims: [...card.querySelectorAll('[data-testid=card-claims] li')].map((li) => norm(li.textContent)),
      chain: text('[data-testid=card-chain]'),
      parts: [...card.querySelectorAll<HTMLElement>('[data-testid]')].map((e) => e.dataset.testid!),
      text: norm(card.textContent),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
    };
  });
}

/** Waits for a card that `ready` accepts (the card opens after a short delay and fills in). */
export async function waitForCard(page: Page, ready: (card: CardReading) => boolean = () => true): Promise<CardReading> {
  let last: CardReading | null = null;
  await expect
    .poll(async () => {
      last = await readCard(page);
      return !!last && ready(last);
    })
    .toBe(true);
  return last!;
}

/** The centre of the first mark whose text contains `text`. */
export async function markCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((t) => {
    const m = [...document.querySelectorAll('mark[data-sourcelight]')].find((x) => x.textContent!.includes(t));
    if (!m) throw new Error(`no mark with "${t}"`);
    m.scrollIntoView({ block: 'center' });
    const r = m.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, text);
}

/** The text of the focused element when it is one of our marks. */
export function focusedMark(page: Page): Promise<string | null> {
  return page.evaluate(() => (document.activeElement?.matches('mark[data-sourcelight]') ? document.activeElement.textContent : null));
}

/** The text of each `[data-testid=…]` element (whitespace collapsed; null when absent; the first of several). */
export function testIdTexts<K extends string>(page: Page, ids: readonly K[]): Promise<Record<K, string | null>> {
  return page.evaluate((list) => {
    const out: Record<string, string | null> = {};
    for (const id of list) {
      const el = document.querySelector(`[data-testid="${id}"]`);
      out[id] = el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
    }
    return out;
  }, ids) as Promise<Record<K, string | null>>;
}

/** Polls until `[data-testid=id]` is there, and returns its text. */
export async function waitForTestId(page: Page, id: string, timeout = 10_000): Promise<string> {
  let text: string | null = null;
  await expect.poll(async () => (text = (await testIdTexts(page, [id]))[id] ?? null) !== null, { timeout }).toBe(true);
  return text!;
}

/** How many elements `[data-testid=id]` there are. */
export function countTestId(page: Page, id: string): Promise<number> {
  return page.evaluate((i) => document.querySelectorAll(`[data-testid="${i}"]`).length, id);
}

/** Opens the popup for a tab (in a window of its own) once it shows something. */
export async function openPopup(firefox: Firefox, tabId: number, height = 600): Promise<Page> {
  const popup = await firefox.extensionPage(`popup.html?tab=${tabId}`, { width: 360, height });
  await expect
    .poll(() => popup.evaluate(() => !!document.querySelector('[data-testid=article], [data-testid=no-article], .notice--error')))
    .toBe(true);
  return popup;
}
