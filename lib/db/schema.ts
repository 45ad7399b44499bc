/**
 * The local store (IndexedDB on the extension's origin, through Dexie). The background is its only
 * writer; the popup reads. Every version stays declared here in order, with its upgrade, and has an
 * example in tests/fixtures/db/ that tests/unit/db/migrations.test.ts upgrades to the latest.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { SavedArticle } from '../library/types';
import { mentionRowsOf } from './mention-rows';
import type { ArticleRow, CacheRow, EntityRow, MentionRow, PendingRow, TrashRow } from './records';

export const DB_NAME = 'sourcelight';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Why the version exists. */
  why: string;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void>;
}

export const VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    why: 'articles read, entities across them, and one mention row per entity and article',
    stores: {
      articles: '++id, &url, outlet, readAt',
      entities: 'id, surname, lastSeen',
      // [entityId+date]: every article naming a person, newest first, in one range read.
      mentions: '++id, [entityId+date], articleId',
    },
  },
  {
    version: 2,
    why: 'answers from online services (GDELT coverage), cached by request URL so a 429 or offline still shows the last answer',
    stores: { cache: 'key, fetchedAt' },
  },
  {
    version: 3,
    why: 'the research library: saved articles with their annotations, and a trash that keeps a deleted one for undo',
    stores: { saved: 'url, savedAt, outlet', trash: 'url, deletedAt' },
  },
  {
    version: 4,
    why: 'recording an article wrote a mention row and two index entries per entity; the mention rows are keyed by [entityId+date+articleId] now, with no index (the primary key of a table cannot change, hence a new table)',
    stores: { mentions: null, coverage: '[entityId+date+articleId]' },
    // Made from the article rows, of which every mention row was a copy (the migration test shows it).
    upgrade: async (tx) => {
      // A page of articles at a time, so that a large store is never in memory at once.
      for (let after = 0; ;) {
        const page = (await tx.table('articles').where(':id').above(after).limit(500).toArray()) as Array<ArticleRow & { id: number }>;
        if (page.length === 0) return;
        await tx.table('coverage').bulkAdd(page.flatMap(mentionRowsOf));
        after = page.at(-1)!.id;
      }
    },
  },
  {
    version: 5,
    why: 'recording wrote a mention row per entity into the largest table and read-modify-wrote every entity row (about 27 requests, 12–15 ms at 100,000 articles); now it writes the article row and one `pending` row, and lib/db/fold.ts writes the mention rows and entity rows of the pending articles 50 at a time (the readers replay what is pending)',
    // Nothing to upgrade: an empty `pending` says every article is folded, as every v4 article is.
    // The articles' readAt index goes: nothing reads it, and recording wrote an entry of it for each article.
    stores: { pending: 'url', articles: '++id, &url, outlet' },
  },
];

export const LATEST_VERSION = VERSIONS.at(-1)!.version;

export class SourcelightDB extends Dexie {
  articles!: EntityTable<ArticleRow, 'id'>;
  entities!: EntityTable<EntityRow, 'id'>;
  coverage!: Table<MentionRow, [string, string, number]>;
  cache!: Table<CacheRow, string>;
  saved!: Table<SavedArticle, string>;
  trash!: Table<TrashRow, string>;
  pending!: Table<PendingRow, string>;

  constructor(name = DB_NAME, options: { upTo?: number; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    const { upTo = LATEST_VERSION, ...dexieOptions } = options;
    super(name, dexieOptions);
    for (const v of VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

let shared: SourcelightDB | null = null;

/** The extension's store, opened once per context. */
export function openStore(): SourcelightDB {
  shared ??= new SourcelightDB();
  return shared;
}
