/**
 * Debian's Firefox ESR with the extension's Firefox build (.output/firefox-mv2) installed as a
 * temporary add-on, driven over WebDriver BiDi by puppeteer-core (recipe:
 * ../shared/research/firefox-e2e.md). Each session has a fresh profile, a private copy of the build
 * (a `wxt build -b firefox` elsewhere cannot pull it from under a test) and a proxy that every
 * request for another machine goes to: it answers none, and records each (`outgoing`).
 *
 * The extension's state is read the way its own pages read it: from an extension page (a probe,
 * in a window of its own) with `browser.*`. Tab ids and shortcuts go through the browser's chrome
 * scope, which BiDi reaches with --remote-allow-system-access.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { checkFirefox } from '../../scripts/check-firefox.mjs';
import type { TabState } from '../../lib/messaging/protocol';
import type { Settings } from '../../lib/settings/settings';
import { ONLINE_ORIGINS, type OnlineSetting } from '../../lib/settings/online-hosts';
import { projectRoot } from '../e2e/server.mjs';
import { startRefusingProxy } from './refusing-proxy';

export const firefoxBuild = path.join(projectRoot, '.output', 'firefox-mv2');
/** The gecko id of wxt.config.ts, and the fixed uuid its moz-extension:// origin gets here. */
const GECKO_ID = 'sourcelight@sourcelight.example';
const UUID = '5f1c9b1e-8a63-4c1e-9d2a-2b6f3c9e0a11';
export const extensionOrigin = `moz-extension://${UUID}`;

