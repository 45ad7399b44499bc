/** The `store` part of `npm run bench` (keys documented in bench/run.ts). */
import path from 'node:path';
import { build } from 'esbuild';
import { median, quantile, round } from '../stats';

const ROOT = path.resolve(import.meta.dirname, '../..');

// ---------------------------------------------------------------------------------- store
// The local store (lib/db) at scale, in real Chromium: bench/store/page.ts is bundled, served from
// 127.0.0.1 (a real origin, so a real IndexedDB), and driven with page.evaluate. A persistent
// context in a temporary profile: an ordinary (incognito-like) Playwright context keeps IndexedDB
// in memory, which is not what users run.

const STORE_SEED = 20240601;

export async function benchStore(articles: number, log: (s: string) => void) {
  const { checkChromium } = await import('../../scripts/check-chromium.mjs');
  const found = checkChromium();
  if (!found.ok) {
    console.error(`bench store: ${found.message}`);
    process.exit(1);
  }
  const { chromium } = await import('playwright-core');
  const { createServer } = await import('node:http');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'bench/store/page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const js = bundle.outputFiles[0]!.text;
  // Cross-origin isolated, so that performance.now() is precise to 5 µs rather than 100 µs.
  const isolated = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const server = createServer((req, res) => {
    if (req.url === '/store-page.js') res.writeHead(200, { ...isolated, 'content-type': 'text/javascript' }).end(js);
    else if (req.url === '/')
      res
        .writeHead(200, { ...isolated, 'content-type': 'text/html' })
        .end('<!doctype html><title>store bench</title><script src="/store-page.js"></script>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  const profile = mkdtempSync(path.join(tmpdir(), 'sourcelight-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.text().startsWith('[store]') && log(m.text()));
    page.on('pageerror', (e) => log(`[store] page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => !!window.storeBench);
    if (!(await page.evaluate(() => crossOriginIsolated))) log('store: the page is not cross-origin isolated: timings are to 0.1 ms');

    const diffs = await page.evaluate(([k, seed]) => window.storeBench.selfCheck(k, seed), [60, STORE_SEED] as const);
    if (diffs.length) throw new Error(`bench store: the fill no longer writes what recordArticle writes:\n${diffs.join('\n')}`);
    log(`store: filling ${articles} articles in Chromium (${found.path}), profile ${profile}`);
    const fill = await page.evaluate(([n, seed]) => window.storeBench.fill(n, seed), [articles, STORE_SEED] as const);
    log(
      `store: filled in ${round(fill.fillMs / 1000)} s (making the rows ${round(fill.generateMs / 1000)} s, writing them ${round(fill.writeMs / 1000)} s): ${fill.entities} entities (${fill.people} people, median ${fill.peopleMedianArticles} articles each, ${fill.peopleOver1000} in over 1,000), ${fill.mentions} mentions; ${Math.round((fill.filledBytes - fill.emptyBytes) / 1e6)} MB`,
    );

    const top = fill.top.map((t) => t.id);
    const sampled = await page.evaluate(([k, seed]) => window.storeBench.samplePeople(k, seed), [180, STORE_SEED + 1] as const);
    const warmUp = await page.evaluate(([k, seed]) => window.storeBench.samplePeople(k, seed), [20, STORE_SEED + 3] as const);
    const cov = await page.evaluate(({ ids, warm, seed }) => window.storeBench.timeCoverage(ids, warm, seed), {
      ids: [...top, ...sampled],
      warm: warmUp,
      seed: STORE_SEED + 2,
    });
    log(
      `store: coverage of ${cov.query.length} people (${cov.totals.slice(0, 3).join(', ')}… articles each for the top ones; median ${median(cov.totals)})`,
    );

    const inputs = await page.evaluate(([k, seed]) => window.storeBench.makeRecordInputs(k, seed), [220, STORE_SEED] as const);
    const rec = await page.evaluate((xs) => window.storeBench.timeRecord(xs, 20), inputs);
    log(`store: recorded ${rec.record.length} articles (after 20 untimed), ${rec.articles} in the store now`);

    // Coverage again, now that articles are pending: the people they name, then as before.
    const named = await page.evaluate(() => window.storeBench.pendingPeople());
    const covPending = await page.evaluate(({ ids, warm, seed }) => window.storeBench.timeCoverage(ids, warm, seed), {
      ids: named,
      warm: warmUp,
      seed: STORE_SEED + 4,
    });
    log(`store: coverage of the ${named.length} people the ${rec.pending} pending articles name; ${rec.folds.length} recordings folded`);

    const coverageQueryMs = median(cov.query);
    const recordArticleMs = median(rec.record);
    return {
      storeArticles: fill.articles,
      storeFillMs: Math.round(fill.fillMs),
      storeEntities: fill.entities,
      storeMentions: fill.mentions,
      coverageQueryMs: round(coverageQueryMs),
      coverageQueryMsP95: round(quantile(cov.query, 0.95)),
      coverageTopMs: round(median(cov.query.slice(0, top.length))),
      coverageBaselineMs: round(median(cov.baseline)),
      coverageVsBaseline: round(coverageQueryMs / median(cov.baseline)),
      coverageMaxMentions: fill.top[0]?.articles ?? 0,
      recordArticleMs: round(recordArticleMs),
      recordArticleMsP95: round(quantile(rec.record, 0.95)),
      recordArticleMsMean: round(rec.record.reduce((a, b) => a + b, 0) / rec.record.length),
      recordFoldMs: rec.folds.length ? round(median(rec.folds)) : null,
      coveragePendingMs: named.length ? round(median(covPending.query)) : null,
      recordBaselineMs: round(median(rec.baseline)),
      recordVsBaseline: round(recordArticleMs / median(rec.baseline)),
      bytesPerArticle: Math.round((fill.filledBytes - fill.emptyBytes) / fill.articles),
    };
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
