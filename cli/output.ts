/** The analysis JSON of ../shared/eval/FORMAT.md, and a readable summary of it. */
import type { ArticleInfo } from '../lib/types';

export interface AnalysisJson {
  article: Record<string, unknown>;
  entities: unknown[];
  attributions: unknown[];
}

/** FORMAT.md's `article` part (outlet as its domain), with our extra metadata alongside. */
export function toAnalysisJson(article: ArticleInfo): AnalysisJson {
  return {
    article: {
      detected: article.detected,
      title: article.title,
      byline: article.byline,
      outlet: article.outlet.domain,
      siteName: article.outlet.name,
      publishedAt: article.publishedAt,
      language: article.language,
      canonicalUrl: article.canonicalUrl,
      wordCount: article.wordCount,
      reason: article.reason,
      text: article.text,
    },
    // Filled by the analysis engine (lib/nlp), issue 3.
    entities: [],
    attributions: [],
  };
}

export function summarise(file: string, article: ArticleInfo): string {
  const outlet = [article.outlet.name, article.outlet.domain && `(${article.outlet.domain})`].filter(Boolean).join(' ');
  const lines = [
    `${file}`,
    `  article:   ${article.detected ? 'yes' : 'no'} (${article.reason})`,
    `  title:     ${article.title ?? '—'}`,
    `  byline:    ${article.byline ?? '—'}`,
    `  outlet:    ${outlet || '—'}`,
    `  published: ${article.publishedAt ?? '—'}`,
    `  language:  ${article.language ?? '—'}`,
    `  words:     ${article.wordCount}`,
  ];
  const first = article.text.split('\n\n', 1)[0];
  if (first) lines.push(`  begins:    ${first.length > 100 ? first.slice(0, 100) + '…' : first}`);
  return lines.join('\n');
}