/** Inside an extension page (functions run there are serialised: they reach its `browser` this way). */
type InPage = { browser: ExtensionApi };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Firefox {
  browser: Browser;
  /** The first tab, for the pages under test. */
  page: Page;
  /** Every request that tried to leave this machine, as the proxy saw it ("CONNECT host:443", "GET url"). */
  outgoing: string[];
  /** Opens an extension page (e.g. 'popup.html?tab=3') in a window of its own, once it has loaded. */
  extensionPage(pathAndQuery: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** The extension's id for the one tab showing `page`'s URL. */
  tabIdFor(page: Page): Promise<number>;
  /** Gives the first window, and the page in it, the focus (an extension page opened since took it). */
  focusPage(): Promise<void>;
  readTabState(tabId: number): Promise<TabState | null>;
  waitForTabState(tabId: number, options?: { since?: number; timeout?: number }): Promise<TabState>;
  badgeText(tabId: number): Promise<string>;
  changeSettings(change: Partial<Settings>): Promise<void>;
  readSettings(): Promise<Settings>;
  /**
   * Gives the extension what Firefox's prompt gives on a yes to `setting` (its hosts, and the
   * data-collection consent), without the prompt: for tests of what comes after it
   * (permissions.test.ts drives the prompt itself).
   */
  grantOnline(setting: OnlineSetting): Promise<void>;
  /** What the browser has granted the extension (permissions.getAll, read from an extension page). */
  grantedPermissions(): Promise<{ origins: string[]; permissions: string[]; data_collection?: string[] }>;
  /**
   * Answers the browser's own permission prompt (the doorhanger an extension page's
   * permissions.request raises) with its main button or its cancel, as the reader's click would;
   * answers the prompt's text. Throws when no prompt shows within 10 s.
   */
  answerPermissionPrompt(answer: 'accept' | 'cancel'): Promise<string>;
  /** Fires an extension shortcut (the manifest's commands) as the keyboard would, in the first window. */
  pressShortcut(command: 'save-article' | 'toggle-highlights'): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(path.join(firefoxBuild, 'manifest.json'))) {
    throw new Error(`no Firefox build at ${firefoxBuild}: run \`npx wxt build -b firefox\` (npm run test:firefox does)`);
  }
  const firefox = checkFirefox();
  if (!firefox.ok) throw new Error(firefox.message);
  const extDir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-firefox-'));
  cpSync(firefoxBuild, extDir, { recursive: true });
  const proxy = await startRefusingProxy();
  const cleanUp = async () => {
    await proxy.close();
    rmSync(extDir, { recursive: true, force: true });
  };
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: firefox.path,
      headless: true,
      args: ['--remote-allow-system-access'],
      // Release builds honour services.settings.server (below) only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        // Everything for another machine goes to the proxy; the fixture servers on 127.0.0.1 do not.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        // Firefox's own remote settings and add-on blocklist: not the extension's requests, kept off
        // the wire (else the proxy sees firefox.settings.services.mozilla.com at every start).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'extensions.blocklist.enabled': false,
      },
    })
    .catch(async (e: unknown) => {
      await cleanUp();
      throw e;
    });
  await browser.installExtension(extDir);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  let probe: Page | null = null;

  const extensionPage = async (pathAndQuery: string, viewport = { width: 360, height: 600 }) => {
    const p = await browser.newPage({ type: 'window' });
    await p.setViewport(viewport);
    const url = `${extensionOrigin}/${pathAndQuery}`;
    // Firefox fires no load event for moz-extension:// documents: start, then poll.
    p.goto(url).catch(() => {});
    const deadline = Date.now() + 10_000;
    for (;;) {
      const at = await p.evaluate(() => [location.href, document.readyState]).catch(() => ['', '']);
      if (at[0] === url && at[1] === 'complete') return p;
      if (Date.now() > deadline) throw new Error(`${url} did not load within 10 s (at ${at[0]})`);
      await sleep(50);
    }
  };
  /** An extension page kept open to read the extension's state with its own API. */
  const inExtension = async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => {
    probe ??= await extensionPage('options.html');
    return probe.evaluate(fn as never, arg as never) as Promise<R>;
  };
  // The BiDi connection is not in puppeteer's public types.
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: unknown }> } }).connection;
  /** Runs `expression` in the browser's own (chrome) scope, in its first window. */
  const inChrome = async (expression: string): Promise<unknown> => {
    const { result: tree } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' } as never);
    const context = (tree as { contexts: { context: string }[] }).contexts[0]!.context;
    const { result } = await bidi.send('script.evaluate', { expression, target: { context }, awaitPromise: true } as never);
    const r = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (r.type !== 'success') throw new Error(`in the chrome scope: ${r.exceptionDetails?.text}`);
    return r.result?.value;
  };
  const readTabState = (tabId: number) =>
    inExtension(
      async (key) => ((await (globalThis as unknown as InPage).browser.storage.session.get(key)) as Record<string, TabState>)[key] ?? null,
      `tab:${tabId}`,
    );

  return {
    browser,
    page,
    outgoing: proxy.seen,
    extensionPage,
    async tabIdFor(p) {
      const url = p.url().replace(/#.*$/, '');
      const ids = (await inChrome(`(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const tabs = ExtensionParent.apiManager.global.tabTracker;
        const ids = [];
        for (const w of Services.wm.getEnumerator('navigator:browser'))
          for (const t of w.gBrowser.tabs) if (t.linkedBrowser.currentURI.specIgnoringRef === ${JSON.stringify(url)}) ids.push(tabs.getId(t));
        return JSON.stringify(ids);
      })()`)) as string;
      const found = JSON.parse(ids) as number[];
      if (found.length !== 1) throw new Error(`tabIdFor: ${found.length} tabs show ${url}`);
      return found[0]!;
    },
    async focusPage() {
      await inChrome(`(() => {
        const w = Services.wm.getEnumerator('navigator:browser').getNext();
        w.focus();
        w.gBrowser.selectedBrowser.focus();
      })()`);
      const deadline = Date.now() + 5_000;
      while (!(await page.evaluate(() => document.hasFocus()))) {
        if (Date.now() > deadline) throw new Error('the page did not get the focus');
        await sleep(50);
      }
    },
    readTabState,
    async waitForTabState(tabId, { since = 0, timeout = 15_000 } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        const state = await readTabState(tabId);
        if (state && state.checkedAt >= since) return state;
        if (Date.now() > deadline) throw new Error(`the extension saved no state for tab ${tabId} within ${Math.round(timeout / 1000)} s`);
        await sleep(100);
      }
    },
    badgeText: (tabId) => inExtension((id) => (globalThis as unknown as InPage).browser.browserAction.getBadgeText({ tabId: id }), tabId),
    changeSettings: (change) =>
      inExtension(async (c) => {
        const { storage } = (globalThis as unknown as InPage).browser;
        const { settings } = await storage.local.get('settings');
        await storage.local.set({ settings: { ...(settings as object), ...c } });
      }, change),
    readSettings: () =>
      inExtension(
        async () => ((await (globalThis as unknown as InPage).browser.storage.local.get('settings')).settings ?? {}) as Settings,
        null,
      ),
    async grantOnline(setting) {
      const origins = JSON.stringify(ONLINE_ORIGINS[setting]);
      await inChrome(`(async () => {
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
        await ExtensionPermissions.add(${JSON.stringify(GECKO_ID)}, { permissions: [], origins: ${origins}, data_collection: ['websiteContent'] }, extension);
      })()`);
    },
    grantedPermissions: () =>
      inExtension(
        () => (globalThis as unknown as InPage).browser.permissions.getAll() as Promise<{ origins: string[]; permissions: string[] }>,
        null,
      ),
    async answerPermissionPrompt(answer) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        // PopupNotifications' doorhanger for an extension's optional permissions, in whichever
        // window the asking page is; its buttons answer on their "command" event.
        const text = (await inChrome(`(() => {
          for (const w of Services.wm.getEnumerator('navigator:browser')) {
            const n = w.document.getElementById('addon-webext-permissions-notification');
            if (!n || n.hidden || !w.PopupNotifications.isPanelOpen) continue;
            const said = n.textContent.replace(/\\s+/g, ' ').trim();
            (${JSON.stringify(answer)} === 'accept' ? n.button : n.secondaryButton).click();
            return said;
          }
          return null;
        })()`)) as string | null;
        if (text !== null) return text;
        if (Date.now() > deadline) throw new Error('no permission prompt showed within 10 s');
        await sleep(100);
      }
    },
    async pressShortcut(command) {
      // Synthetic key presses do not reach extension shortcuts; their <key> elements can be fired.
      const fired = await inChrome(`(() => {
        const w = Services.wm.getEnumerator('navigator:browser').getNext();
        w.focus();
        const keys = [...w.document.querySelectorAll('keyset[id^="ext-keyset-id-"] key')];
        const key = keys.find((k) => k.getAttribute('key') === ${JSON.stringify(command === 'save-article' ? 'S' : 'H')} && k.getAttribute('modifiers') === 'alt,shift');
        if (!key) return false;
        key.doCommand();
        return true;
      })()`);
      if (!fired) throw new Error(`no <key> element for the ${command} shortcut`);
    },
    async close() {
      await browser.close().catch(() => {});
      await cleanUp();
    },
  };
}
