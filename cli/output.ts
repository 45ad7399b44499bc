/** The analysis JSON of ../shared/eval/FORMAT.md, and a readable summary of it. */
import type { Analysis } from '../lib/nlp/types';
import type { ArticleInfo } from '../lib/types';
import { describeLink, type PersonLink } from './link';

export interface AnalysisJson {
  article: Record<string, unknown>;
  entities: unknown[];
  attributions: unknown[];
  /** The rules' candidates the judge did not show, with their confidence (scorers ignore them). */
  candidates: unknown[];
}

/**
 * FORMAT.md's document: the `article` part (outlet as its domain, with our extra metadata alongside) and the analysis.
 * With `links` (--link), each person looked up gets `wikidata` and `wikidataStatus` beside FORMAT.md's keys (cli/link.ts).
 */
export function toAnalysisJson(article: ArticleInfo, analysis: Analysis, links?: Map<number, PersonLink>): AnalysisJson {
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
      analysedAs: analysis.language,
      supported: analysis.supported,
      text: article.text,
    },
    entities: links ? analysis.entities.map((e, i) => ({ ...e, ...links.get(i) })) : analysis.entities,
    attributions: analysis.attributions,
    candidates: analysis.candidates,
  };
}

export function summarise(file: string, article: ArticleInfo, analysis: Analysis, links?: Map<number, PersonLink>): string {
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
  if (!analysis.supported) {
    lines.push(`  analysis:  not supported for language ${analysis.language}`);
    return lines.join('\n');
  }
  const people = analysis.entities.flatMap((e, i) => (e.kind === 'person' ? [{ p: e, link: links?.get(i) }] : []));
  lines.push(`  people:    ${people.length ? '' : '—'}`);
  for (const { p, link } of people) {
    lines.push(`    ${p.name}${p.role ? ` (${p.role})` : ''}${p.official ? ' [official]' : ''} ×${p.mentions.length}`);
    if (link) lines.push(`      ${describeLink(link)}`);
  }
  lines.push(`  claims:    ${analysis.attributions.length ? '' : '—'}`);
  for (const a of analysis.attributions) {
    const content = a.content.text.length > 70 ? a.content.text.slice(0, 70) + '…' : a.content.text;
    const relay = a.relay ? ` → via ${a.relay.source.text}` : '';
    lines.push(
      `    ${a.speaker ?? a.source?.text ?? '?'} [${a.sourceType}] ${a.cue.text}: ${a.direct ? '“' + content + '”' : content}${relay} (${a.confidence.toFixed(2)})`,
    );
  }
  if (analysis.candidates.length) lines.push(`  not shown: ${analysis.candidates.length} candidate claims under the judge's threshold`);
  return lines.join('\n');
}
