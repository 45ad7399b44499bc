/**
 * `npm start`: build the extension, serve a page on 127.0.0.1 and open it in Chromium with Sourcelight loaded.
 *
 *   npm start                          the sample article (sample/world/harbour-talks.html)
 *   npm start -- path/to/page.html     that file (its directory is served)
 *   npm start -- path/to/dir           that directory's index.html
 *   npm start -- https://example.com/  that URL, as is
 *   npm start -- --headless [page]     headless even when a display is available
 *
 * With a display ($DISPLAY set) the browser opens in a window and stays open until you close it.
 * Without one (or with --headless) it runs headless: it waits for the extension to read the page,
 * saves out/page.png (the whole page) and out/popup.png (the popup for that tab), prints what the
 * popup showed, and exits: 0 when the extension reported, 1 when it did not within 20 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './check-chromium.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { extensionIdOf, launchWithExtension, openPopupFor, readPopup, tabIdFor, waitForTabState } from '../tests/e2e/extension.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORT_TIMEOUT_MS = 20_000;
const rel = (p) => path.relative(process.cwd(), p) || '.';

function fail(message, code = 1) {
  console.error(`error: ${message}`);
  process.exit(code);
}

function parseArgs(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const positional = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--headless' && f !== '--help');
  if (flags.has('--help')) {
    console.log('usage: npm start [-- [--headless] [page.html | directory | http(s)://URL]]');
    process.exit(0);
  }
  if (unknown.length) fail(`unknown option ${unknown.join(' ')} (usage: npm start -- [--headless] [page | URL])`);
  if (positional.length > 1) fail('give at most one page or URL to open');
  return { headless: flags.has('--headless') || !process.env.DISPLAY, target: positional[0] };
}

/** What to serve and open: { url } for a web address, or { dir, file } for a local page. */
function resolveTarget(target) {
  if (!target) return { dir: path.join(projectRoot, 'sample'), file: 'world/harbour-talks.html' };
  if (/^https?:\/\//i.test(target)) return { url: target };
  // npm runs scripts from the project root; a relative path means the caller's directory.
  const p = target.startsWith('file:') ? fileURLToPath(target) : path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
  if (!existsSync(p)) fail(`no such file or directory: ${target}`);
  if (statSync(p).isDirectory()) {
    if (!existsSync(path.join(p, 'index.html'))) fail(`${target} is a directory without index.html; name a page in it`);
    return { dir: p, file: '' };
  }
  return { dir: path.dirname(p), file: path.basename(p) };
}

async function main() {
  const { headless, target } = parseArgs(process.argv.slice(2));
  const chromium = ensureChromium();
  if (!chromium.ok) fail(chromium.message.replace(/^error: /, ''));
  const where = resolveTarget(target);

  const build = spawnSync('npx', ['wxt', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) fail(`\`npx wxt build\` failed (exit ${build.status ?? build.signal})`, build.status || 1);

  const server = where.url ? null : await startServer({ root: where.dir });
  const pageUrl = where.url ?? server.urlFor(`/${where.file.split(path.sep).map(encodeURIComponent).join('/')}`);
  if (server) console.log(`Serving ${rel(where.dir)} at ${server.url}/`);

  if (headless) {
    // Every step below has its own timeout; this only guards against a browser that never closes.
    setTimeout(() => fail('gave up after 90 s'), 90_000).unref();
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-start-'));
  let context;
  const cleanUp = async () => {
    await context?.close().catch(() => {});
    await server?.close();
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    context = await launchWithExtension({
      headless,
      userDataDir: profile,
      // A window's own size when headed; a desktop-sized page when headless.
      viewport: headless ? { width: 1280, height: 900 } : null,
    }).catch((e) => {
      if (!headless && /XServer|display/i.test(String(e))) {
        throw new Error(`no X server answers on DISPLAY=${process.env.DISPLAY}; run \`npm start -- --headless\` instead`);
      }
      throw e;
    });
    const extensionId = await extensionIdOf(context);
    const page = context.pages()[0] ?? (await context.newPage());
    const openedAt = Date.now();
    // Not 'load': a page with a resource that never arrives is still read by the extension.
    await page.goto(pageUrl, { waitUntil: 'domcontentloaded', timeout: REPORT_TIMEOUT_MS }).catch((e) => {
      throw new Error(`could not open ${pageUrl}: ${String(e?.message ?? e).split('\n')[0]}`);
    });

    if (!headless) {
      console.log(`Opened ${pageUrl} in Chromium with Sourcelight (${extensionId}).`);
      console.log('Pin Sourcelight from the puzzle-piece menu and click it for the popup. Close the browser to stop.');
      tabIdFor(context, page)
        .then((tabId) => console.log(`The popup for this tab as a page: chrome-extension://${extensionId}/popup.html?tab=${tabId}`))
        .catch(() => {});
      const closed = new Promise((resolve) => context.once('close', resolve));
      const stop = () => void context.close();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await closed;
      context = undefined;
      return;
    }

    const tabId = await tabIdFor(context, page);
    const state = await waitForTabState(context, tabId, { timeout: REPORT_TIMEOUT_MS, since: openedAt }).catch((e) => {
      if (!/saved no state/.test(String(e))) throw e;
      throw new Error(
        `Sourcelight did not report on ${pageUrl} within ${REPORT_TIMEOUT_MS / 1000} s ` +
          '(is the content script running? check the build in .output/chrome-mv3)',
      );
    });

    await page.waitForLoadState('load', { timeout: 5_000 }).catch(() => {}); // images in the screenshot
    const outDir = path.join(projectRoot, 'out');
    mkdirSync(outDir, { recursive: true });
    const pagePng = path.join(outDir, 'page.png');
    const popupPng = path.join(outDir, 'popup.png');
    // A full-page shot can stall on odd documents (an SVG file, say): fall back to the viewport.
    await page
      .screenshot({ path: pagePng, fullPage: true, timeout: 10_000 })
      .catch(() => page.screenshot({ path: pagePng, timeout: 10_000 }));
    const popup = await openPopupFor(context, extensionId, tabId);
    await popup.screenshot({ path: popupPng, fullPage: true });
    const shown = await readPopup(popup);

    console.log(`Page screenshot:  ${rel(pagePng)}`);
    console.log(`Popup screenshot: ${rel(popupPng)}`);
    if (shown.kind === 'article') {
      console.log(`Popup: article "${shown.title}" from ${shown.outlet}, ${shown.date}, ${shown.words}`);
    } else if (shown.kind === 'no-article') {
      console.log(`Popup: ${shown.message} (${state.reason})`);
    } else {
      console.log(`Popup: error: ${shown.message}`);
    }
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (e) => fail(e instanceof Error ? e.message : String(e)),
);
