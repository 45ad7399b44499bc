/**
 * Article extraction: Readability on a clone of the page, then the article's text and the map
 * from that text back to the page's own text nodes. The page itself is never changed.
 */
import type { Readability } from '@mozilla/readability';
import { pairTextNodes, readKeepingNodes, type KeptReading } from './readability';
import type { ArticleInfo } from '../types';
import type { Detection } from './detect';
import { chooseLanguage } from '../nlp/language';
import { normaliseDate, readPageMeta, type PageMeta } from './page-meta';
import { buildTextMap, type TextMap } from './text-map';
import { removeBoilerplate } from './boilerplate';
import { findProse } from './prose';
import { countWords } from './count-words';

export interface Extraction {
  article: ArticleInfo;
  /** Offsets in `article.text` to the page's text nodes. */
  map: TextMap;
}

export interface ExtractOptions {
  /** The page's URL, where the document does not know it (Node). */
  url?: string | null;
  /** What detection said; extraction records it in `article.detected` and `article.reason`. */
  detection?: Detection;
  /** Stop on pages with more elements than this (Readability's maxElemsToParse); 0 for no limit. */
  maxElements?: number;
  meta?: PageMeta;
  /**
   * The registrable domain of a URL (outlet.ts's registrableDomain). Injected so that the
   * content script need not carry the Public Suffix List: there the background fills it in.
   */
  domainOf?: (url: string) => string | null;
}

// Widgets inside or beside an article that are not part of it and that Readability's class-name
// heuristics do not always catch: ads, "most read" lists, share bars, newsletters, comments.
// They go before Readability runs: none of them holds the byline it looks for. An element is one
// where any of these holds; each is what the selector in its comment matches (css-select, as
// linkedom runs it), written as a test of the element's own attributes: a page's elements are
// walked once, where the selector list cost a third of a millisecond a page in linkedom.
/**
 * [class*="most-read" i], and so "mostread", "most-popular", "mostpopular", "trending", "newsletter",
 * "share-bar", "sharebar", "social-share", "advert", "ad-slot", "adslot"
 */
const WIDGET_CLASS = /most-?read|most-?popular|trending|newsletter|share-?bar|social-share|advert|ad-?slot/i;
/** [class~="ad" i], [class~="ads" i] */
const AD_CLASS = /(?:^|\s)ads?(?:$|\s)/i;
/** [id*="most-read" i], "mostread", "comments" */
const WIDGET_ID = /most-?read|comments/i;

function isWidget(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (cls !== null && (WIDGET_CLASS.test(cls) || AD_CLASS.test(cls))) return true;
  const id = el.getAttribute('id');
  if (id !== null && WIDGET_ID.test(id)) return true;
  // [data-ad], [aria-label="advertisement" i]
  return el.hasAttribute('data-ad') || el.getAttribute('aria-label')?.toLowerCase() === 'advertisement';
}

/** Every element under `root`, in document order, that `keep` takes. */
function elementsWhere(root: ParentNode, keep: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  for (let el = root.lastElementChild; el; el = el.previousElementSibling) stack.push(el);
  while (stack.length) {
    const el = stack.pop()!;
    if (keep(el)) found.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}

/** The page's widgets, in document order (before any is removed). */
export function findWidgets(doc: Document): Element[] {
  return elementsWhere(doc, isWidget);
}

/**
 * Removes the widgets, but never what may be the article itself whatever its classes say
 * ("post has-newsletter"): nothing holding an <article> or <h1>, nor a good share of the page's text.
 */
function removeWidgets(doc: Document): void {
  const total = (doc.body ?? doc.documentElement).textContent?.length ?? 0;
  for (const el of findWidgets(doc)) {
    if (el.querySelector('article, h1')) continue;
    if ((el.textContent?.length ?? 0) > 0.4 * total) continue;
    el.remove();
  }
}

// Asides (pull quotes repeat the text; "read more" boxes are other articles) and navigation go
// after Readability has read the page: a byline sometimes sits in an aside.
const ASIDES = 'aside, nav, [role="complementary"], [role="navigation"], [role="contentinfo"], [role="banner"]';

// Readability's own byline pattern; it only removes the byline element when the page's metadata
// names no author, so with JSON-LD authors the "By …" line stays in the text. It is not article
// text: it goes from the result, after Readability has read what it wants from it.
const BYLINE = /byline|author|dateline|writtenby|p-author/i;

/**
 * Takes out of Readability's result what is not article text. Done after Readability, not before,
 * so that its own reading of the page (byline, title) is left as it is.
 */
function removeNonArticle(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(ASIDES))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id], [rel~="author"], [itemprop~="author"]'))) {
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (!BYLINE.test(label) || el.tagName === 'BODY' || el.tagName === 'HTML') continue;
    const len = (el.textContent ?? '').trim().length;
    if (len > 0 && len < 100 && !el.querySelector('p, h1, h2')) el.remove();
  }
  removeBoilerplate(root);
}

/** No article: nothing extracted, and detection's reason why. */
export function emptyExtraction(detection?: Detection): Extraction {
  const article: ArticleInfo = {
    detected: false,
    reason: detection?.reason ?? 'empty page',
    title: null,
    byline: null,
    outlet: { name: null, domain: null },
    publishedAt: null,
    language: null,
    canonicalUrl: null,
    excerpt: null,
    text: '',
    wordCount: 0,
  };
  return { article, map: { text: '', runs: [] } };
}

/** Words as the popup and the CLI count them. */
function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return base;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return base;
  }
}

