/**
 * npm run --silent cold-start -- [--runs N] [--page PATH] [--no-build] [--phases] [--slow-ms MS]
 *
 * How long the first reading takes when the extension's service worker is not running: Chromium
 * with the built extension loads sample/world/harbour-talks.html (or PATH under sample/) N times
 * with the worker stopped before each load (the DevTools protocol's Target.closeTarget on the
 * worker), and N times with it running. Each load is timed from the
 * navigation to the page's reported state (its checkedAt) and from the load event to highlights
 * done (the state's msToDone). The harness waits for the highlights on the page, not by asking
 * the worker, which would wake it. Prints one line per load, then one JSON line of medians,
 * with the background's own steps (the state's timing.background: the message's way there, the
 * parse, the extraction, the analysis, the library's lookup), cold and warm.
 *
 * --phases also splits a cold load before the background's first step: it loads a copy of the
 * build whose background.js is stamped with performance.now() at its first and last statement (the
 * extension itself is not changed), and reports when the worker's clock started after the
 * navigation, when its script began to run (Chrome starting the worker and compiling the script
 * before that), and how long the script's top level took.
 *
 * --slow-ms MS holds the page's parsing back by MS: the page gets a script at the top of its head,
 * which the server answers MS late, as a news site's consent, ad and analytics scripts hold
 * theirs. The sample page loads from localhost in ~90 ms and asks for its reading before the
 * worker a tab's loading woke has even started; a page from the web asks later, of a worker that
 * is up and idle. This is that case.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extensionDir, inWorker, launchWithExtension, readTabStates, serviceWorker } from '../tests/e2e/extension.mjs';
import { sampleDir, startServer } from '../tests/e2e/server.mjs';
import { buildExtension } from './build-extension.mjs';
import { ensureChromium } from './check-chromium.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    page: { type: 'string' },
    'no-build': { type: 'boolean' },
    phases: { type: 'boolean' },
    'slow-ms': { type: 'string' },
  },
});
const runs = Number(values.runs ?? 10);
const pagePath = values.page ?? '/world/harbour-talks.html';
const slowMs = values['slow-ms'] === undefined ? 0 : Number(values['slow-ms']);
if (!Number.isInteger(slowMs) || slowMs < 0) {
  console.error(`cold-start: --slow-ms takes a whole number of ms, not '${values['slow-ms']}'`);
  process.exit(1);
}
const chromium = ensureChromium();
if (!chromium.ok) {
  console.error(chromium.message);
  process.exit(1);
}
if (!values['no-build']) buildExtension('cold-start');

/** A copy of the build whose worker script notes when it began and when its top level ended (--phases). */
function stampedCopy() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-cold-start-'));
  cpSync(extensionDir, dir, { recursive: true });
  const file = path.join(dir, 'background.js');
  const script = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    `globalThis.__coldStart = { origin: performance.timeOrigin, start: performance.now() };\n${script}\n;globalThis.__coldStart.top = performance.now();\n`,
  );
  return dir;
}
const stamped = values.phases ? stampedCopy() : null;

const server = await startServer({ root: sampleDir });
const context = await launchWithExtension({ viewport: { width: 1280, height: 900 }, ...(stamped ? { extDir: stamped } : {}) });
await serviceWorker(context);
if (slowMs > 0) {
  await context.route(`${server.url}/__slow.js`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, slowMs));
    await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
  });
  await context.route(server.url + pagePath, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<head>/i, '<head><script src="/__slow.js"></script>');
    await route.fulfill({ response, body: html });
  });
}

/** Stops the extension's service worker and waits until the browser lists it no more. */
async function stopWorker(page) {
  const cdp = await context.newCDPSession(page);
  const ours = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  // ServiceWorker.stopAllWorkers reaches only the page's own origin: the extension's worker is
  // closed as a target instead, which stops it as the browser stops an idle one.
  for (const t of await ours()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  for (let i = 0; (await ours()).length; i++) {
    if (i > 200) throw new Error('the service worker did not stop');
    await page.waitForTimeout(50);
  }
  await cdp.detach();
}

/** One load of the page: ms from the navigation to the state, and the state's load → done. */
async function load(cold) {
  const page = await context.newPage();
  await page.goto('about:blank');
  if (cold) await stopWorker(page);
  const t0 = Date.now();
  await page.goto(server.url + pagePath, { waitUntil: 'load' });
  // Painted: the reading is reported right after (session.ts), so the worker is awake by now.
  await page.waitForFunction(() => document.querySelector('mark') !== null || (globalThis.CSS?.highlights?.size ?? 0) > 0, null, {
    timeout: 30_000,
  });
  let state = null;
  for (let i = 0; i < 100 && !state; i++) {
    state = Object.values(await readTabStates(context)).find((s) => s.checkedAt >= t0 && s.article) ?? null;
    if (!state) await page.waitForTimeout(50);
  }
  await page.close();
  if (!state) throw new Error('the page reported no state');
  const row = { cold, toState: state.checkedAt - t0, msToDone: state.timing?.msToDone ?? null, background: state.timing?.background ?? {} };
  if (stamped && cold) {
    const at = await inWorker(context, () => /** @type {any} */ (globalThis).__coldStart);
    row.workerClockMs = Math.round(at.origin - t0);
    row.scriptStartMs = Math.round(at.start);
    row.topLevelMs = Math.round(at.top - at.start);
  }
  return row;
}

const rows = [];
await load(false); // the first load of all warms the browser's own caches
for (let i = 0; i < runs; i++) {
  for (const cold of [true, false]) {
    const row = await load(cold);
    rows.push(row);
    const phases =
      row.workerClockMs === undefined
        ? ''
        : `  worker clock +${row.workerClockMs} ms, script +${row.scriptStartMs} ms, top level ${row.topLevelMs} ms`;
    console.log(
      `${cold ? 'cold' : 'warm'}  navigation → state ${String(row.toState).padStart(5)} ms  load → done ${row.msToDone} ms${phases}`,
    );
  }
}
await context.close();
await server.close();
if (stamped) rmSync(stamped, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};
const of = (cold, key) => median(rows.filter((r) => r.cold === cold).map((r) => r[key]));
/** The background's steps, each the median over the loads that report it. */
const steps = (cold) => {
  const mine = rows.filter((r) => r.cold === cold);
  const names = [...new Set(mine.flatMap((r) => Object.keys(r.background)))].filter((n) => n !== 'arrived' && n !== 'answered');
  return Object.fromEntries(names.map((n) => [n, median(mine.map((r) => r.background[n]).filter((v) => typeof v === 'number'))]));
};
console.log(
  JSON.stringify({
    runs,
    page: pagePath,
    coldToStateMs: of(true, 'toState'),
    coldMsToDone: of(true, 'msToDone'),
    warmToStateMs: of(false, 'toState'),
    warmMsToDone: of(false, 'msToDone'),
    coldBackgroundMs: steps(true),
    warmBackgroundMs: steps(false),
    ...(stamped
      ? {
          coldWorkerClockMs: of(true, 'workerClockMs'),
          coldScriptStartMs: of(true, 'scriptStartMs'),
          coldTopLevelMs: of(true, 'topLevelMs'),
        }
      : {}),
  }),
);
