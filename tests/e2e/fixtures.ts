/**
 * Playwright fixtures: a fresh Chromium profile with the built extension (.output/chrome-mv3) per test,
 * its id, and a static server (worker-scoped) for the sample pages, the e2e fixture pages and the seed page.
 * Build first: `npm run test:e2e` does (`wxt build && playwright test`).
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type StaticServer } from './server.mjs';
import { extensionDir, extensionIdOf, launchWithExtension, projectRoot } from './extension.mjs';

export {
  badgeText,
  extensionIdOf,
  openPopupFor,
  readPopup,
  readTabState,
  readTabStates,
  serviceWorker,
  tabIdFor,
  waitForTabState,
} from './extension.mjs';
export { extensionDir, projectRoot };

export const sampleDir = path.join(projectRoot, 'sample');
export const fixturesDir = path.join(projectRoot, 'tests', 'e2e', 'fixtures');
/** The seed page lives in the shared workspace, which other machines may not have (SEED_PAGE overrides). */
export const seedPage = path.resolve(projectRoot, process.env.SEED_PAGE ?? '../shared/eval/gold/seed-article.html');
export const hasSeed = existsSync(seedPage);
export const outDir = path.join(projectRoot, 'e2e-out');

export const test = base.extend<{ context: BrowserContext; extensionId: string }, { server: StaticServer; extensionPath: string }>({
  // A private copy of the build, taken once per worker: a `wxt build` run elsewhere while the suite
  // runs (it empties .output/chrome-mv3 first) cannot pull the extension from under a test.
  extensionPath: [
    async ({}, use) => {
      if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
        throw new Error(`no built extension at ${extensionDir}: run \`npx wxt build\` (npm run test:e2e does)`);
      }
      const dir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-ext-'));
      cpSync(extensionDir, dir, { recursive: true });
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  server: [
    async ({}, use) => {
      const srv = await startServer({
        roots: {
          '/': sampleDir,
          '/fixtures/': fixturesDir,
          ...(hasSeed ? { '/seed/': path.dirname(seedPage) } : {}),
        },
      });
      await use(srv);
      await srv.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ extensionPath }, use) => {
    const context = await launchWithExtension({ extDir: extensionPath });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

export { expect };
