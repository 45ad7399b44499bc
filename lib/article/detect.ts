/**
 * Is this page an article? Cheap gates first (the URL, site rules, schema.org JSON-LD, Open
 * Graph), then the shape of the page: a listing of headlines is not an article, and the prose
 * must weigh enough by Readability's own readerable score. Reads the page, never changes it.
 *
 * "Article" here means one piece of prose that reports or argues (news, analysis, a blog post):
 * home pages, section fronts, search results, listings, video and product pages are not.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { isArticleType, readPageMeta, type PageMeta } from './page-meta';
import { findProse } from './prose';
import { SITE_RULES } from './site-rules';

export interface Detection {
  isArticle: boolean;
  /** The signal that decided, e.g. "json-ld:NewsArticle", "url:home page", "listing: 14 headline links". */
  reason: string;
}

const NOT_ARTICLE_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'CollectionPage', 'SearchResultsPage', 'ProfilePage', 'VideoObject', 'ItemList', 'Recipe']);
const NOT_ARTICLE_OG = /^(?:video|product|profile|music|book|og:product|business)\b/;

const PROSE_MIN_PARAGRAPHS = 4;
const PROSE_MIN_LETTERS = 450;
const PROSE_MIN_SENTENCES = 8;

const SEARCH_PATH = /\/search(?:\/|$|\.)/i;
const LISTING_PATH = /\/(?:tags?|topics?|category|categories|section|sections|authors?|archives?|page\/\d+)(?:\/|$)/i;
const VIDEO_PATH = /\/(?:videos?|watch|live-tv|tv)(?:\/|$)/i;
const PRODUCT_PATH = /\/(?:products?|shop|store|dp|item|cart)(?:\/|$)/i;

function hostMatches(host: string, ruleHost: string): boolean {
  return host === ruleHost || host.endsWith('.' + ruleHost);
}

function parseUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** What the URL alone says: 'article', a reason it is not one, or null for nothing. */
function judgeUrl(u: URL): { isArticle: boolean; reason: string } | null {
  const path = u.pathname;
  for (const rule of SITE_RULES) {
    if (!hostMatches(u.hostname, rule.host)) continue;
    if (rule.notArticle?.test(path)) return { isArticle: false, reason: `site rule ${rule.host}: not an article path` };
    if (rule.article?.test(path)) return { isArticle: true, reason: `site rule ${rule.host}: article path` };
  }
  if (/^\/(?:index\.[a-z]+|home|default\.[a-z]+)?$/i.test(path)) return { isArticle: false, reason: 'url: home page' };
  // Only the path: query strings like ?s= or ?q= are as often share and tracking tags.
  if (SEARCH_PATH.test(path)) return { isArticle: false, reason: 'url: search results' };
  return null;
}

/**
 * How much of the page is headline links (a heading holding a link, or a link holding a heading)
 * and how much is running prose (paragraphs of 140 characters or more, mostly not links), in
 * characters. A front page or listing is the first; an article, even one with rows of related
 * headlines, the second.
 */
export function measureListing(doc: Document): { headlines: number; headlineChars: number; proseChars: number } {
  const root = doc.body ?? doc.documentElement;
  let headlines = 0;
  let headlineChars = 0;
  let proseChars = 0;
  if (!root) return { headlines, headlineChars, proseChars };
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4'))) {
    if (h.querySelector('a[href]') || h.closest('a[href]')) {
      headlines++;
      headlineChars += (h.textContent ?? '').trim().length;
    }
  }
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 140) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += (a.textContent ?? '').length;
    if (linked / len < 0.5) proseChars += len;
  }
  return { headlines, headlineChars, proseChars };
}

export function detectArticle(doc: Document, url?: string | null, meta: PageMeta = readPageMeta(doc)): Detection {
  if (!doc.documentElement) return { isArticle: false, reason: 'empty page' };
  const u = parseUrl(url) ?? parseUrl(meta.canonicalUrl);
  const byUrl = u ? judgeUrl(u) : null;
  if (byUrl) return byUrl;

  const articleType = meta.jsonLdTypes.find(isArticleType);
  const negativeType = meta.jsonLdTypes.find((t) => NOT_ARTICLE_TYPES.has(t));
  const ogArticle = meta.ogType === 'article';
  const structured = articleType ? `json-ld:${articleType}` : ogArticle ? 'og:type=article' : null;

  if (!structured) {
    if (negativeType) return { isArticle: false, reason: `json-ld:${negativeType}` };
    if (meta.ogType && NOT_ARTICLE_OG.test(meta.ogType)) return { isArticle: false, reason: `og:type=${meta.ogType}` };
    if (u && (LISTING_PATH.test(u.pathname) || VIDEO_PATH.test(u.pathname) || PRODUCT_PATH.test(u.pathname))) {
      return { isArticle: false, reason: `url: ${u.pathname}` };
    }
  }

  // A front or a listing is mostly headline links. Articles carry rows of related headlines too,
  // so a page that calls itself an article must be almost all headlines to count as a listing.
  const measured = measureListing(doc);
  const { headlines, headlineChars } = measured;
  // The prose is the larger of the long paragraphs anywhere and the longest run of news
  // paragraphs in one place (short paragraphs and old table layouts, prose.ts).
  const prose = findProse(doc.body ?? doc.documentElement);
  const proseChars = Math.max(measured.proseChars, prose.letters);
  const listing = headlines >= 6 && headlineChars > (structured ? 3 : 1) * proseChars;
  if (listing) {
    return { isArticle: false, reason: `listing: ${headlines} headline links (${headlineChars} characters), ${proseChars} characters of prose` };
  }

  if (structured) {
    // A page that calls itself an article must still hold some prose (not a video with a caption).
    return isProbablyReaderable(doc, { minContentLength: 100, minScore: 10 })
      ? { isArticle: true, reason: structured }
      : { isArticle: false, reason: `${structured}, but too little prose` };
  }
  if (isProbablyReaderable(doc)) return { isArticle: true, reason: 'readerable' };
  // News as it is written: a run of short paragraphs of whole sentences in one container, which
  // the readerable score (long <p>s only) misses. A brief of four paragraphs, some eighty words,
  // is the least a report takes; a form, a product or a list of teasers rarely has as much.
  // (Old layouts set paragraphs between single <br>s: so many sentences in one place count too.)
  const described = `${prose.paragraphs} paragraphs, ${prose.sentences} sentences, ${prose.letters} letters`;
  if ((prose.paragraphs >= PROSE_MIN_PARAGRAPHS || prose.sentences >= PROSE_MIN_SENTENCES) && prose.letters >= PROSE_MIN_LETTERS) {
    return { isArticle: true, reason: `prose: ${described}` };
  }
  return { isArticle: false, reason: `not readerable (prose: ${described})` };
}
