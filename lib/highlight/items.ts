/** What the analysis asks to highlight: every mention of a source, and every claim's content. */
import type { Analysis } from '../nlp/types';
import type { HighlightItem, HighlightStyle } from './highlighter';

/** With `namesOnly`, people and sources are highlighted but claims are not. */
export function highlightItems(analysis: Analysis, namesOnly = false): HighlightItem[] {
  const items: HighlightItem[] = [];
  analysis.entities.forEach((entity, i) => {
    let style: HighlightStyle | null = null;
    if (entity.kind === 'person') style = entity.official ? 'official' : 'person';
    else if (entity.kind === 'organization' || entity.kind === 'media') style = 'institution';
    else if (entity.kind === 'group') style = 'anonymous';
    // Places are not sources (a capital that speaks is highlighted through its claim).
    if (!style) return;
    entity.mentions.forEach((m, k) => items.push({ style, start: m.start, end: m.end, key: `e${i}.${k}` }));
  });
  if (namesOnly) return items;
  analysis.attributions.forEach((a, i) => {
    items.push({ style: a.direct ? 'quote' : 'claim', start: a.content.start, end: a.content.end, key: `a${i}` });
  });
  return items;
}

/** The entity index and mention index of an item key ("e3.1"), or null for a claim's key. */
export function parseEntityKey(key: string): { entity: number; mention: number } | null {
  const m = /^e(\d+)\.(\d+)$/.exec(key);
  return m ? { entity: Number(m[1]), mention: Number(m[2]) } : null;
}