/** A deep clone of `doc` without its widgets, and its text nodes paired with `doc`'s. */
function cloneWithPairs(doc: Document): { clone: Document; pairs: Map<Node, Text> } {
  const clone = doc.cloneNode(true) as Document;
  // From the root elements: a doctype is not always cloned (linkedom), which would shift the pairs.
  const pairs = pairTextNodes(doc.documentElement, clone.documentElement);
  removeWidgets(clone);
  return { clone, pairs };
}

type Parsed = ReturnType<Readability<Node>['parse']>;

/**
 * Readability's reading of `clone` (null where it throws: it does on some pages in linkedom), and
 * the document's own text node for each of the reading's (readKeepingNodes).
 */
function parseWithReadability(clone: Document, maxElements: number): KeptReading {
  try {
    return readKeepingNodes(clone, {
      serializer: (node) => node,
      keepClasses: true, // removeNonArticle reads them
      maxElemsToParse: maxElements,
    });
  } catch {
    return { parsed: null, originalOf: (node) => node };
  }
}

/** Throws on a page with more elements than `limit` (0: no limit). */
function checkSize(doc: Document, limit: number): void {
  if (limit <= 0) return;
  // Counted here, not by Readability's maxElemsToParse: linkedom's getElementsByTagName('*') is empty.
  const count = doc.querySelectorAll('*').length;
  if (count > limit) throw new Error(`page too large to read: ${count} elements (the limit is ${limit})`);
}

/**
 * Extracts the article of `doc`. Works on a deep clone; the text map points at `doc`'s nodes.
 * Throws only on a page with more elements than `maxElements`.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const meta = options.meta ?? readPageMeta(doc);
  checkSize(doc, options.maxElements ?? 0);
  if (!doc.documentElement) return emptyExtraction(options.detection);
  let { clone, pairs } = cloneWithPairs(doc);
  const { parsed, originalOf } = parseWithReadability(clone, options.maxElements ?? 0);
  let content = parsed?.content as Element | null | undefined;
  if (!content) {
    // Readability gives up on some pages (it throws inside on a few, finds nothing on others),
    // having changed its clone as it went: the longest run of prose of a fresh clone is then the
    // article, which is better than nothing for the reader.
    ({ clone, pairs } = cloneWithPairs(doc));
    content = findProse(clone.documentElement).container;
  }
  return finish(doc, { ...options, meta }, parsed, content, (node) => pairs.get(originalOf(node)) ?? null);
}

/**
 * extractArticle on a document that nothing else reads (the background's parse of the page's
 * copy): Readability works on it directly, without the clone, and the map points at its own text
 * nodes, which Readability moves but does not make anew. Null where Readability found nothing:
 * the caller then reads a fresh copy with extractArticle, whose way round that needs the page as it was.
 */
function extractArticleInPlace(doc: Document, options: ExtractOptions = {}): Extraction | null {
  // Before Readability, which removes the scripts that hold the JSON-LD.
  const meta = options.meta ?? readPageMeta(doc);
  checkSize(doc, options.maxElements ?? 0);
  if (!doc.documentElement) return emptyExtraction(options.detection);
  removeWidgets(doc);
  const { parsed, originalOf } = parseWithReadability(doc, options.maxElements ?? 0);
  const content = parsed?.content as Element | null | undefined;
  return content ? finish(doc, { ...options, meta }, parsed, content, originalOf) : null;
}

/**
 * A document of our own (a parsed copy of a page, which nothing else reads) as an article: read in
 * place, and where Readability found nothing (having changed it), a fresh copy from `parse` read
 * the clone path's way. The background and the CLI both read pages so.
 */
export function extractOwnCopy(doc: Document, parse: () => Document, options: ExtractOptions = {}): Extraction {
  return extractArticleInPlace(doc, options) ?? extractArticle(parse(), options);
}

/** The extraction from what Readability (or the fallback) found: the article's text, its map through `resolve`, and its facts. */
function finish(
  doc: Document,
  options: ExtractOptions & { meta: PageMeta },
  parsed: Parsed,
  content: Element | null | undefined,
  resolve: (node: Text) => Text | null,
): Extraction {
  const { meta } = options;
  const pageUrl = options.url ?? (/^https?:/.test(doc.URL ?? '') ? doc.URL : null);
  if (content) removeNonArticle(content);
  const map: TextMap = content ? buildTextMap(content, resolve) : { text: '', runs: [] };
  const canonicalUrl = resolveUrl(meta.canonicalUrl, pageUrl);
  const outletUrl = /^https?:/.test(canonicalUrl ?? '') ? canonicalUrl : pageUrl;
  const detection = options.detection ?? { isArticle: map.text.length > 0, reason: 'not checked' };

  const article: ArticleInfo = {
    detected: detection.isArticle && map.text.length > 0,
    reason: detection.isArticle && !map.text.length ? 'no article body found' : detection.reason,
    title: parsed?.title?.trim() || meta.title,
    byline: parsed?.byline?.trim() || meta.author,
    outlet: {
      name: (parsed?.siteName ?? meta.siteName)?.trim() || null,
      domain: outletUrl && options.domainOf ? options.domainOf(outletUrl) : null,
    },
    publishedAt: normaliseDate(parsed?.publishedTime ?? meta.publishedAt),
    language: chooseLanguage(parsed?.lang?.trim() || meta.language, map.text),
    canonicalUrl,
    excerpt: parsed?.excerpt?.trim() || null,
    text: map.text,
    wordCount: countWords(map.text),
  };
  return { article, map };
}
