/**
 * The one way a page's reading becomes the TabState the background, the badge and the popup see.
 * Pure: a state once reported is never changed; what changes later (the article saved) builds a
 * new one.
 */
import { i18n } from '#i18n';
import type { ArticleDigest } from '../memory/digest';
import { summariseArticle, type Found, type SavedOnPage, type TabState, type Timing } from '../messaging/protocol';
import type { Analysis } from '../nlp/types';
import type { ArticleInfo } from '../types';

/** What a reading came to. */
export type ReadingOutcome =
  /** The page is not an article; `reason` says why (detection's, or the background's extraction). */
  | { kind: 'not-article'; reason: string }
  /** The page could not be read: the background did not answer, or the reading failed. */
  | { kind: 'unread'; error: string }
  /** The article, its analysis, the highlights painted, and the saved version's annotations placed. */
  | { kind: 'article'; article: ArticleInfo; analysis: Analysis; digest: ArticleDigest; painted: number; saved: SavedOnPage | null };

/** Which page, when, and how long it took: the same for every outcome. */
export interface ReadingContext {
  pageId: string;
  host: string;
  checkedAt: number;
  timing?: Timing;
}

/** The reason given with an error (the popup shows the error itself). */
export const unreadReason = () => i18n.t('error.unread');

export function buildTabState(context: ReadingContext, outcome: ReadingOutcome): TabState {
  const { pageId, host, checkedAt, timing } = context;
  const base = { pageId, host, checkedAt, ...(timing ? { timing } : {}) };
  switch (outcome.kind) {
    case 'not-article':
      return { ...base, article: null, reason: outcome.reason, error: null };
    case 'unread':
      return { ...base, article: null, reason: unreadReason(), error: outcome.error };
    case 'article': {
      const article = summariseArticle(outcome.article);
      const found = countFound(outcome.analysis, outcome.painted);
      const state: TabState = { ...base, article, reason: article.reason, error: null, found, digest: outcome.digest };
      return withSaved(state, outcome.saved);
    }
  }
}

/** `state` with the article's saved version on this page, or without one. */
export function withSaved(state: TabState, saved: SavedOnPage | null): TabState {
  const next = { ...state };
  delete next.saved;
  return saved ? { ...next, saved } : next;
}

export function countFound(analysis: Analysis, painted: number): Found {
  const people = analysis.entities.filter((e) => e.kind === 'person');
  const bySourceType: Found['bySourceType'] = { 'named-person': 0, anonymous: 0, institution: 0, media: 0, document: 0, other: 0 };
  for (const a of analysis.attributions) bySourceType[a.sourceType]++;
  const direct = analysis.attributions.filter((a) => a.direct).length;
  return {
    people: people.length,
    officials: people.filter((p) => p.official).length,
    claims: analysis.attributions.length,
    highlights: painted,
    supported: analysis.supported,
    bySourceType,
    direct,
    reported: analysis.attributions.length - direct,
  };
}
