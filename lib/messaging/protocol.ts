/**
 * Every message between the extension's contexts: plain serialisable data. Two maps, one per
 * direction, from each message type to its request and its answer: `ask` (./ask.ts) and the
 * handler tables (lib/background/router.ts, ./answer-page.ts) are typed by them, so a caller
 * cannot send a wrong request nor read a wrong answer. The requests are validated where they
 * arrive (./schemas.ts).
 */
import type { ImportOutcome } from '../library/store';
import type { SavedAnnotation, SavedArticle } from '../library/types';
import type { ArticleDigest } from '../memory/digest';
import type { Analysis, SourceType } from '../nlp/types';
import type { CoverageAnswer } from '../services/gdelt';
import type { KnowledgeReply, KnowledgeRequest } from '../services/knowledge';
import type { ArticleInfo } from '../types';

/** Messages to the background (runtime.sendMessage), answered with a Result of `answer`. */
export interface ToBackground {
  /** content: the page in the sender's tab was read; `state` is what was found. Answers the state as stored. */
  'page:read': { request: { state: TabState }; answer: TabState };
  /**
   * content: a page is about to be read. Wakes the background (a stopped service worker starts while
   * the page waits for idle and copies itself) and readies the analysis; answers at once.
   */
  'page:warm': { request: Record<never, never>; answer: null };
  /** content: extract and analyse this copy of the page (it stays in the browser). */
  'page:extract': { request: { html: string; url: string; detection: { isArticle: boolean; reason: string } }; answer: ExtractAnswer };
  /** popup: what was found in tab `tabId`? Null when nothing, or when the tab has moved on to another document. */
  'tab:get': { request: { tabId: number }; answer: TabState | null };
  /** popup/options: forget remembered articles, at once. Answers how many were forgotten. */
  'memory:forget': { request: { scope: ForgetScope }; answer: number };
  /** popup: GDELT's coverage of a name, if the reader allowed it. */
  'coverage:online': { request: { name: string }; answer: CoverageAnswer };
  /**
   * card/popup: who is this person (Wikidata, Wikipedia)? Sent only with the reader's consent, or
   * `once` for the one lookup they asked for by a click.
   */
  'knowledge:lookup': { request: { request: KnowledgeRequest; once?: boolean }; answer: KnowledgeReply };
  /**
   * card: "Always look up". Saved when the browser has granted the hosts already; else the options
   * page opens (a page cannot raise the browser's prompt). Answers whether it was saved.
   */
  'knowledge:allow': { request: Record<never, never>; answer: boolean };
  /** card: open the options page, where a yes raises the browser's prompt. */
  'options:open': { request: Record<never, never>; answer: null };
  /**
   * content: save the article read on this page (again), at its remembered address (canonicalUrl).
   * The background makes the library's record of the reading (lib/export/from-analysis.ts), so that
   * the content script every page loads carries none of it; answers the record as stored, merged
   * with the researcher's earlier work, and its annotations placed in the text sent.
   */
  'library:save': {
    request: { article: ArticleInfo & { canonicalUrl: string }; analysis: Analysis };
    answer: { saved: SavedArticle; placement: SavedPlacement };
  };
  /** library page: put the researcher's version of one annotation. */
  'library:annotate': { request: { url: string; annotation: SavedAnnotation }; answer: SavedArticle };
  /** library page: delete (to the trash), or bring back. Answers whether there was one. */
  'library:delete': { request: { url: string }; answer: boolean };
  'library:undo': { request: { url: string }; answer: boolean };
  /** library page: merge articles in (each validated again by the store, and refused alone). */
  'library:import': { request: { articles: SavedArticle[] }; answer: ImportOutcome };
  /**
   * content: the annotations of this page's article's saved version, placed in the article text as
   * the page reads it (null: not saved). The background anchors them (lib/library/placement.ts), so
   * that the content script carries no fuzzy matching.
   */
  'library:place': { request: { url: string; text: string }; answer: SavedPlacement | null };
}

/** Messages to a tab's content script (tabs.sendMessage), answered with a Result of `answer` too. */
export interface ToPage {
  /** background: which document are you? (A tab with no content script answers nothing.) */
  'page:ping': { request: Record<never, never>; answer: PingAnswer };
  /** popup/background: save the article on this page to the library. */
  'page:save': { request: Record<never, never>; answer: SavedArticle };
}

