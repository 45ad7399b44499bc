/**
 * The judge's training rows, shared by npm run train (scripts/train.ts) and the error listing
 * (scripts/judge-errors.ts): the rules run over each article with the judge off, so that every
 * candidate is seen, and each is labelled as scripts/polnear.ts says (trueClaims).
 */
import { analyze } from '../lib/nlp/analyze';
import type { Attribution } from '../lib/nlp/types';
import { pairCandidates, trueClaims, type Article, type Pairing } from './polnear';

export interface Labelled {
  features: number[][];
  labels: number[];
  /** Per article: its candidates' row numbers and their pairing with the gold relations. */
  articles: Array<{ rows: number[]; pairing: Pairing }>;
  /** Each row's candidate and the name of its article (for reading the errors). */
  candidates: Array<{ a: Attribution; article: string }>;
}

/** The rules' candidates over a split (judge off), their features and their labels. */
export function candidatesOf(articles: Article[]): Labelled {
  const out: Labelled = { features: [], labels: [], articles: [], candidates: [] };
  for (const { name, text, gold } of articles) {
    const found: Array<{ a: Attribution; f: readonly number[] }> = [];
    analyze(text, { judge: false, threshold: 0, onCandidate: (a, f) => found.push({ a, f }) });
    const spans = found.map(({ a }) => ({
      content: [a.content.start, a.content.end] as [number, number],
      source: a.source ? ([a.source.start, a.source.end] as [number, number]) : null,
    }));
    const pairing = pairCandidates(text, spans, gold);
    const correct = trueClaims(text, spans, gold);
    const rows = found.map(({ a, f }, p) => {
      out.features.push([...f]);
      out.labels.push(correct.has(p) ? 1 : 0);
      out.candidates.push({ a, article: name });
      return out.features.length - 1;
    });
    out.articles.push({ rows, pairing });
  }
  return out;
}
