/** Remembering what a tab read, when the reader lets Sourcelight (settings: remember, excluded outlets). */
import type { ArticleInput } from '../db/record-article';
import type { ArticleDigest } from '../memory/digest';
import type { ArticleSummary, TabState } from '../messaging/protocol';
import { rememberedUrl } from '../memory/remembered-url';
import { remembers, type Settings } from '../settings/settings';

/** What to record of a tab's state, or null when it is not to be remembered . */
export function articleToRemember(state: TabState, pageUrl: string | undefined, settings: Settings, now: number): ArticleInput | null {
  const article = state.article;
  if (!article || !state.digest || state.error) return null;
  if (!remembers(settings, article.outlet.domain)) return null;
  const url = rememberedUrl(article.canonicalUrl, pageUrl);
  if (!url) return null;
  return inputFromArticle(article, url, state.digest, now);
}

export function inputFromArticle(article: ArticleSummary, url: string, digest: ArticleDigest, readAt: number): ArticleInput {
  const { outlet, title, byline, publishedAt, language, wordCount } = article;
  return { url, outlet: outlet.domain, outletName: outlet.name, title, byline, publishedAt, language, wordCount, readAt, digest };
}
