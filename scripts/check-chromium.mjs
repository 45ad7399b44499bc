/**
 * Is there a Chromium to run the extension in? `node scripts/check-chromium.mjs` exits 0 when the
 * executable (CHROMIUM_PATH, else /usr/bin/chromium) exists, else prints one line saying how to install it
 * and exits 1. With `--install`, a missing Debian Chromium is first installed with apt-get where that can
 * be done (as root, with apt-get present), so that `npm test` and `npm start` set up a fresh machine.
 * Also imported by scripts/start.mjs, tests/e2e/extension.mjs and playwright.config.ts. With
 * `--install` it also adds Xvfb and xdotool, for the tests that answer Chromium's permission prompt.
 */
import { browserPath, checkBrowser, ensureBrowser, isMain, runCheck } from './check-browser.mjs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM = { name: 'Chromium', pkg: 'chromium', env: 'CHROMIUM_PATH', exe: DEFAULT_CHROMIUM };

/**
 * The virtual display and the keyboard that answer Chromium's own permission prompt in the e2e
 * tests (tests/e2e/browser-prompt.mjs): installed with Chromium where that can be done; without
 * them only those tests skip.
 */
export const XVFB = { name: 'Xvfb', pkg: 'xvfb', env: 'XVFB_PATH', exe: '/usr/bin/Xvfb' };
export const XDOTOOL = { name: 'xdotool', pkg: 'xdotool', env: 'XDOTOOL_PATH', exe: '/usr/bin/xdotool' };

export const chromiumPath = () => browserPath(CHROMIUM);
export const checkChromium = () => checkBrowser(CHROMIUM);
export const ensureChromium = () => ensureBrowser(CHROMIUM);

if (isMain(import.meta.url)) {
  if (process.argv.includes('--install')) {
    for (const tool of [XVFB, XDOTOOL]) {
      const got = ensureBrowser(tool);
      if (!got.ok) console.error(`${got.message} Without it the tests of Chromium's permission prompt skip.`);
    }
  }
  runCheck(CHROMIUM);
}