type Protocol = ToBackground & ToPage;
export type BackgroundType = keyof ToBackground;
export type PageType = keyof ToPage;
/** The message of type K as it is sent: its type and its request's fields. */
export type RequestOf<K extends keyof Protocol> = { type: K } & Protocol[K]['request'];
export type AnswerOf<K extends keyof Protocol> = Protocol[K]['answer'];
/** Any message to the background, or to a page. */
export type BackgroundMessage = { [K in BackgroundType]: RequestOf<K> }[BackgroundType];
export type PageMessage = { [K in PageType]: RequestOf<K> }[PageType];

/** What the popup and the badge need to know of a page's article (not its text). */
export type ArticleSummary = Pick<
  ArticleInfo,
  'title' | 'byline' | 'outlet' | 'publishedAt' | 'language' | 'canonicalUrl' | 'wordCount' | 'reason'
>;

/** What the content script found in one tab. */
export interface TabState {
  /** Names the document the content script read (random, per page load): a state is current only
   * while the tab's content script answers a ping with the same id. */
  pageId: string;
  /** The page's host, for the per-site switch in the popup (the popup cannot see tab URLs). */
  host?: string;
  /** The article, or null when the page is not one. */
  article: ArticleSummary | null;
  /** Why the page is not an article, or what went wrong reading it. */
  reason: string;
  /** Set when reading the page failed: the popup says so rather than "no article". */
  error: string | null;
  checkedAt: number;
  /** What the analysis found and the page shows: counts only (names and text stay in the page). */
  found?: Found;
  /** The entities and claims, for the popup's list and for remembering (it stays in the browser). */
  digest?: ArticleDigest;
  /** The article is in the research library: its annotations placed on this page, and those that could not be. */
  saved?: SavedOnPage;
  /** How long our work blocked the page, and when it was done (for `npm run corpus`). */
  timing?: Timing;
}

export interface Timing {
  /** The longest stretch of our work that ran without yielding to the page, ms. */
  longestTaskMs: number;
  /** From the page's load event to highlights painted, ms. */
  msToDone: number;
  /** Each stretch in order (read the page, build the lexicons, analyse, paint), ms. */
  stages?: number[];
  /** When each phase of the reading began (e.g. 'idle', 'detect', 'background', 'map', 'paint'), ms after the load event. */
  phases?: Record<string, number>;
  /** How long the background took for each step of its answer, ms (ExtractAnswer's took). */
  background?: Record<string, number>;
}

/** The article's sourcing in numbers: the summary a reader sees in the popup. */
export interface Found {
  people: number;
  officials: number;
  claims: number;
  highlights: number;
  supported: boolean;
  /** Claims by the kind of source they rest on. */
  bySourceType: Record<SourceType, number>;
  direct: number;
  reported: number;
}

export interface SavedOnPage {
  savedAt: string;
  placed: number;
  orphans: Array<{ quote: string; note: string; speaker: string | null }>;
}

/** A saved version's annotations placed in the article text the page reads, for the page to paint. */
export interface SavedPlacement {
  savedAt: string;
  /** Where each placed annotation lies in the article text: [start, end) in characters. */
  ranges: Array<[number, number]>;
  /** Those that could not be placed, for the popup to list. */
  orphans: SavedOnPage['orphans'];
}

/** A lookup's answer, or why none was made (declared with the lookup, in lib/services/knowledge.ts). */
export type { KnowledgeReply } from '../services/knowledge';

/** One article (by canonical URL), every article of one outlet, or everything. */
export type ForgetScope = { article: string } | { outlet: string } | { all: true };

export interface PingAnswer {
  pageId: string;
  /** The page's host, for the per-site switch in the popup (the popup cannot see tab URLs). */
  host?: string;
}

export type { Result } from './result';

export function summariseArticle(article: ArticleInfo): ArticleSummary {
  const { title, byline, outlet, publishedAt, language, canonicalUrl, wordCount, reason } = article;
  return { title, byline, outlet, publishedAt, language, canonicalUrl, wordCount, reason };
}

export type ExtractRequest = RequestOf<'page:extract'>;

export interface ExtractAnswer {
  article: ArticleInfo;
  /** The text map by text-node index (lib/article/indexed-map.ts). */
  runs: Array<[number, number, number, number]>;
  analysis: Analysis;
  /** What the store keeps of the analysis (lib/memory/digest.ts): the page reports it back with its state. */
  digest: ArticleDigest;
  /**
   * The library's saved version of this article placed in its text (null: none saved), looked up by
   * the background with the extraction so that the page need not ask; absent when the lookup failed
   * (the page asks).
   */
  saved?: SavedPlacement | null;
  /** How long the background took for each step of it (parse, extract, analyze, runs, saved), ms: for `npm run corpus`. */
  took?: Record<string, number>;
}
