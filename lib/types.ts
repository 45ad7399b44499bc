/** Shared plain-data types. Everything here is serialisable: it crosses messages, the CLI and the database. */

/** The outlet that published an article. */
export interface Outlet {
  /** Site name as the page states it (og:site_name, JSON-LD publisher), or null. */
  name: string | null;
  /** Registrable domain ("bbc.co.uk" for www.bbc.co.uk), or null when the URL is unknown. */
  domain: string | null;
}

/** An article as extracted from a page: its metadata and its body as one plain-text string. */
export interface ArticleInfo {
  /** Is the page a news article (one piece of prose, not a front page, listing, video or product)? */
  detected: boolean;
  /** Why detection decided as it did, e.g. "json-ld:NewsArticle" or "listing: link density 0.71". */
  reason: string;
  title: string | null;
  byline: string | null;
  outlet: Outlet;
  /** ISO 8601 date-time, or null when unknown. */
  publishedAt: string | null;
  /** BCP 47 language tag ("en", "fr-FR"), or null when unknown. */
  language: string | null;
  /** The page's canonical URL (link rel=canonical, og:url), else its own URL, or null. */
  canonicalUrl: string | null;
  excerpt: string | null;
  /** The article body: paragraphs separated by a blank line. All offsets index into it (UTF-16). */
  text: string;
  wordCount: number;
}
