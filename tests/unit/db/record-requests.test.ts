import { beforeEach, expect, test } from 'vitest';
import { FOLD_EVERY, foldPending } from '@/lib/db/fold';
import { recordArticle, type ArticleInput } from '@/lib/db/record-article';
import type { SourcelightDB } from '@/lib/db/schema';
import { countRequests, type RequestLog } from '../../helpers/idb-requests';
import { freshStore, inputFromText } from '../../helpers/remember';

// What recording costs in IndexedDB requests and rounds of them (each round waits for the one before),
// counted on fake-indexeddb: the figures the store's speed comes from, which no machine's speed can change.
const meta = (url: string, readAt: string) => ({ url, outlet: 'wire.example', publishedAt: null, readAt: Date.parse(readAt) });
const talks = inputFromText(
  'Kremlin spokesman Dmitry Peskov said on Tuesday that the talks would continue. Foreign Minister Sergei Lavrov met ' +
    'Secretary of State Antony Blinken in Geneva.\n\n"We are open to dialogue," Peskov told Reuters.',
  meta('https://wire.example/talks', '2026-11-17T09:00:00Z'),
);
const surnameAlone = inputFromText(
  'Kremlin spokesman Peskov said the talks had stalled.',
  meta('https://wire.example/stalled', '2026-11-18T09:00:00Z'),
);
const fewer = { ...talks, digest: { ...talks.digest, entities: talks.digest.entities.slice(0, 1) } };

let db: SourcelightDB;
beforeEach(async () => {
  db = freshStore();
  await db.open();
});

/** Records `input` with every request counted; the store's entity ids in the article row it wrote. */
async function counted(input: ArticleInput) {
  const { result: id, log } = await countRequests(() => recordArticle(db, input));
  const row = (await db.articles.get(id))!;
  const kinds = (k: string) => log.requests.filter((r) => r.kind === k).length;
  return { log, entities: new Set(row.entities.map((e) => e.entityId)).size, kinds };
}

test('a new article: two reads in one round, two writes in the next, however many entities it names', async () => {
  const { log, entities, kinds } = await counted(talks);
  expect(entities).toBeGreaterThanOrEqual(3);
  expect(log.rounds()).toBe(2);
  // Reads: the URL's row, the pending articles' URLs. Writes: the article (added: IndexedDB gives its id), its pending row.
  expect(log.requests).toHaveLength(2 + 2);
  expect([kinds('IDBObjectStore.add'), kinds('IDBObjectStore.put')]).toEqual([1, 1]);
});

test('a surname printed alone: the pending table is read once, its rows giving the URLs as well', async () => {
  await recordArticle(db, talks);
  const { log } = await counted(surnameAlone);
  // The URL's row, the pending rows, the entities under "peskov": nothing asks the pending table's keys besides.
  expect(log.requests.filter((r) => r.round === 1)).toHaveLength(3);
  expect(log.rounds()).toBe(2);
  const row = (await db.articles.where('url').equals(surnameAlone.url).first())!;
  // Peskov alone is the Dmitry Peskov of the article still pending.
  expect(row.entities.map((e) => e.entityId)).toContain('person:dmitri peskov');
});

const sentIn = (log: RequestLog, kind: string, round: number) => log.requests.filter((r) => r.kind === kind && r.round === round).length;
const names = new Set(talks.digest.entities.map((e) => e.name)).size;

test.each([
  // "Peskov" alone: his surname's index read (its keys alone, no entity row) and the pending rows go with the other reads.
  ['a surname printed alone costs a read of its index keys, in the first round', surnameAlone, false, 2, 'IDBIndex.getAllKeys', 1, 1],
  [
    'a surname printed alone reads no entity row (the URL row is the one index read of rows)',
    surnameAlone,
    false,
    2,
    'IDBIndex.getAll',
    1,
    1,
  ],
  ['a surname printed alone: the pending rows read in the first round too', surnameAlone, false, 2, 'IDBObjectStore.getAll', 1, 1],
  // Read again while pending: its pending row is read in a round of its own, then its two rows written, with one reading more.
  ['reading a pending article again writes its two rows, after reading its readings', talks, false, 3, 'IDBObjectStore.put', 3, 2],
  ['an entity a pending article no longer names costs nothing more', fewer, false, 3, 'IDBObjectStore.put', 3, 2],
  // Read again once folded (nothing pending): its entities' rows are read, then its mention rows written at once.
  [
    'reading a folded article again writes its row and its mention rows, no entity row that did not change',
    talks,
    true,
    3,
    'IDBObjectStore.put',
    3,
    1 + names,
  ],
] as const)('%s', async (_, input, fold, rounds, kind, round, count) => {
  await recordArticle(db, talks);
  if (fold) await foldPending(db);
  const { log } = await counted(input);
  expect(log.rounds()).toBe(rounds);
  expect(sentIn(log, kind, round)).toBe(count);
});

test(`every ${FOLD_EVERY}th article recorded folds the pending ones, in a transaction after its own`, async () => {
  for (let i = 1; i < FOLD_EVERY; i++) await recordArticle(db, { ...talks, url: `https://wire.example/${i}` });
  expect(await db.pending.count()).toBe(FOLD_EVERY - 1);
  expect(await db.coverage.count()).toBe(0);
  const { log } = await countRequests(() => recordArticle(db, { ...talks, url: 'https://wire.example/last' }));
  expect(await db.pending.count()).toBe(0);
  expect(await db.coverage.count()).toBe(FOLD_EVERY * new Set(talks.digest.entities.map((e) => e.name)).size);
  // The fold: its reads, then one bulk write per table (IndexedDB has no bulk put: a put per row).
  expect(log.rounds()).toBeGreaterThan(2);
});

test.each([
  [false, 'person:peskov', 0],
  [true, 'person:dmitri peskov', 1],
])(
  'a surname whose full name a pending article stopped naming: his (folded: %s) is read only then, to count his articles',
  async (foldedElsewhere, peskovIs, rowsRead) => {
    if (foldedElsewhere) {
      await recordArticle(db, { ...talks, url: 'https://wire.example/earlier' });
      await foldPending(db);
    }
    const named = inputFromText(
      'Kremlin spokesman Dmitry Peskov said the talks would go on.',
      meta('https://wire.example/b', '2026-11-18T08:00:00Z'),
    );
    const unnamed = inputFromText('The talks would go on, officials said.', meta('https://wire.example/b', '2026-11-18T08:30:00Z'));
    await recordArticle(db, named);
    await recordArticle(db, unnamed);
    const { log } = await counted(surnameAlone);
    const row = (await db.articles.where('url').equals(surnameAlone.url).first())!;
    // No article names Dmitry Peskov once the pending ones are folded, unless he was folded before: then "Peskov" is him.
    expect(row.entities.map((e) => e.entityId)).toContain(peskovIs);
    expect(log.requests.filter((r) => r.kind === 'IDBObjectStore.get' && r.round === 2)).toHaveLength(rowsRead);
  },
);
