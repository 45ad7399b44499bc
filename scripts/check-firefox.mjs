/**
 * Is there a Firefox to run the extension's Firefox build in? `node scripts/check-firefox.mjs` exits 0
 * when the executable (FIREFOX_PATH, else Debian's /usr/bin/firefox-esr) exists, else prints one line
 * saying how to install it and exits 1; `--install` first installs Debian's firefox-esr with apt-get
 * where that can be done (as root). Also imported by tests/e2e-firefox/firefox.ts.
 */
import { browserPath, checkBrowser, ensureBrowser, isMain, runCheck } from './check-browser.mjs';

export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';
const FIREFOX = { name: 'Firefox', pkg: 'firefox-esr', env: 'FIREFOX_PATH', exe: DEFAULT_FIREFOX };

export const firefoxPath = () => browserPath(FIREFOX);
export const checkFirefox = () => checkBrowser(FIREFOX);
export const ensureFirefox = () => ensureBrowser(FIREFOX);

if (isMain(import.meta.url)) runCheck(FIREFOX);
