/**
 * npm run corpus -- --pages DIR [--json] [--limit N] [--half even|odd]
 *
 * Serves every page of DIR (DIR/*.html, or DIR/<case>/source.html) from 127.0.0.1 with every
 * other request blocked, loads each in Chromium with the built extension, and records per page:
 * detected, entities (people found), highlights painted, attributions, errors from the extension,
 * the longest stretch of the extension's work that blocked the page (its own measurement), the
 * page's longest main-thread task while the extension worked (PerformanceObserver, any cause),
 * and the time from the load event to highlights done. Prints a table, then one JSON line:
 * {"pages","detected","pagesWithErrors","longestTaskMs","medianMsToDone","slowestPage", …}.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchWithExtension, tabIdFor, waitForTabState } from '../tests/e2e/extension.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { buildExtension } from './build-extension.mjs';
import { ensureChromium } from './check-chromium.mjs';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    half: { type: 'string' },
    timeout: { type: 'string' },
  },
});
if (!values.pages) {
  console.error('usage: npm run corpus -- --pages DIR [--json] [--limit N]');
  process.exit(2);
}
const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.pages);
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`corpus: no such directory: ${dir}`);
  process.exit(2);
}
const chromium = ensureChromium();
if (!chromium.ok) {
  console.error(chromium.message);
  process.exit(1);
}
// The table goes to standard output with the JSON line after it; with --json, only the JSON line.
const log = values.json ? () => {} : (s) => console.log(s);
const note = values.json ? () => {} : (s) => console.error(s);

/** Readability's test pages say whether each is readerable: those that are not are no articles. */
function judgedNonArticle(caseDir) {
  try {
    return JSON.parse(readFileSync(path.join(caseDir, 'expected-metadata.json'), 'utf8')).readerable === false;
  } catch {
    return false;
  }
}

const pages = readdirSync(dir)
  .sort()
  .flatMap((name) => {
    if (/\.html?$/i.test(name)) return [{ name, url: `/${encodeURIComponent(name)}` }];
    if (existsSync(path.join(dir, name, 'source.html')))
      return [{ name, url: `/${encodeURIComponent(name)}/source.html`, nonArticle: judgedNonArticle(path.join(dir, name)) }];
    return [];
  })
  // --half even|odd: every other page, to develop on one half and check on the other.
  .filter((_, i) => !values.half || i % 2 === (values.half === 'odd' ? 1 : 0))
  .slice(0, values.limit ? Number(values.limit) : undefined);

buildExtension('corpus', note);

const server = await startServer({ root: dir });
const context = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
// Nothing but our own server: no page may reach the network (and none of their requests wait on it).
/** Pages that tried to send their tab to another site, and where. */
const left = new Map();

/** Whether a navigation is the tab's own (not a frame's, nor a new window's, which has no frame yet). */
function isMainFrame(request) {
  try {
    return request.frame() === request.frame().page()?.mainFrame();
  } catch {
    return false;
  }
}

// A window the page opens by itself (window.open while loading) is closed: a reader's browser
// blocks popups without a click, and Playwright's Chromium does not, so the popup took the focus
// and the harness read the popup's tab (a 404 "not found" of our server), not the page's.
/** How many popups were closed. */
let popupsClosed = 0;
/** Popups being closed, awaited before the harness asks which tab is the page's. */
const closing = new Set();
context.on('page', (page) => {
  const done = page
    .opener()
    .then((opener) => {
      if (!opener) return;
      popupsClosed++;
      return page.close();
    })
    .catch(() => {})
    .finally(() => closing.delete(done));
  closing.add(done);
});

