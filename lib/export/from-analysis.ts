/**
 * The machine's reading of an article as a saved article: one `attribution` annotation per claim
 * the analysis found, unreviewed, and the entities with how often each is named.
 */
import { selectorFor } from '../anchoring/selectors';
import type { AttributionData, SavedAnnotation, SavedArticle, SavedEntity } from '../library/types';
import { claimOf } from '../memory/claim';
import type { Analysis, Attribution, Entity } from '../nlp/types';
import type { ArticleInfo } from '../types';
import { uuidV5 } from './uuid-v5';

// One canonical selector builder (lib/anchoring/selectors.ts); re-exported for the export modules' callers.
export { selectorFor };

/**
 * The id of the annotation on text[start, end) of the article at `url`: a version-5 UUID of the
 * RFC 5147 fragment URL (`url#char=start,end`), so it is the same on every save and export.
 * `disambiguator` tells apart two claims on one span (two speakers of one statement).
 */
export function annotationId(url: string, start: number, end: number, disambiguator?: string): string {
  const name = `${url}#char=${start},${end}${disambiguator ? `;${disambiguator}` : ''}`;
  return `urn:uuid:${uuidV5(name)}`;
}

function machineData(a: Attribution, entities: Entity[]): AttributionData {
  const { speaker, source, sourceType, cue, content, direct } = claimOf(a);
  const named = speaker ? entities.find((e) => e.name === speaker) : undefined;
  return { speaker, source, sourceType, cue, content, direct, role: named?.role ?? null };
}

function savedEntity(e: Entity): SavedEntity {
  return { name: e.name, kind: e.kind, role: e.role, official: e.official, mentions: e.mentions.length };
}

/** The article and the analysis of its text, as the library saves it; `now` stamps it (ISO 8601, UTC). */
export function savedFromAnalysis(article: ArticleInfo, analysis: Analysis, now: string): SavedArticle {
  const url = article.canonicalUrl;
  // Saved articles are keyed by URL: one without would merge with every other one without.
  if (!url) throw new TypeError('savedFromAnalysis: the article has no URL (canonicalUrl); give it the page or file URL');
  const seen = new Set<string>();
  const annotations: SavedAnnotation[] = [];
  for (const a of analysis.attributions) {
    const { start, end } = a.content;
    let id = annotationId(url, start, end);
    if (seen.has(id)) id = annotationId(url, start, end, `cue=${a.cue.start}`);
    if (seen.has(id)) continue; // the same claim twice: one annotation is the truth of it
    seen.add(id);
    annotations.push({
      id,
      type: 'attribution',
      selector: selectorFor(article.text, start, end),
      machine: machineData(a, analysis.entities),
      correction: null,
      verdict: 'unreviewed',
      note: '',
      tags: [],
      created: now,
      modified: now,
    });
  }
  return {
    url,
    title: article.title,
    byline: article.byline,
    outlet: article.outlet.domain ?? '',
    outletName: article.outlet.name,
    publishedAt: article.publishedAt,
    language: article.language,
    text: article.text,
    entities: analysis.entities.map(savedEntity),
    annotations,
    tags: [],
    savedAt: now,
    updatedAt: now,
  };
}
