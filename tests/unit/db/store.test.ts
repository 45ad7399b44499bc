import { beforeEach, describe, expect, test } from 'vitest';
import { forgetAll, forgetArticle, forgetSite } from '@/lib/db/forget';
import { entityMentions, groupByOutlet, recentEntities, rolesOverTime, storeStats } from '@/lib/db/queries';
import { foldPending } from '@/lib/db/fold';
import { articleDate, recordArticle, type ArticleInput } from '@/lib/db/record-article';
import type { SourcelightDB } from '@/lib/db/schema';
import { identify } from '@/lib/memory/identity';
import { hasShared, SEED_PAGE } from '../../helpers/shared-data';
import { freshStore, inputFromHtmlFile, inputFromText } from '../../helpers/remember';

const PESKOV = identify('Dmitry Peskov', 'person').id;
// Mention rows: one per entity and article naming it.
const mentionRowCount = (entityId?: string) =>
  (entityId ? db.coverage.where('[entityId+date+articleId]').between([entityId, ''], [entityId, '\uffff']) : db.coverage).count();
const day = (d: string) => Date.parse(`2026-11-${d}T09:00:00Z`);

// Three outlets quoting one man, each spelling him its own way; the third names him by surname and title.
const wire = inputFromText(
  'Kremlin spokesman Dmitry Peskov said on Tuesday that the talks would continue.\n\n"We are open to dialogue," Peskov told reporters in Moscow.',
  {
    url: 'https://wire.example/peskov-talks',
    outlet: 'wire.example',
    outletName: 'Wire',
    title: 'Kremlin says talks will continue',
    publishedAt: '2026-11-17T08:00:00+03:00',
    readAt: day('17'),
  },
);
const daily = inputFromText(
  'Dmitri Peskov, the Kremlin spokesperson, said the report was "absolutely false".\n\nHe added that Moscow had not been consulted.',
  {
    url: 'https://daily.example/report-false',
    outlet: 'daily.example',
    outletName: 'The Daily',
    title: 'Kremlin denies report',
    publishedAt: '2026-11-18T10:00:00Z',
    readAt: day('18'),
  },
);
const third = inputFromText('Kremlin spokesman Peskov said the talks had stalled.', {
  url: 'https://third.example/stalled',
  outlet: 'third.example',
  title: 'Talks stall',
  publishedAt: null,
  readAt: day('19'),
});

let db: SourcelightDB;
beforeEach(() => {
  db = freshStore();
});

/**
 * Each test runs twice: with every article still pending (recorded, not yet folded: lib/db/fold.ts)
 * and with each folded as soon as it is recorded. The readers must answer the same either way.
 */
