import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/check-chromium.mjs';

// The e2e suite loads the built extension (.output/chrome-mv3) into Debian's Chromium, headless.
// Run it with `npm run test:e2e` (checks Chromium, builds, then runs this).
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // one Chromium at a time
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  outputDir: 'e2e-out/results',
  use: {
    // Tests get their browser from tests/e2e/fixtures.ts; this keeps any stock `browser` fixture
    // off Playwright's own (not downloaded) headless shell too.
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    screenshot: 'only-on-failure',
  },
});
