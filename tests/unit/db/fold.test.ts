/**
 * The pending articles (lib/db/fold.ts) change when the store writes, never what it answers: two
 * stores take the same readings, re-readings and forgetting, one folding after every article and
 * one only when recordArticle does (every FOLD_EVERY), and every reader must answer alike.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, expect, test } from 'vitest';
import { FOLD_EVERY, foldPending } from '@/lib/db/fold';
import { forgetArticle } from '@/lib/db/forget';
import { entityMentions, recentEntities, storeStats } from '@/lib/db/queries';
import { recordArticle, type ArticleInput } from '@/lib/db/record-article';
import type { SourcelightDB } from '@/lib/db/schema';
import { hasShared, L3S_GROUND_TRUTH } from '../../helpers/shared-data';
import { freshStore, inputFromText } from '../../helpers/remember';

const PESKOV_TEXTS = [
  'Kremlin spokesman Dmitry Peskov said on Tuesday that the talks would continue.\n\n"We are open to dialogue," Peskov told reporters in Moscow.',
  'Dmitri Peskov, the Kremlin spokesperson, said the report was "absolutely false".\n\nHe added that Moscow had not been consulted, according to Reuters.',
  'Kremlin spokesman Peskov said the talks had stalled. Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken in Geneva.',
];

/** Real news bodies (the first 40 L3S articles) when ../shared is here, else three short texts. */
function texts(): string[] {
  if (!hasShared(L3S_GROUND_TRUTH, 'fold test over real articles (it uses three short texts instead)')) return PESKOV_TEXTS;
  const truth = JSON.parse(readFileSync(L3S_GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>;
  return Object.values(truth)
    .slice(0, 40)
    .map((t) => t.articleBody);
}

const DAY = 86_400_000;
/** Each text read at two outlets on different days, so that entities gather articles; one in five has no date of its own. */
function readings(): ArticleInput[] {
  const bodies = texts();
  const copies = Math.ceil((FOLD_EVERY * 1.6) / bodies.length);
  return Array.from({ length: copies * bodies.length }, (_, i) => {
    const outlet = `outlet${i % 3}.example`;
    const readAt = Date.parse('2026-11-01T09:00:00Z') + i * DAY;
    const publishedAt = i % 5 === 0 ? null : new Date(readAt - 3_600_000).toISOString();
    return inputFromText(bodies[i % bodies.length]!, { url: `https://${outlet}/${i}`, outlet, publishedAt, readAt });
  });
}

/** What the popup can ask of a store: every entity's coverage, the recent list, the stats. */
async function answers(db: SourcelightDB) {
  const ids = (await db.entities.toCollection().primaryKeys()).sort();
  const coverage = await Promise.all(ids.map((id) => entityMentions(db, id, 1000)));
  return { ids, coverage, recent: await recentEntities(db, 1000), stats: await storeStats(db) };
}

let eager: SourcelightDB;
let lazy: SourcelightDB;
beforeEach(() => {
  eager = freshStore();
  lazy = freshStore();
});

const both = async (step: (db: SourcelightDB) => Promise<unknown>, fold = true) => {
  await step(lazy);
  await step(eager);
  if (fold) await foldPending(eager);
};

test('the readers answer the same whether the articles are pending or folded', { timeout: 60_000 }, async () => {
  const inputs = readings();
  expect(inputs.length).toBeGreaterThan(FOLD_EVERY);
  for (const input of inputs) await both((db) => recordArticle(db, input));
  // recordArticle folded once FOLD_EVERY were pending; the rest still are.
  expect(await lazy.pending.count()).toBe(inputs.length % FOLD_EVERY);
  expect(await eager.pending.count()).toBe(0);
  expect(await answers(lazy)).toEqual(await answers(eager));

  // Read again: an article folded (the first), one pending (the last), each naming another text's people.
  const [first, last] = [inputs[0]!, inputs.at(-1)!];
  await both((db) => recordArticle(db, { ...first, readAt: last.readAt + DAY, digest: inputs[1]!.digest }));
  await both((db) => recordArticle(db, { ...last, readAt: last.readAt + 2 * DAY, digest: inputs[2]!.digest }));
  // One pending article reads as naming nobody: the entities it alone named go.
  await both((db) => recordArticle(db, { ...inputs.at(-2)!, digest: { entities: [], claims: [] } }));
  expect(await answers(lazy)).toEqual(await answers(eager));

  // Forgetting folds first, then forgets as ever.
  const id = (await lazy.articles.where('url').equals(inputs.at(-3)!.url).first())!.id!;
  await both((db) => forgetArticle(db, id));
  expect(await lazy.pending.count()).toBe(0);
  expect(await answers(lazy)).toEqual(await answers(eager));

  // And the rows are the same once both are folded.
  await foldPending(lazy);
  for (const t of ['articles', 'entities', 'coverage'] as const) expect(await lazy[t].toArray(), t).toEqual(await eager[t].toArray());
});

test('folding nothing writes nothing', async () => {
  expect(await foldPending(lazy)).toBe(0);
  await recordArticle(lazy, inputFromText(PESKOV_TEXTS[0]!, { url: 'https://a.example/1' }));
  expect(await foldPending(lazy)).toBe(1);
  expect(await foldPending(lazy)).toBe(0);
});
