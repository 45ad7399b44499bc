/**
 * Reading a page without making it stutter: the content script decides whether the page is an
 * article (cheap), takes a copy of its HTML, and lets the background extract and analyse it; then
 * it finds the article's text nodes on the live page again. Where the background cannot answer
 * (asleep, restarting, an error), the page is not read here: the reading says why, and the popup
 * shows it (DESIGN.md: one reading path).
 */
import { i18n } from '#i18n';
import type { Extraction } from '../article/extract';
import { detectArticle } from '../article/detect';
import { RunResolver } from '../article/indexed-map';
import { readPageMeta } from '../article/page-meta';
import type { ArticleDigest } from '../memory/digest';
import type { ExtractAnswer, ExtractRequest, Result, SavedPlacement } from '../messaging/protocol';
import type { Analysis } from '../nlp/types';

const RUNS_PER_STRETCH = 300;

/** What reading the page came to: no article, no answer from the background, or the article read. */
export type RemoteReading =
  | { kind: 'not-article'; reason: string }
  | { kind: 'unread'; error: string }
  | {
      kind: 'read';
      extraction: Extraction;
      analysis: Analysis;
      digest: ArticleDigest;
      saved?: SavedPlacement | null;
      took?: Record<string, number>;
    };

export interface RemoteDeps {
  send: (request: ExtractRequest) => Promise<Result<ExtractAnswer> | undefined>;
  /** Yields to the page between stretches of work. */
  pause: () => Promise<unknown>;
  /** Hears how long each stretch took, ms. */
  time: (ms: number) => void;
  /** Hears each stage as it begins, so that a failure can name it. */
  stage?: (name: ReadingStage) => void;
  /** How long to wait for the background's answer, ms. */
  answerWithin?: number;
}

export type ReadingStage = 'detect' | 'copy' | 'background' | 'map';

// The background answers a long page in a second or two; one that has not answered in this long
// is asleep, restarting or stuck.
const ANSWER_WITHIN_MS = 15_000;

/** What the popup shows when the background did not answer: what happened and what to do. */
export const noAnswer = () => i18n.t('error.noAnswer');

/** `promise`, or undefined once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Runs `work` as one timed stretch. */
function timed<T>(deps: RemoteDeps, work: () => T): T {
  const t = performance.now();
  try {
    return work();
  } finally {
    deps.time(performance.now() - t);
  }
}

/** The background's steps with the messages' way there and back, from when it says it had the page and answered. */
function transit(took: Record<string, number> | undefined, sentAt: number, receivedAt: number): Record<string, number> | undefined {
  if (!took?.arrived || !took.answered) return took;
  const { arrived, answered, ...steps } = took;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { there: round(arrived - sentAt), ...steps, back: round(receivedAt - answered) };
}

export async function readPageRemote(doc: Document, deps: RemoteDeps): Promise<RemoteReading> {
  const stage = deps.stage ?? (() => {});
  stage('detect');
  const detection = timed(deps, () => detectArticle(doc, doc.URL, readPageMeta(doc)));
  if (!detection.isArticle) return { kind: 'not-article', reason: detection.reason };
  await deps.pause();
  stage('copy');
  const html = timed(deps, () => doc.documentElement.outerHTML);
  stage('background');
  const sentAt = performance.timeOrigin + performance.now();
  const request = deps.send({ type: 'page:extract', html, url: doc.URL, detection }).catch(() => undefined);
  const answer = await within(request, deps.answerWithin ?? ANSWER_WITHIN_MS);
  if (!answer) return { kind: 'unread', error: noAnswer() };
  if (!answer.ok) return { kind: 'unread', error: i18n.t('error.notExtracted', [answer.error]) };
  const { article, runs, analysis, digest, saved } = answer.value;
  const took = transit(answer.value.took, sentAt, performance.timeOrigin + performance.now());
  if (!article.detected) return { kind: 'not-article', reason: article.reason };
  await deps.pause();
  stage('map');
  const resolver = timed(deps, () => new RunResolver(doc.documentElement, article.text));
  // The runs in pieces of a few hundred, the page getting a turn between them.
  for (let i = 0; i < runs.length; i += RUNS_PER_STRETCH) {
    await deps.pause();
    timed(deps, () => resolver.add(runs.slice(i, i + RUNS_PER_STRETCH)));
  }
  return { kind: 'read', extraction: { article, map: resolver.map }, analysis, digest, saved, took };
}
