/**
 * Playwright fixtures: a fresh Chromium profile with the built extension (.output/chrome-mv3) per test,
 * its id, and a static server (worker-scoped) for the sample pages, the e2e fixture pages and the seed page.
 * Build first: `npm run test:e2e` does (`wxt build && playwright test`).
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type StaticServer } from './server.mjs';
import { startXvfb } from './browser-prompt.mjs';
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

/**
 * Hosts the browser has granted before the test starts, as if the reader had said yes to the
 * browser's prompt: headless Chromium shows that prompt as a native dialog nothing can answer
 * (microsoft/playwright#32755), so a test of what comes after a yes (a lookup's card, coverage's
 * list) loads a copy of the build whose manifest lists those hosts as granted (host_permissions)
 * instead of optional. The extension's code still asks permissions.request and
 * permissions.contains; Chromium answers true at once for what is granted. permissions.spec.ts
 * tests the build as shipped, and answers the prompt itself in a headed Chromium (`answerable`).
 */
export const test = base.extend<
  { context: BrowserContext; extensionId: string; grantedHosts: readonly string[]; answerable: boolean; display: string | null },
  { server: StaticServer; extensionPath: string }
>({
  grantedHosts: [[], { option: true }],
  /**
   * `test.use({ answerable: true })`: a headed Chromium in a virtual display of its own (`display`),
   * whose permission prompt answerPrompt() answers by keyboard (browser-prompt.mjs). Otherwise
   * headless, as every other test.
   */
  answerable: [false, { option: true }],
  display: async ({ answerable }, use) => {
    if (!answerable) return use(null);
    const xvfb = await startXvfb();
    await use(xvfb.display);
    xvfb.stop();
  },
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
  context: async ({ extensionPath, grantedHosts, display }, use) => {
    const granted = grantedHosts.length ? withGrantedHosts(extensionPath, grantedHosts) : null;
    const context = await launchWithExtension({ extDir: granted ?? extensionPath, ...(display ? { display } : {}) });
    await use(context);
    await context.close();
    if (granted) rmSync(granted, { recursive: true, force: true });
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

/** A copy of the build at `dir` whose manifest has `hosts` granted at install (see grantedHosts). */
function withGrantedHosts(dir: string, hosts: readonly string[]): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-granted-'));
  cpSync(dir, copy, { recursive: true });
  const file = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[]; optional_host_permissions?: string[] };
  const optional = manifest.optional_host_permissions ?? [];
  const missing = hosts.filter((h) => !optional.includes(h));
  if (missing.length) throw new Error(`grantedHosts: not optional in the manifest: ${missing.join(', ')}`);
  manifest.optional_host_permissions = optional.filter((h) => !hosts.includes(h));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(file, JSON.stringify(manifest));
  return copy;
}

export { expect };
