/**
 * Reading a page without making it stutter: the content script decides whether the page is an
 * article (cheap), takes a copy of its HTML, and lets the background extract and analyse it; then
 * it finds the article's text nodes on the live page again. Where the background cannot answer
 * (an old browser, an error), the article is extracted here, for the popup to name it, and left
 * unanalysed: the analysis runs only in the background (DESIGN.md: one reading path).
 */
import { detectArticle, readPageMeta, type Extraction } from '../article';
import { RunResolver } from '../article/indexed-map';
import { summariseArticle, type ExtractAnswer, type ExtractRequest, type Result, type TabState } from '../messaging/protocol';
import type { Analysis } from '../nlp/types';
import { readPage } from './read-page';

const RUNS_PER_STRETCH = 300;

export interface RemoteReading {
  state: TabState;
  extraction: Extraction | null;
  /** The analysis, when the background made it (else none: the popup says why). */
  analysis: Analysis | null;
}

export interface RemoteDeps {
  send: (request: ExtractRequest) => Promise<Result<ExtractAnswer> | undefined>;
  /** Yields to the page between stretches of work. */
  pause: () => Promise<unknown>;
  /** Hears how long each stretch took, ms. */
  time: (ms: number) => void;
  /** Hears each stage as it begins, so that a failure can name it. */
  stage?: (name: ReadingStage) => void;
  /** How long to wait for the background's answer before reading here, ms. */
  answerWithin?: number;
}

export type ReadingStage = 'detect' | 'copy' | 'background' | 'local extraction' | 'map';

// The background answers a long page in a second or two; one that has not answered in this long
// is asleep, restarting or stuck, and the page is read here instead.
const ANSWER_WITHIN_MS = 15_000;

/** `promise`, or undefined once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export async function readPageRemote(doc: Document, pageId: string, deps: RemoteDeps, now = Date.now()): Promise<RemoteReading> {
  const stage = deps.stage ?? (() => {});
  stage('detect');
  let t = performance.now();
  const meta = readPageMeta(doc);
  const detection = detectArticle(doc, doc.URL, meta);
  deps.time(performance.now() - t);
  if (!detection.isArticle) {
    return { state: { pageId, article: null, reason: detection.reason, error: null, checkedAt: now }, extraction: null, analysis: null };
  }
  await deps.pause();
  stage('copy');
  t = performance.now();
  const html = doc.documentElement.outerHTML;
  deps.time(performance.now() - t);
  stage('background');
  const request = deps.send({ type: 'page:extract', html, url: doc.URL, detection }).catch(() => undefined);
  const answer = await within(request, deps.answerWithin ?? ANSWER_WITHIN_MS);
  if (!answer?.ok) {
    // Read here instead: slower for the page, but the reader still gets the article.
    await deps.pause();
    stage('local extraction');
    t = performance.now();
    const local = readPage(doc, pageId, now);
    deps.time(performance.now() - t);
    return { ...local, analysis: null };
  }
  const { article, runs, analysis } = answer.value;
  if (!article.detected) {
    return { state: { pageId, article: null, reason: article.reason, error: null, checkedAt: now }, extraction: null, analysis: null };
  }
  await deps.pause();
  stage('map');
  t = performance.now();
  const resolver = new RunResolver(doc.documentElement, article.text);
  deps.time(performance.now() - t);
  // The runs in pieces of a few hundred, the page getting a turn between them.
  for (let i = 0; i < runs.length; i += RUNS_PER_STRETCH) {
    await deps.pause();
    t = performance.now();
    resolver.add(runs.slice(i, i + RUNS_PER_STRETCH));
    deps.time(performance.now() - t);
  }
  const map = resolver.map;
  const summary = summariseArticle(article);
  return { state: { pageId, article: summary, reason: summary.reason, error: null, checkedAt: now }, extraction: { article, map }, analysis };
}