// A page that sends the tab elsewhere (a splash page, a redirect in script) is answered 204 No
// Content, which leaves the page where it is, as a reader would have it before leaving: aborted,
// the tab would show the browser's error page, where no extension runs, and end without a state.
// A page that starts to leave while it is still being parsed is stuck between the two documents
// that way (its parser stopped, it never reaches document_idle): a reader would be on the other
// site, so before DOMContentLoaded it gets there: to a placeholder page that stands for that
// site, and the tab ends with that page's state ("not an article").
const parsed = new WeakSet();
const PLACEHOLDER = '<!doctype html><title>Another site</title><p>The page went on to another site, which the corpus does not serve.</p>';
await context.route('**/*', (route) => {
  const request = route.request();
  if (request.url().startsWith(server.url)) return route.continue();
  if (request.isNavigationRequest() && isMainFrame(request)) {
    const page = request.frame().page();
    left.set(page, request.url());
    if (!parsed.has(page)) return route.fulfill({ status: 200, contentType: 'text/html', body: PLACEHOLDER });
    return route.fulfill({ status: 204 });
  }
  return route.abort('blockedbyclient');
});
await context.addInitScript(() => {
  const w = /** @type {any} */ (window);
  w.__slLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__slLongTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // A browser without Long Tasks: the page reports no long tasks rather than failing.
  }
});

/** How long each phase of the reading took (timing.phases gives when each began, after the load event). */
function phaseDurations(timing) {
  // In the order they began (the state's keys come back from the browser's storage sorted by name).
  const began = Object.entries(timing?.phases ?? {}).sort((a, b) => a[1] - b[1]);
  if (!began.length) return {};
  const ends = [...began.slice(1).map(([, at]) => at), timing.msToDone];
  return Object.fromEntries([['load → start', began[0][1]], ...began.map(([name, at], i) => [name, ends[i] - at])]);
}

