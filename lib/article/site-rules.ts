/**
 * Site rules: where a site's URLs say plainly whether a page is an article, they decide before
 * any heuristic. Data only; each entry names the site and what its URL scheme is.
 *
 * Sources: the sites' own URL schemes as seen on their pages (article URLs carry a date or a
 * numeric story id; fronts, live pages and video hubs have their own prefixes).
 */
export interface SiteRule {
  /** Registrable domain or host suffix the rule applies to. */
  host: string;
  /** A path that matches is an article. */
  article?: RegExp;
  /** A path that matches is not an article (checked first). */
  notArticle?: RegExp;
}

export const SITE_RULES: SiteRule[] = [
  // bbc.co.uk/news/world-europe-68123456, bbc.com/news/articles/c4ngk..., fronts are /news and /news/world
  {
    host: 'bbc.co.uk',
    article: /^\/(?:news|sport)\/(?:articles\/[a-z0-9]+|(?:[a-z-]+-)?\d{6,})\/?$/,
    notArticle: /^\/(?:news|sport)(?:\/[a-z_-]+)?\/?$|\/(?:av|videos?)\//,
  },
  {
    host: 'bbc.com',
    article: /^\/(?:news|sport)\/(?:articles\/[a-z0-9]+|(?:[a-z-]+-)?\d{6,})\/?$/,
    notArticle: /^\/(?:news|sport)(?:\/[a-z_-]+)?\/?$|\/(?:av|videos?)\//,
  },
  // reuters.com/world/europe/some-slug-2024-01-09/
  {
    host: 'reuters.com',
    article: /-\d{4}-\d{2}-\d{2}\/?$/,
    notArticle: /^\/(?:world|business|markets|technology|graphics)(?:\/[a-z-]+)?\/?$/,
  },
  // apnews.com/article/slug-hash, fronts are /hub/...
  { host: 'apnews.com', article: /^\/article\//, notArticle: /^\/(?:hub|video)\// },
  // theguardian.com/world/2024/jan/09/slug; /world/live/... are live blogs (articles too)
  { host: 'theguardian.com', article: /\/\d{4}\/[a-z]{3}\/\d{2}\/[^/]+$/, notArticle: /^\/[a-z-]+(?:\/[a-z-]+)?\/?$/ },
  // nytimes.com/2024/01/09/world/europe/slug.html; section fronts are /section/...
  {
    host: 'nytimes.com',
    article: /^\/(?:\d{4}\/\d{2}\/\d{2}|live\/\d{4})\//,
    notArticle: /^\/(?:section|spotlight|video|interactive\/projects)\b/,
  },
  // washingtonpost.com/world/2024/01/09/slug/
  { host: 'washingtonpost.com', article: /\/\d{4}\/\d{2}\/\d{2}\//, notArticle: /^\/(?:video|podcasts)\// },
  // cnn.com/2024/01/09/europe/slug/index.html; /videos/ are video pages
  { host: 'cnn.com', article: /^\/\d{4}\/\d{2}\/\d{2}\//, notArticle: /\/videos?\// },
  // aljazeera.com/news/2024/1/9/slug
  { host: 'aljazeera.com', article: /^\/[a-z-]+\/\d{4}\/\d{1,2}\/\d{1,2}\//, notArticle: /^\/(?:video|program|where|tag)\// },
];
