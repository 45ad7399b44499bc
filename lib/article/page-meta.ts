/**
 * What a page says about itself in its head: JSON-LD (schema.org), Open Graph and other meta
 * tags, <link rel=canonical>, <html lang>. Cheap to read, and read from the page as it is.
 */

export interface PageMeta {
  /** Every schema.org @type found in the page's JSON-LD, @graph and arrays included. */
  jsonLdTypes: string[];
  /** og:type, lower-cased, or null. */
  ogType: string | null;
  siteName: string | null;
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  canonicalUrl: string | null;
  language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The JSON-LD objects of a page, flattened over arrays and @graph. Broken blocks are skipped. */
export function readJsonLd(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (v: Json | undefined) => {
    if (Array.isArray(v)) v.forEach(add);
    else if (isObject(v)) {
      out.push(v);
      if (v['@graph']) add(v['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Some CMSs wrap the JSON in CDATA comments.
      add(JSON.parse((script.textContent ?? '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')) as Json);
    } catch {
      // A malformed block says nothing; the rest of the page still does.
    }
  }
  return out;
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) {
    const names = v.map(text).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(v)) return text(v['name']);
  return null;
}

/** The page's <meta> tags by property, name, itemprop and http-equiv (first one wins), in one pass. */
function readMetaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

// schema.org's Article family: NewsArticle and its kinds, BlogPosting, Report, ScholarlyArticle …
const ARTICLE_TYPES = /Article$|^BlogPosting$|^LiveBlogPosting$|^Report$/;

export function isArticleType(type: string): boolean {
  return ARTICLE_TYPES.test(type);
}

const NO_META: PageMeta = {
  jsonLdTypes: [],
  ogType: null,
  siteName: null,
  title: null,
  author: null,
  publishedAt: null,
  canonicalUrl: null,
  language: null,
};

export function readPageMeta(doc: Document): PageMeta {
  if (!doc.documentElement) return NO_META; // an empty file
  const ld = readJsonLd(doc);
  const jsonLdTypes = ld.flatMap(typesOf);
  const article = ld.find((o) => typesOf(o).some(isArticleType));
  const publisher = article && isObject(article['publisher']) ? article['publisher'] : undefined;
  const tags = readMetaTags(doc);
  const meta = (...keys: string[]) => keys.map((k) => tags.get(k.toLowerCase())).find((v) => v !== undefined) ?? null;
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() || null;
  const html = doc.documentElement;
  return {
    jsonLdTypes,
    ogType: meta('og:type')?.toLowerCase() ?? null,
    siteName: meta('og:site_name', 'application-name') ?? text(publisher?.['name']),
    title: meta('og:title', 'twitter:title') ?? text(article?.['headline']),
    author: text(article?.['author']) ?? meta('author', 'article:author', 'sailthru.author', 'parsely-author'),
    publishedAt:
      text(article?.['datePublished']) ??
      meta('article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'parsely-pub-date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ??
      null,
    canonicalUrl: canonical ?? meta('og:url'),
    language:
      html?.getAttribute('lang')?.trim() ||
      html?.getAttribute('xml:lang')?.trim() ||
      meta('og:locale', 'language', 'dc.language')?.replace('_', '-') ||
      meta('content-language') ||
      null,
  };
}

/** A date string as ISO 8601 in UTC, or null when it is not a date. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
