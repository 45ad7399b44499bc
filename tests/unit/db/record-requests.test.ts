import { beforeEach, expect, test } from 'vitest';
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

test('a new article: every read in one round, every write in the next, one request per row', async () => {
  const { log, entities, kinds } = await counted(talks);
  expect(entities).toBeGreaterThanOrEqual(3);
  expect(log.rounds()).toBe(2);
  // Reads: the URL's row, the last article id, each entity's row. Writes: the article, a mention row and an entity row each.
  expect(log.requests).toHaveLength(3 + 3 * entities);
  expect(kinds('IDBObjectStore.put')).toBe(1 + 2 * entities);
});

const sentIn = (log: RequestLog, kind: string, round: number) => log.requests.filter((r) => r.kind === kind && r.round === round).length;
const names = new Set(talks.digest.entities.map((e) => e.name)).size;

test.each([
  // "Peskov" alone: his surname's index read goes with the other reads (the URL's row is the other index read).
  ['a surname printed alone costs one index read, in the first round', surnameAlone, 2, 'IDBIndex.getAll', 1, 2],
  // The same reading again: only the article row is written again, and each name's mention row.
  ['reading the same article again writes no entity row that did not change', talks, 2, 'IDBObjectStore.put', 2, 1 + names],
  // The dropped names' rows are read once the article's row says which they are, then written.
  ['an entity the new reading no longer names costs one round more, to read its row', fewer, 3, 'IDBObjectStore.get', 2, names - 1],
] as const)('%s', async (_, input, rounds, kind, round, count) => {
  await recordArticle(db, talks);
  const { log } = await counted(input);
  expect(log.rounds()).toBe(rounds);
  expect(sentIn(log, kind, round)).toBe(count);
});