describe.each(['pending', 'folded'] as const)('%s articles', (mode) => {
  const record = async (input: ArticleInput) => {
    const id = await recordArticle(db, input);
    if (mode === 'folded') await foldPending(db);
    return id;
  };

  describe('coverage of one person across outlets', () => {
    test('three outlets, three spellings, one person, each outlet with its quotes, newest first', async () => {
      for (const a of [wire, daily, third]) await record(a);
      const { total, mentions } = await entityMentions(db, PESKOV);
      expect(total).toBe(3);
      expect(mentions.map((m) => m.outlet)).toEqual(['third.example', 'daily.example', 'wire.example']);
      const groups = groupByOutlet(mentions, third.url);
      expect(groups.map((g) => g.outlet)).toEqual(['daily.example', 'wire.example']);
      expect(groups[0]!.articles[0]!.quotes.map((q) => q.text)).toEqual([
        'the report was "absolutely false"',
        'Moscow had not been consulted',
      ]);
      expect(groups[1]!.articles[0]!.quotes).toContainEqual({ text: 'We are open to dialogue', cue: 'told', direct: true });
      const { entity } = await entityMentions(db, PESKOV);
      expect(entity).toMatchObject({ name: 'Dmitry Peskov', articles: 3, official: true });
      expect(entity!.names.sort()).toEqual(['Dmitri Peskov', 'Dmitry Peskov', 'Peskov']);
    });

    test('roles each outlet stated, with their dates, oldest first', async () => {
      for (const a of [wire, daily, third]) await record(a);
      const roles = rolesOverTime((await entityMentions(db, PESKOV)).mentions);
      expect(roles.map((r) => [r.role, r.outlet, r.first.slice(0, 10)])).toEqual([
        ['Kremlin spokesman', 'wire.example', '2026-11-17'],
        ['Kremlin spokesperson', 'daily.example', '2026-11-18'],
        ['Kremlin spokesman', 'third.example', '2026-11-19'],
      ]);
    });

    test('a surname shared by two known people is not given to either', async () => {
      await record(inputFromText('US President Donald Trump said he would attend.', { url: 'https://a.example/1', outlet: 'a.example' }));
      await record(
        inputFromText('Former first lady Melania Trump said she would not attend.', { url: 'https://b.example/2', outlet: 'b.example' }),
      );
      await record(inputFromText('President Trump said he would attend the summit.', { url: 'https://c.example/3', outlet: 'c.example' }));
      expect((await entityMentions(db, identify('Donald Trump', 'person').id)).total).toBe(1);
      expect((await entityMentions(db, identify('Melania Trump', 'person').id)).total).toBe(1);
      expect((await entityMentions(db, identify('Trump', 'person').id)).total).toBe(1);
    });

    test('a surname read before the full name is known stays on its own', async () => {
      await record(third);
      expect((await entityMentions(db, identify('Peskov', 'person').id)).total).toBe(1);
      expect((await entityMentions(db, PESKOV)).total).toBe(0);
    });
  });

  describe('recording', () => {
    test('reading the same article again replaces it, and counts stay true', async () => {
      await record(wire);
      const id = await record({ ...wire, readAt: day('21'), digest: daily.digest });
      expect(await db.articles.count()).toBe(1);
      expect((await db.articles.get(id))!.readAt).toBe(day('21'));
      const { mentions } = await entityMentions(db, PESKOV);
      expect(mentions).toHaveLength(1);
      expect(mentions[0]!.role).toBe('Kremlin spokesperson');
      expect((await entityMentions(db, PESKOV)).entity!.articles).toBe(1);
    });

    test('an entity the new reading no longer names loses the article', async () => {
      await record(wire);
      await record({ ...wire, digest: { entities: [], claims: [] } });
      expect(await db.entities.count()).toBe(0);
      expect(await mentionRowCount()).toBe(0);
    });

    test('dates sort as dates whatever the page wrote', () => {
      expect(articleDate('2026-11-17T08:00:00+03:00', 0)).toBe('2026-11-17T05:00:00.000Z');
      expect(articleDate('not a date', day('19'))).toBe('2026-11-19T09:00:00.000Z');
      expect(articleDate(null, day('19'))).toBe('2026-11-19T09:00:00.000Z');
    });

    test('the seed article: its officials, their roles as stated and what they said', async (ctx) => {
      if (!hasShared(SEED_PAGE, 'seed article store test')) return ctx.skip();
      const input = inputFromHtmlFile(SEED_PAGE, 'https://www.bbc.com/news/articles/seed');
      const id = await record(input);
      const row = await db.articles.get(id);
      expect(row!.outlet).toBeTruthy();
      const peskov = row!.entities.find((e) => e.name === 'Dmitry Peskov');
      expect(peskov).toMatchObject({ entityId: PESKOV, role: 'Kremlin spokesperson', official: true });
      const [mention] = (await entityMentions(db, PESKOV)).mentions;
      expect(mention!.quotes.length).toBe(peskov!.claims.length);
      expect(mention!.quotes.length).toBeGreaterThan(0);
      expect((await recentEntities(db)).map((e) => e.name)).toContain('Kim Jong Un');
    });
  });

  test('every entity counts exactly the articles that name it, through reading again and forgetting (coverage totals rely on it)', async () => {
    // Each entity row is of an entity some article names, and the readers count exactly those articles;
    // once folded, the row's own count is its mention rows'.
    const counted = async () => {
      const articles = await db.articles.toArray();
      const naming = (id: string) => articles.filter((a) => a.entities.some((e) => e.entityId === id)).length;
      const rows = await recentEntities(db, 1000);
      expect(rows.map((e) => e.id).sort()).toEqual([...new Set(articles.flatMap((a) => a.entities.map((e) => e.entityId)))].sort());
      expect((await storeStats(db)).entities).toBe(rows.length);
      for (const e of rows) {
        const { total, mentions, entity } = await entityMentions(db, e.id);
        expect([total, mentions.length, entity?.articles], e.id).toEqual([naming(e.id), naming(e.id), naming(e.id)]);
        if (mode === 'folded') expect((await db.entities.get(e.id))!.articles, e.id).toBe(await mentionRowCount(e.id));
      }
    };
    for (const a of [wire, daily, third]) await record(a);
    await counted();
    await record({ ...wire, digest: daily.digest });
    await record({ ...daily, digest: { entities: [], claims: [] } });
    await counted();
    await forgetSite(db, 'third.example');
    await counted();
    expect((await entityMentions(db, PESKOV)).total).toBe(1);
  });

  describe('forgetting', () => {
    beforeEach(async () => {
      for (const a of [wire, daily, third]) await record(a);
    });

    test('one article: its mentions go, the person stays for the others', async () => {
      const id = (await db.articles.where('url').equals(daily.url).first())!.id!;
      expect(await forgetArticle(db, id)).toBe(1);
      expect(await db.articles.get(id)).toBeUndefined();
      expect((await entityMentions(db, PESKOV)).mentions.map((m) => m.articleId)).not.toContain(id);
      expect(await mentionRowCount()).toBe((await db.articles.toArray()).reduce((n, a) => n + a.entities.length, 0));
      expect((await entityMentions(db, PESKOV)).entity!.articles).toBe(2);
    });

    test('one site', async () => {
      expect(await forgetSite(db, 'wire.example')).toBe(1);
      expect((await entityMentions(db, PESKOV)).mentions.map((m) => m.outlet)).toEqual(['third.example', 'daily.example']);
      expect(await storeStats(db)).toEqual({ articles: 2, entities: 2, outlets: 2 });
    });

    test('everything, and the entities with it', async () => {
      expect(await forgetAll(db)).toBe(3);
      expect(await storeStats(db)).toEqual({ articles: 0, entities: 0, outlets: 0 });
      expect(await mentionRowCount()).toBe(0);
    });

    test('the last article naming someone takes them with it', async () => {
      for (const a of [wire, daily, third]) await forgetArticle(db, (await db.articles.where('url').equals(a.url).first())!.id!);
      expect(await db.entities.get(PESKOV)).toBeUndefined();
      expect(await db.entities.count()).toBe(0);
    });
  });
});