const rows = [];
const timeout = Number(values.timeout ?? 20_000);
for (const p of pages) {
  const page = await context.newPage();
  page.once('domcontentloaded', () => parsed.add(page));
  const errors = [];
  page.on('console', (m) => {
    // Requests the corpus itself blocks ("Failed to load resource: net::ERR_BLOCKED_BY_CLIENT") are no extension error.
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://') && !/^Failed to load resource/.test(m.text()))
      errors.push(m.text().slice(0, 200));
  });
  page.on('pageerror', (e) => {
    if (String(e.stack ?? '').includes('chrome-extension://')) errors.push(e.message.slice(0, 200));
  });
  const row = {
    page: p.name,
    nonArticle: !!p.nonArticle,
    detected: false,
    entities: 0,
    highlights: 0,
    attributions: 0,
    errors: 0,
    ourLongestMs: 0,
    pageLongestMs: 0,
    msToDone: null,
  };
  // What the harness was waiting for, named when it fails ("goto: …", "state: …").
  let stage = 'goto';
  try {
    // Not 'load': a page whose images or scripts never finish never fires it, and the extension
    // reads at document_idle anyway (after DOMContentLoaded, at the latest once load fires).
    // A page that starts to leave in a script before DOMContentLoaded (answered 204 above) can
    // leave goto waiting for a navigation that never commits: the page is there all the same,
    // so what counts is whether the extension gives it a state. Such waits are counted apart.
    await page.goto(server.url + p.url, { waitUntil: 'domcontentloaded', timeout }).catch((e) => {
      if (!/Timeout/.test(String(e?.message))) throw e;
      row.gotoTimedOut = true;
    });
    stage = 'tab';
    await Promise.all(closing);
    const tabId = await tabIdFor(context, page);
    stage = 'state';
    // The extension bounds a reading at 30 s (lib/page/guard-reading.ts): wait past that.
    const state = await waitForTabState(context, tabId, { timeout: Math.max(timeout, 35_000) });
    stage = 'measure';
    await page.waitForTimeout(200);
    row.detected = !!state.article;
    if (left.has(page) && page.url() === left.get(page)) row.wentTo = left.get(page).slice(0, 100);
    if (!state.article) row.reason = state.reason;
    row.entities = state.found?.people ?? 0;
    row.highlights = state.found?.highlights ?? 0;
    row.attributions = state.found?.claims ?? 0;
    row.ourLongestMs = state.timing?.longestTaskMs ?? 0;
    row.msToDone = state.timing?.msToDone ?? null;
    row.stages = state.timing?.stages ?? [];
    row.phases = phaseDurations(state.timing);
    row.background = state.timing?.background ?? {};
    if (state.error) errors.push(`extension: ${state.error}`);
    const tasks = await page.evaluate(() => /** @type {any} */ (window).__slLongTasks ?? []);
    row.pageLongestMs = Math.round(Math.max(0, ...tasks.map(([, d]) => d)));
  } catch (e) {
    // A page that set out for another site while it was parsed is stuck between the two
    // documents: say so, rather than blame a stage of ours.
    const away = left.get(page);
    errors.push(
      `${stage}: ${String(e?.message ?? e).split('\n')[0]}${away ? ` (the page set out for ${away.slice(0, 80)} while loading, and never finished)` : ''}`,
    );
  }
  row.errors = errors.length;
  if (errors.length) row.errorText = errors[0];
  rows.push(row);
  log(
    `${p.name.padEnd(40)} ${row.detected ? 'article' : '-------'} people ${String(row.entities).padStart(3)} claims ${String(row.attributions).padStart(3)} highlights ${String(row.highlights).padStart(4)} ours ${String(row.ourLongestMs).padStart(4)} ms  page ${String(row.pageLongestMs).padStart(4)} ms  done ${row.msToDone ?? '—'} ms [${(row.stages ?? []).join('/')}]${row.reason ? '  (' + row.reason + ')' : ''}${row.errors ? '  ERROR ' + row.errorText : ''}`,
  );
  await page.close();
}
await context.close();
await server.close();

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : null;
};
/** Each phase's median over the pages that reached it, in the order the phases come. */
function medianPhases(rows) {
  const names = ['load → start', 'wait for idle', 'detect', 'copy', 'background', 'map', 'paint', 'place saved', 'report'];
  return Object.fromEntries(names.map((name) => [name, median(rows.map((r) => r.phases?.[name]))]));
}
const slowest = rows.reduce((a, b) => (b.ourLongestMs > (a?.ourLongestMs ?? -1) ? b : a), null);
const summary = {
  pages: rows.length,
  detected: rows.filter((r) => r.detected).length,
  pagesWithErrors: rows.filter((r) => r.errors).length,
  longestTaskMs: slowest?.ourLongestMs ?? 0,
  medianMsToDone: median(rows.map((r) => r.msToDone)),
  // Where the time to highlights goes: each phase's median, ms ('load → start' is the content script's own start).
  medianPhaseMs: medianPhases(rows.filter((r) => r.detected)),
  // The background's share of it, step by step (its own clock, not the messages' way there and back).
  medianBackgroundMs: Object.fromEntries(
    ['there', 'parse', 'extract', 'analyze', 'runs', 'saved', 'back'].map((k) => [
      k,
      median(rows.filter((r) => r.detected).map((r) => r.background?.[k])),
    ]),
  ),
  slowestPage: slowest?.page ?? null,
  pagesOver50Ms: rows.filter((r) => r.ourLongestMs > 50).length,
  pageLongestTaskMs: Math.max(0, ...rows.map((r) => r.pageLongestMs)),
  // Pages not taken for articles that were painted anyway, and pages judged no article
  // (expected-metadata.json's readerable: false) that were taken for one and painted.
  gotoTimeouts: rows.filter((r) => r.gotoTimedOut).length,
  popupsClosed,
  highlightedNonArticles: rows.filter((r) => (!r.detected || r.nonArticle) && r.highlights).length,
  judgedNonArticles: rows.filter((r) => r.nonArticle).length,
  detectedNonArticles: rows.filter((r) => r.nonArticle && r.detected).map((r) => r.page),
};
if (!values.json) {
  const worst = [...rows].sort((a, b) => b.ourLongestMs - a.ourLongestMs).slice(0, 8);
  console.log("\nslowest pages (the extension's longest blocking stretch):");
  for (const r of worst) console.log(`  ${r.page.padEnd(40)} ${r.ourLongestMs} ms`);
}
console.log(JSON.stringify(summary));
