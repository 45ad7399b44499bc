/**
 * The browser side of `npm run bench -- --only store`: bundled by esbuild (iife, platform browser),
 * served from 127.0.0.1 by bench/store/run-store.ts and driven with Playwright's page.evaluate, so
 * that the store runs on Chromium's own IndexedDB, on disk, as it does for users. Everything is on
 * `window.storeBench`. The articles: synthetic.ts; the fill: rows.ts.
 */
import { Dexie } from 'dexie';
import { entityMentions, groupByOutlet, rolesOverTime } from '../../lib/db/queries';
import { foldPending } from '../../lib/db/fold';
import { recordArticle, type ArticleInput } from '../../lib/db/record-article';
import { DB_NAME, SourcelightDB } from '../../lib/db/schema';
import { CHUNK, fillInto, fillTimes } from './rows';
import { fillInput, makeInput, pick, rng, worldOf } from './synthetic';

// ---------------------------------------------------------------- what run.ts calls

let db: SourcelightDB | null = null;
let articleIds: number[] = [];
/** The seed of the fill, whose names later articles draw on. */
let filledWith = 0;

function store(): SourcelightDB {
  if (!db) throw new Error('store bench: fill() first');
  return db;
}

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

/** Usage once two estimates half a second apart agree (IndexedDB reports its size as it settles), at most 10 s. */
async function settledUsage(): Promise<number> {
  let last = await usage();
  for (let i = 0; i < 20; i++) {
    await new Promise((res) => setTimeout(res, 500));
    const now = await usage();
    if (now === last) return now;
    last = now;
  }
  return last;
}

