/** GDELT's answer as the popup shows it: by outlet, and in words when there is nothing to show. */
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

const REASONS: Record<UnavailableReason, string> = {
  'rate-limited': 'GDELT asked Sourcelight to slow down',
  refused: 'GDELT refused the search',
  malformed: 'GDELT sent an answer Sourcelight could not read',
  'http-error': 'GDELT answered with an error',
  timeout: 'GDELT did not answer in time',
  offline: 'GDELT could not be reached (are you offline?)',
  'no-permission':
    'the browser has not given Sourcelight access to api.gdeltproject.org, so nothing was sent. Allow online coverage again, and the browser will ask you',
};

/** Why there is no fresh answer, in words: never "no coverage", which would be a claim about the news. */
export function describeUnavailable(answer: Extract<CoverageAnswer, { status: 'unavailable' }>): string {
  return `Coverage is not available now: ${REASONS[answer.reason]}.`;
}
