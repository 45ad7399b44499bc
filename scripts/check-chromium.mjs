/**
 * Is there a Chromium to run the extension in? `node scripts/check-chromium.mjs` exits 0 when the
 * executable (CHROMIUM_PATH, else /usr/bin/chromium) exists, else prints one line saying how to install it
 * and exits 1. With `--install`, a missing Debian Chromium is first installed with apt-get where that can
 * be done (as root, with apt-get present), so that `npm test` and `npm start` set up a fresh machine.
 * Also imported by scripts/start.mjs, tests/e2e/extension.mjs and playwright.config.ts.
 */
import { browserPath, checkBrowser, ensureBrowser, isMain, runCheck } from './check-browser.mjs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM = { name: 'Chromium', pkg: 'chromium', env: 'CHROMIUM_PATH', exe: DEFAULT_CHROMIUM };

export const chromiumPath = () => browserPath(CHROMIUM);
export const checkChromium = () => checkBrowser(CHROMIUM);
export const ensureChromium = () => ensureBrowser(CHROMIUM);

if (isMain(import.meta.url)) runCheck(CHROMIUM);
