/**
 * Is this page an article? Cheap gates first (the URL, site rules, schema.org JSON-LD, Open
 * Graph), then the shape of the page: a listing of headlines is not an article, and the prose
 * must weigh enough by Readability's own readerable score. Reads the page, never changes it.
 *
 * "Article" here means one piece of prose that reports or argues (news, analysis, a blog post):
 * home pages, section fronts, search results, listings, video and product pages are not.
 */
// The readerable check alone (4 KB), not the package's index: that requires Readability itself,
// CommonJS that no bundler can leave out, and the content script detects but never extracts.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isArticleType, readPageMeta, type PageMeta } from './page-meta';
import { commonAncestor, hasDateAround, headlineOver } from './news-frame';
import { findProse, type ProseRun } from './prose';
import { SITE_RULES } from './site-rules';
import { normalise } from './blocks';

export interface Detection {
  isArticle: boolean;
  /** The signal that decided, e.g. "json-ld:NewsArticle", "url:home page", "listing: 14 headline links". */
  reason: string;
}

const NOT_ARTICLE_TYPES = new Set([
  'Product',
  'ProductGroup',
  'Offer',
  'CollectionPage',
  'SearchResultsPage',
  'ProfilePage',
  'VideoObject',
  'ItemList',
  'Recipe',
]);
const NOT_ARTICLE_OG = /^(?:video|product|profile|music|book|og:product|business)\b/;

// Readability calls a page readerable with one paragraph of some 540 characters (its score
// sqrt(length - 140) reaching 20); news sets as much in three short paragraphs. So the bar here is
// as high in text (400 letters, about 480 characters) and asks for paragraphs of whole sentences.
const PROSE_MIN_PARAGRAPHS = 3;
const PROSE_MIN_LETTERS = 400;
const PROSE_MIN_SENTENCES = 8;
const BRIEF_MIN_PARAGRAPHS = 2;
const BRIEF_MIN_LETTERS = 250;

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
 * headlines, the second. Characters as a reader sees them (white space runs as one space): markup
 * indented inside a heading made one heading count hundreds, and an article under a column of them
 * a listing.
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
      headlineChars += normalise(h.textContent).length;
    }
  }
  for (const p of Array.from(root.querySelectorAll('p'))) {
    const len = normalise(p.textContent).length;
    if (len < 140) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += normalise(a.textContent).length;
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
  // paragraphs in one place (short paragraphs and old table layouts, prose.ts). Read only when
  // needed: it walks the whole page, on the page's main thread.
  let run: ProseRun | null = null;
  const prose = () => (run ??= findProse(doc.body ?? doc.documentElement));
  const listingOver = (chars: number) => headlines >= 6 && headlineChars > (structured ? 3 : 1) * chars;
  const proseChars = listingOver(measured.proseChars) ? Math.max(measured.proseChars, prose().letters) : measured.proseChars;
  // An article under walls of related headlines: its own headline, which the page's title
  // names, over a run of prose (a front page's title is the site's, over no one story).
  const framedStory = () => {
    const { container, paragraphs, letters } = prose();
    return (
      !!container &&
      paragraphs >= PROSE_MIN_PARAGRAPHS &&
      letters >= PROSE_MIN_LETTERS &&
      !!headlineOver(doc, container, [doc.title, meta.title])
    );
  };
  if (listingOver(proseChars) && !framedStory()) {
    return {
      isArticle: false,
      reason: `listing: ${headlines} headline links (${headlineChars} characters), ${proseChars} characters of prose`,
    };
  }

  if (structured) {
    // A page that calls itself an article must still hold some prose (not a video with a caption).
    return isProbablyReaderable(doc, { minContentLength: 100, minScore: 10 })
      ? { isArticle: true, reason: structured }
      : { isArticle: false, reason: `${structured}, but too little prose` };
  }
  if (isProbablyReaderable(doc)) return { isArticle: true, reason: 'readerable' };
  // News as it is written: a run of short paragraphs of whole sentences in one container, which
  // the readerable score (long <p>s only) misses: three paragraphs, some seventy words, as much
  // text as Readability asks of one paragraph.
  // (Old layouts set paragraphs between single <br>s: so many sentences in one place count too.)
  const { paragraphs, sentences, letters, container } = prose();
  const described = `${paragraphs} paragraphs, ${sentences} sentences, ${letters} letters`;
  if ((paragraphs >= PROSE_MIN_PARAGRAPHS || sentences >= PROSE_MIN_SENTENCES) && letters >= PROSE_MIN_LETTERS) {
    return { isArticle: true, reason: `prose: ${described}` };
  }
  // A brief: less prose, but framed as a report, under a headline that the page's title repeats
  // and with a date beside it, or in a row of its own just above (news-frame.ts).
  if (container && paragraphs >= BRIEF_MIN_PARAGRAPHS && letters >= BRIEF_MIN_LETTERS) {
    const headline = headlineOver(doc, container, [doc.title, meta.title]);
    const around = headline && commonAncestor(headline, container);
    if (around && hasDateAround(around)) return { isArticle: true, reason: `news brief: a headline, a date, ${described}` };
  }
  return { isArticle: false, reason: `not readerable (prose: ${described})` };
}
