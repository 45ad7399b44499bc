/**
 * An article's mentions as keys of the articles' multi-entry index `mentionKeys`: one key
 * "<entity id>\u0000<date>" per entity the article names. Every article naming an entity, by date,
 * is then one range read of that index, and recording an article writes its one row: the mention
 * rows of versions 1–3 (one per entity and article) were copies of what the row already holds.
 */
import type { ArticleRow, MentionRow } from './records';

// Below every character of an id, so that "person:ann lee" never reads "person:ann leeds".
const SEP = '\u0000';

/** An ISO date that sorts as a date: the page's (in UTC), else when it was read. */
export function articleDate(publishedAt: string | null, readAt: number): string {
  const t = publishedAt ? Date.parse(publishedAt) : NaN;
  return new Date(Number.isNaN(t) ? readAt : t).toISOString();
}

export function mentionKeysOf(row: Pick<ArticleRow, 'entities' | 'publishedAt' | 'readAt'>): string[] {
  const date = articleDate(row.publishedAt, row.readAt);
  return [...new Set(row.entities.map((e) => `${e.entityId}${SEP}${date}`))];
}

/** The bounds of one entity's keys (lower included, upper not). */
export function mentionRange(entityId: string): [string, string] {
  return [`${entityId}${SEP}`, `${entityId}\u0001`];
}

/** What coverage shows of one article naming the entity: its outlet, date, the name and role printed there, the quotes. */
export function mentionOf(row: ArticleRow, entityId: string): MentionRow | null {
  const e = row.entities.find((x) => x.entityId === entityId);
  if (!e || row.id === undefined) return null;
  return {
    entityId,
    articleId: row.id,
    outlet: row.outlet,
    outletName: row.outletName,
    date: articleDate(row.publishedAt, row.readAt),
    title: row.title,
    url: row.url,
    name: e.name,
    role: e.role,
    mentions: e.mentions,
    quotes: e.claims
      .map((i) => row.claims[i])
      .filter((c) => !!c)
      .map(({ text, cue, direct }) => ({ text, cue, direct })),
  };
}
