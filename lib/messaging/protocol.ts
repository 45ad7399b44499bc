/** Every message between the extension's contexts: plain serialisable data, one line of doc each. */
import type { SavedAnnotation, SavedArticle } from '../library/types';
import type { ArticleDigest } from '../memory/digest';
import type { Analysis, SourceType } from '../nlp/types';
import type { KnowledgeAnswer, KnowledgeRequest } from '../services/knowledge';
import type { ArticleInfo } from '../types';

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

export type Message =
  /** content → background: the page in the sender's tab was read; `state` is what was found. */
  | { type: 'page:read'; state: TabState }
  /** popup → background: what was found in tab `tabId`? Answers Result<TabState | null>. */
  | { type: 'tab:get'; tabId: number }
  /** popup/options → background: forget remembered articles, at once. Answers Result<number> (articles forgotten). */
  | { type: 'memory:forget'; scope: ForgetScope }
  /** popup → background: GDELT's coverage of a name, if the reader allowed it. Answers Result<CoverageAnswer>. */
  | { type: 'coverage:online'; name: string }
  /**
   * card/popup → background: who is this person (Wikidata, Wikipedia)? Sent only with the reader's
   * consent, or `once` for the one lookup they asked for by a click. Answers Result<KnowledgeReply>.
   */
  | { type: 'knowledge:lookup'; request: KnowledgeRequest; once?: boolean };

export interface SavedOnPage {
  savedAt: string;
  placed: number;
  orphans: Array<{ quote: string; note: string; speaker: string | null }>;
}

/** Messages of the research library (the background is its only writer). */
export type LibraryMessage =
  /** content → background: save this article (again). Answers Result<SavedArticle>. */
  | { type: 'library:save'; article: SavedArticle }
  /** library page → background: put the researcher's version of one annotation. Answers Result<SavedArticle>. */
  | { type: 'library:annotate'; url: string; annotation: SavedAnnotation }
  /** library page → background: delete (to the trash) or bring back. Answers Result<boolean>. */
  | { type: 'library:delete'; url: string }
  | { type: 'library:undo'; url: string }
  /** library page → background: merge validated articles in. Answers Result<ImportOutcome> (lib/library/store.ts). */
  | { type: 'library:import'; articles: SavedArticle[] }
  /** content → background: the saved version of this page's article, to place its annotations. Answers Result<SavedArticle | null>. */
  | { type: 'library:get'; url: string };

export function isLibraryMessage(value: unknown): value is LibraryMessage {
  const m = value as { type?: unknown; url?: unknown; article?: unknown; annotation?: unknown; articles?: unknown } | null;
  if (!m || typeof m !== 'object' || typeof m.type !== 'string' || !m.type.startsWith('library:')) return false;
  switch (m.type) {
    case 'library:save':
      return !!m.article && typeof m.article === 'object';
    case 'library:annotate':
      return typeof m.url === 'string' && !!m.annotation && typeof m.annotation === 'object';
    case 'library:delete':
    case 'library:undo':
    case 'library:get':
      return typeof m.url === 'string';
    case 'library:import':
      return Array.isArray(m.articles);
    default:
      return false;
  }
}

/** popup/background → content: save the article on this page to the library. Answers Result<SavedArticle>. */
export interface SaveQuery {
  type: 'page:save';
}

export function isSaveQuery(value: unknown): value is SaveQuery {
  return !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'page:save';
}

/** A lookup's answer, or why none was made. */
export type KnowledgeReply = KnowledgeAnswer | { status: 'not-allowed' };

/** One article (by canonical URL), every article of one outlet, or everything. */
export type ForgetScope = { article: string } | { outlet: string } | { all: true };

/** background → content: which document are you? Answers PingAnswer. */
export interface PageQuery {
  type: 'page:ping';
}
export interface PingAnswer {
  pageId: string;
  /** The page's host, for the per-site switch in the popup (the popup cannot see tab URLs). */
  host?: string;
}

/** Handlers that can fail answer with a result the UI can show, not a thrown exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function isMessage(value: unknown): value is Message {
  if (!value || typeof value !== 'object') return false;
  const m = value as { type?: unknown; state?: unknown; tabId?: unknown };
  if (m.type === 'page:read') return !!m.state && typeof m.state === 'object';
  if (m.type === 'tab:get') return typeof m.tabId === 'number';
  if (m.type === 'memory:forget') return isForgetScope((value as { scope?: unknown }).scope);
  if (m.type === 'coverage:online') return typeof (value as { name?: unknown }).name === 'string';
  if (m.type === 'knowledge:lookup') return isKnowledgeRequest((value as { request?: unknown }).request);
  return false;
}

function isKnowledgeRequest(r: unknown): r is KnowledgeRequest {
  if (!r || typeof r !== 'object') return false;
  const { name, context } = r as { name?: unknown; context?: { organizations?: unknown; places?: unknown } };
  return typeof name === 'string' && !!context && Array.isArray(context.organizations) && Array.isArray(context.places);
}

function isForgetScope(scope: unknown): scope is ForgetScope {
  if (!scope || typeof scope !== 'object') return false;
  const s = scope as Record<string, unknown>;
  return typeof s.article === 'string' || typeof s.outlet === 'string' || s.all === true;
}

export function isPageQuery(value: unknown): value is PageQuery {
  return !!value && typeof value === 'object' && (value as { type?: unknown }).type === 'page:ping';
}

export function summariseArticle(article: ArticleInfo): ArticleSummary {
  const { title, byline, outlet, publishedAt, language, canonicalUrl, wordCount, reason } = article;
  return { title, byline, outlet, publishedAt, language, canonicalUrl, wordCount, reason };
}

/** content → background: extract and analyse this copy of the page (it stays in the browser). */
export interface ExtractRequest {
  type: 'page:extract';
  html: string;
  url: string;
  detection: { isArticle: boolean; reason: string };
}

export interface ExtractAnswer {
  article: ArticleInfo;
  /** The text map by text-node index (lib/article/indexed-map.ts). */
  runs: Array<[number, number, number, number]>;
  analysis: Analysis;
}

export function isExtractRequest(value: unknown): value is ExtractRequest {
  const m = value as Partial<ExtractRequest> | null;
  return !!m && m.type === 'page:extract' && typeof m.html === 'string' && typeof m.url === 'string' && !!m.detection;
}
