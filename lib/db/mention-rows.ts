/**
 * The mention rows (table `coverage`): one per entity and article, keyed by [entityId+date+articleId]
 * and indexed by nothing else. Every article naming an entity, newest first, is one range read of
 * the primary key over small rows; writing one costs one put, not a put and two index entries as
 * the `mentions` rows of versions 1–3 did. An article row holds all its mentions' keys (its entities
 * and date), so replacing or forgetting one deletes them by key, with no index to look them up.
 */
import type { ArticleRow, MentionRow } from './records';

/** An ISO date that sorts as a date: the page's (in UTC), else when it was read. */
export function articleDate(publishedAt: string | null, readAt: number): string {
  const t = publishedAt ? Date.parse(publishedAt) : NaN;
  return new Date(Number.isNaN(t) ? readAt : t).toISOString();
}

export type MentionKey = [entityId: string, date: string, articleId: number];

/** The keys of a stored article's mention rows. */
export function mentionKeysOf(row: ArticleRow & { id: number }): MentionKey[] {
  const date = articleDate(row.publishedAt, row.readAt);
  return [...new Set(row.entities.map((e) => e.entityId))].map((id) => [id, date, row.id]);
}

/** What coverage shows of one article naming one entity: its outlet, date, the name and role printed there, the quotes. */
export function mentionRowsOf(row: ArticleRow & { id: number }): MentionRow[] {
  const date = articleDate(row.publishedAt, row.readAt);
  return row.entities.map((e) => ({
    entityId: e.entityId,
    articleId: row.id,
    outlet: row.outlet,
    outletName: row.outletName,
    date,
    title: row.title,
    url: row.url,
    name: e.name,
    role: e.role,
    mentions: e.mentions,
    quotes: e.claims
      .map((i) => row.claims[i])
      .filter((c) => !!c)
      .map(({ text, cue, direct }) => ({ text, cue, direct })),
  }));
}
