/** GDELT's answer as the popup shows it: by outlet, and in words when there is nothing to show. */
import { i18n } from '#i18n';
import type { CoverageAnswer, GdeltArticle, UnavailableReason } from '../services/gdelt';

export interface OnlineOutlet {
  domain: string;
  sourceCountry: string | null;
  /** Newest first. */
  articles: GdeltArticle[];
}

/** The outlets with the most articles first, then the most recent. */
export function groupOnline(articles: GdeltArticle[]): OnlineOutlet[] {
  const groups = new Map<string, OnlineOutlet>();
  for (const a of articles) {
    let g = groups.get(a.domain);
    if (!g) groups.set(a.domain, (g = { domain: a.domain, sourceCountry: a.sourceCountry, articles: [] }));
    g.sourceCountry ??= a.sourceCountry;
    g.articles.push(a);
  }
  for (const g of groups.values()) g.articles.sort((x, y) => y.seenAt.localeCompare(x.seenAt));
  return [...groups.values()].sort(
    (x, y) => y.articles.length - x.articles.length || y.articles[0]!.seenAt.localeCompare(x.articles[0]!.seenAt),
  );
}

// Functions: a message is read when shown (and each key stays a literal that tests/unit/i18n can check).
const REASONS: Record<UnavailableReason, () => string> = {
  'rate-limited': () => i18n.t('gdelt.rateLimited'),
  refused: () => i18n.t('gdelt.refused'),
  malformed: () => i18n.t('gdelt.malformed'),
  'http-error': () => i18n.t('gdelt.httpError'),
  timeout: () => i18n.t('gdelt.timeout'),
  offline: () => i18n.t('gdelt.offline'),
  'no-permission': () => i18n.t('gdelt.noPermission'),
};

/** Why there is no fresh answer, in words: never "no coverage", which would be a claim about the news. */
export function describeUnavailable(answer: Extract<CoverageAnswer, { status: 'unavailable' }>): string {
  return i18n.t('gdelt.unavailable', [REASONS[answer.reason]()]);
}