/** A stable JSON (keys sorted) for comparing rows. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

const api = {
  /** Fills `k` articles both ways (the fill's direct rows, recordArticle one by one) and lists what differs. */
  async selfCheck(k: number, seed: number): Promise<string[]> {
    const direct = new SourcelightDB('bench-check-direct');
    const recorded = new SourcelightDB('bench-check-recorded');
    try {
      await Promise.all([direct.delete(), recorded.delete()]);
      await Promise.all([direct.open(), recorded.open()]);
      await fillInto(direct, k, seed);
      const w = worldOf(seed);
      const r = rng(seed);
      for (let i = 0; i < k; i++) await recordArticle(recorded, fillInput(w, r, i, k));
      // The fill writes every article folded (lib/db/fold.ts); recordArticle leaves the last ones pending.
      await foldPending(recorded);
      const diffs: string[] = [];
      for (const t of ['articles', 'coverage', 'entities'] as const) {
        const [a, b] = await Promise.all([direct[t].toArray(), recorded[t].toArray()]);
        // Mention rows have no id: their key is in them, so their canonical JSON orders them.
        const byKey = (x: object, y: object) =>
          'id' in x ? String(x.id).localeCompare(String((y as { id: unknown }).id)) : canonical(x).localeCompare(canonical(y));
        a.sort(byKey);
        b.sort(byKey);
        if (a.length !== b.length) diffs.push(`${t}: ${a.length} rows written directly, ${b.length} by recordArticle`);
        else
          a.forEach(
            (row, i) =>
              canonical(row) !== canonical(b[i]) &&
              diffs.length < 5 &&
              diffs.push(`${t} ${canonical(row).slice(0, 300)} != ${canonical(b[i]).slice(0, 300)}`),
          );
      }
      return diffs;
    } finally {
      direct.close();
      recorded.close();
      await Promise.all([Dexie.delete('bench-check-direct'), Dexie.delete('bench-check-recorded')]);
    }
  },

  /** A fresh store (the extension's DB name and schema) with n synthetic articles. */
  async fill(n: number, seed: number) {
    db?.close();
    await Dexie.delete(DB_NAME);
    db = new SourcelightDB();
    await db.open();
    filledWith = seed;
    const emptyBytes = await settledUsage();
    const t0 = performance.now();
    worldOf(seed);
    const worldMs = performance.now() - t0;
    let next = 0;
    const entities = await fillInto(db, n, seed, (done) => {
      if (done >= next) {
        console.log(`[store] ${done} / ${n} articles, ${Math.round((performance.now() - t0) / 1000)} s`);
        next += Math.max(CHUNK, Math.round(n / 10));
      }
    });
    const fillMs = performance.now() - t0;
    articleIds = (await db.articles.toCollection().primaryKeys()) as number[];
    const [articles, mentions, entityCount] = await Promise.all([db.articles.count(), db.coverage.count(), db.entities.count()]);
    const people = [...entities.values()].filter((e) => e.kind === 'person').sort((a, b) => b.articles - a.articles);
    const counts = people.map((p) => p.articles);
    return {
      fillMs,
      worldMs,
      ...fillTimes,
      emptyBytes,
      filledBytes: await settledUsage(),
      articles,
      mentions,
      entities: entityCount,
      people: people.length,
      top: people.slice(0, 20).map((p) => ({ id: p.id, articles: p.articles })),
      peopleMedianArticles: counts[counts.length >> 1] ?? 0,
      peopleOver1000: counts.filter((c) => c > 1000).length,
    };
  },

  bytes: usage,

  /** k people as a reader meets them: a random stored article, a random person named in it (so weighted by coverage). */
  async samplePeople(k: number, seed: number): Promise<string[]> {
    const r = rng(seed);
    const out: string[] = [];
    while (out.length < k) {
      const article = await store().articles.get(pick(r, articleIds));
      const people = article?.entities.filter((e) => e.kind === 'person') ?? [];
      if (people.length) out.push(pick(r, people).entityId);
    }
    return out;
  },

  /**
   * The popup's detail view for each entity (its coverage read, grouped by outlet, roles over time),
   * and a primary-key get as baseline, alternately; ms per call. `warmUpIds` first, untimed.
   */
  async timeCoverage(entityIds: string[], warmUpIds: string[], seed: number) {
    const d = store();
    const r = rng(seed);
    const detail = async (id: string) => {
      const { total, mentions } = await entityMentions(d, id);
      return { total, outlets: groupByOutlet(mentions).length, roles: rolesOverTime(mentions).length };
    };
    for (const id of warmUpIds) {
      await detail(id);
      await d.articles.get(pick(r, articleIds));
    }
    const query: number[] = [];
    const baseline: number[] = [];
    const totals: number[] = [];
    for (const id of entityIds) {
      let t0 = performance.now();
      const row = await d.articles.get(pick(r, articleIds));
      baseline.push(performance.now() - t0);
      if (!row) throw new Error('store bench: a stored article is missing');
      t0 = performance.now();
      const seen = await detail(id);
      query.push(performance.now() - t0);
      totals.push(seen.total);
    }
    return { query, baseline, totals };
  },

  /** k new articles, read after the fill's period, about the fill's world: some people new, some printed by their surname alone. */
  makeRecordInputs(k: number, seed: number): ArticleInput[] {
    const w = worldOf(filledWith);
    const r = rng(seed ^ 0x9e3779b9);
    const end = w.start + w.span;
    return Array.from({ length: k }, (_, i) =>
      makeInput(w, r, 10_000_000 + seed * 10_000 + i, end + i * 60_000, { newPeople: 0.1, surnameAlone: 0.15 }),
    );
  },

  /**
   * recordArticle per input, after `warmUp` untimed ones; baseline: one small put in its own rw
   * transaction. `folds`: the calls that also folded the pending articles (every FOLD_EVERY).
   */
  async timeRecord(inputs: ArticleInput[], warmUp: number) {
    const d = store();
    const put = (i: number) => d.transaction('rw', d.cache, () => d.cache.put({ key: `bench:${i}`, value: { i }, fetchedAt: Date.now() }));
    const record: number[] = [];
    const baseline: number[] = [];
    const folds: number[] = [];
    for (const [i, input] of inputs.entries()) {
      let t0 = performance.now();
      await put(i);
      const b = performance.now() - t0;
      const pendingBefore = await d.pending.count();
      t0 = performance.now();
      await recordArticle(d, input);
      const a = performance.now() - t0;
      if (i < warmUp) continue;
      record.push(a);
      baseline.push(b);
      if ((await d.pending.count()) <= pendingBefore) folds.push(a);
    }
    return { record, baseline, folds, articles: await d.articles.count(), pending: await d.pending.count() };
  },

  /** The people the pending articles name (their coverage reads the pending articles' rows too). */
  async pendingPeople(): Promise<string[]> {
    const d = store();
    const pending = await d.pending.toArray();
    return [
      ...new Set(pending.flatMap((p) => p.readings.at(-1)!.entities.map((e) => e.entityId)).filter((id) => id.startsWith('person:'))),
    ];
  },
};

export type StoreBench = typeof api;

declare global {
  interface Window {
    storeBench: StoreBench;
  }
}

window.storeBench = api;
