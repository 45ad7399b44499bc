/** The rows of Sourcelight's local store (lib/db/schema.ts). Plain data: they are also exported. */
import type { EntityKind } from '../nlp/types';
import type { DigestClaim, DigestEntity } from '../memory/digest';

/** One article the reader read, with what the analysis found in it. */
export interface ArticleRow {
  id?: number;
  /** The canonical URL: reading the same article again updates its row. */
  url: string;
  /** The outlet's registrable domain ("bbc.co.uk"), or "" when unknown. */
  outlet: string;
  outletName: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601, as the page states it, or null. */
  publishedAt: string | null;
  language: string | null;
  wordCount: number;
  /** When it was (last) read, ms since the epoch. */
  readAt: number;
  /** The entities as this article names them, with the store's id for each. */
  entities: ArticleEntity[];
  claims: DigestClaim[];
}

/** An entity as the article names it (its role stated there, what it said), with the store's id. */
export interface ArticleEntity extends DigestEntity {
  entityId: string;
}

/** A person, institution or outlet across every article that names it. */
export interface EntityRow {
  /** lib/memory/identity.ts: "person:dmitri peskov". */
  id: string;
  /** The fullest name seen, as printed ("Dmitry Peskov"). */
  name: string;
  kind: EntityKind;
  /** Folded surname, for a surname alone to find its person; "" for other kinds. */
  surname: string;
  /** Every spelling seen ("Dmitry Peskov", "Dmitri Peskov"). */
  names: string[];
  official: boolean;
  firstSeen: number;
  lastSeen: number;
  /** How many remembered articles name it. */
  articles: number;
}

/** One entity in one article (table `coverage`, keyed [entityId+date+articleId]): coverage is one range read of them. */
export interface MentionRow {
  entityId: string;
  articleId: number;
  outlet: string;
  outletName: string | null;
  /** The article's date (published, else read), ISO 8601: coverage is ordered by it. */
  date: string;
  title: string | null;
  url: string;
  /** The name as this article printed it. */
  name: string;
  /** The role this outlet stated, or null. */
  role: string | null;
  mentions: number;
  /** What the entity said there (a copy, so that coverage needs no second read). */
  quotes: Array<Pick<DigestClaim, 'text' | 'cue' | 'direct'>>;
}

/**
 * An article recorded since the last fold (table `pending`, keyed by its URL; lib/db/fold.ts): its
 * mention rows are not written yet, nor is any of its entities' rows, and the readers replay its
 * readings onto them. A re-reading before the fold adds a reading.
 */
export interface PendingRow {
  /** The article's URL, as its row has it (table `articles`, index `url`). */
  url: string;
  /** Each reading of the article since it was recorded, oldest first. */
  readings: PendingReading[];
}

export interface PendingReading {
  readAt: number;
  /** What an entity's row takes from one reading (lib/db/replay.ts updatedEntity). */
  entities: Array<Pick<ArticleEntity, 'entityId' | 'name' | 'kind' | 'official'>>;
}

/** A cached answer from an online service, keyed by its request URL. */
export interface CacheRow {
  key: string;
  value: unknown;
  fetchedAt: number;
}

/** A saved article the researcher deleted: kept until the undo window closes. */
export interface TrashRow {
  url: string;
  article: import('../library/types').SavedArticle;
  deletedAt: number;
}
