/** Every older version's example store opens under the latest schema with nothing lost (DESIGN.md, convention 8). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { foldPending } from '@/lib/db/fold';
import { entityMentions } from '@/lib/db/queries';
import { recordArticle } from '@/lib/db/record-article';
import type { ArticleRow, EntityRow, MentionRow } from '@/lib/db/records';
import { LATEST_VERSION, SourcelightDB, VERSIONS } from '@/lib/db/schema';
import { identify } from '@/lib/memory/identity';
import { savedArticleSchema } from '@/lib/export/schema';
import { freshStore, inputFromText } from '../../helpers/remember';

const NEWER = {
  url: 'https://newer.example/over',
  outlet: 'newer.example',
  publishedAt: '2026-03-20T10:00:00Z',
  readAt: Date.parse('2026-03-20T10:00:00Z'),
};

const DIR = path.resolve(import.meta.dirname, '../../fixtures/db');
const examples = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as { version: number } & Record<string, unknown[]>);

test('each version but the latest has an example', () => {
  const have = new Set(examples.map((e) => e.version));
  for (const v of VERSIONS.slice(0, -1)) expect(have, `tests/fixtures/db/v${v.version}.json`).toContain(v.version);
  expect(VERSIONS.map((v) => v.version)).toEqual(VERSIONS.map((_, i) => i + 1));
});

test.each(examples.filter((e) => e.version < LATEST_VERSION).map((e) => [e.version, e] as const))(
  'version %i upgrades to the latest with nothing lost',
  async (version, example) => {
    const old = freshStore(version);
    const tables = old.tables.map((t) => t.name);
    await old.transaction('rw', old.tables, async () => {
      for (const t of old.tables) await t.bulkAdd(example[t.name] ?? []);
    });
    const name = old.name;
    old.close();

    const db = new SourcelightDB(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const kept = tables.filter((t) => db.tables.some((x) => x.name === t));
    for (const t of kept) expect(await db.table(t).toArray(), t).toEqual(example[t]);
    // Version 4 moved the mention rows to `coverage`, keyed by [entityId+date+articleId]: each one is there, as it was but for its id.
    expect(tables.filter((t) => !kept.includes(t))).toEqual(version < 4 ? ['mentions'] : []);
    const oldMentions = (example.mentions ??
      example.coverage!.map((m) => ({ ...(m as MentionRow), id: (m as MentionRow).articleId }))) as Array<MentionRow & { id: number }>;
    const byKey = (m: MentionRow) => JSON.stringify([m.entityId, m.date, m.articleId]);
    expect((await db.coverage.toArray()).map(byKey)).toEqual(oldMentions.map(byKey).sort());
    // Version 5 keeps the articles recorded since the last fold in `pending`: none, since every older store's are written out.
    expect(await db.pending.count()).toBe(0);
    await expectSameCoverage(db, oldMentions, example.entities as EntityRow[]);
    // The old rows answer the new queries, and an article recorded now joins them, pending and then folded.
    const PESKOV = identify('Dmitry Peskov', 'person').id;
    const peskov = await entityMentions(db, PESKOV);
    expect(peskov.mentions.map((m) => m.outlet).sort()).toEqual(['daily.example', 'wire.example']);
    await recordArticle(db, inputFromText('Kremlin spokesman Dmitry Peskov said the talks were over.', NEWER));
    const joined = await entityMentions(db, PESKOV);
    expect([joined.total, joined.entity?.articles, joined.mentions[0]?.outlet]).toEqual([3, 3, 'newer.example']);
    expect(await foldPending(db)).toBe(1);
    expect(await entityMentions(db, PESKOV)).toEqual(joined);
    // What newer versions added starts empty and works.
    const added = db.tables.filter((t) => !tables.includes(t.name) && t.name !== 'coverage');
    const declared = VERSIONS.filter((v) => v.version > version).flatMap((v) => Object.keys(v.stores).filter((n) => v.stores[n] !== null));
    expect(added.map((t) => t.name).sort()).toEqual([...new Set(declared)].filter((n) => !tables.includes(n) && n !== 'coverage').sort());
    for (const t of added) {
      expect(await t.count(), t.name).toBe(0);
      const key = t.schema.primKey.keyPath as string;
      await t.put({ [key]: 'k', value: 1, fetchedAt: 1, deletedAt: 1, savedAt: '2026-01-01', outlet: '' });
      expect(await t.count(), t.name).toBe(1);
    }
    db.close();
  },
);

test('the version 4 upgrade makes the mention rows of a store larger than its page of 500 articles', async () => {
  const v3 = examples.find((e) => e.version === 3)!;
  const [first] = v3.articles as Array<ArticleRow & { id: number }>;
  const old = freshStore(3);
  const many = Array.from({ length: 1201 }, (_, i) => ({ ...first!, id: i + 1, url: `https://wire.example/${i}` }));
  await old.articles.bulkAdd(many);
  const name = old.name;
  old.close();
  const db = new SourcelightDB(name);
  await db.open();
  expect(await db.coverage.count()).toBe(1201 * first!.entities.length);
  const someone = first!.entities[0]!.entityId;
  expect((await entityMentions(db, someone, 2000)).mentions.map((m) => m.articleId)).toEqual(many.map((a) => a.id).reverse());
  db.close();
});

/** entityMentions on the upgraded store, for every entity, gives the old [entityId+date] range read of the mention rows, newest first. */
async function expectSameCoverage(db: SourcelightDB, mentions: Array<MentionRow & { id: number }>, entities: EntityRow[]) {
  expect(entities.length).toBeGreaterThan(2);
  for (const e of entities) {
    const before = mentions
      .filter((m) => m.entityId === e.id)
      .sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id)
      .map(({ id: _, ...m }) => m);
    expect(before.length, e.id).toBeGreaterThan(0);
    const now = await entityMentions(db, e.id);
    expect(now.mentions, e.id).toEqual(before);
    expect(now.total, e.id).toBe(before.length);
  }
}

test('the saved articles of every example are valid library records (the import schema accepts them)', () => {
  const rows = examples.flatMap((e) => (e.saved ?? []) as unknown[]);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(savedArticleSchema.safeParse(row).success).toBe(true);
});
