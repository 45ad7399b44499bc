/** Analyses the extracted article and highlights what it found on the live page. */
import type { Extraction } from '../article';
import { PageHighlighter } from '../highlight/composite';
import type { Highlighter } from '../highlight/highlighter';
import { highlightItems, parseEntityKey } from '../highlight/items';
import { analyze } from '../nlp/analyze';
import type { Analysis } from '../nlp/types';

export interface MarkUp {
  analysis: Analysis;
  highlighter: Highlighter;
  painted: number;
}

export function markUp(extraction: Extraction, doc: Document): MarkUp {
  const analysis = analyze(extraction.article.text, { language: extraction.article.language });
  const highlighter: Highlighter = new PageHighlighter(extraction.map, doc, (item) => {
    const e = analysis.entities[parseEntityKey(item.key)?.entity ?? -1];
    return e ? `${e.name}${e.role ? `, ${e.role}` : ''}: Sourcelight card` : 'Sourcelight card';
  });
  const painted = analysis.supported ? highlighter.paint(highlightItems(analysis)) : 0;
  return { analysis, highlighter, painted };
}

export function countFound(analysis: Analysis, painted: number) {
  const people = analysis.entities.filter((e) => e.kind === 'person');
  return {
    people: people.length,
    officials: people.filter((p) => p.official).length,
    claims: analysis.attributions.length,
    highlights: painted,
    supported: analysis.supported,
  };
}
