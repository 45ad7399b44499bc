/** Analyses the extracted article and highlights what it found on the live page. */
import type { Extraction } from '../article';
import { CssHighlighter, nativeHighlightApi } from '../highlight/css-highlights';
import type { Highlighter } from '../highlight/highlighter';
import { highlightItems } from '../highlight/items';
import { WrapHighlighter } from '../highlight/wrap';
import { analyze } from '../nlp/analyze';
import type { Analysis } from '../nlp/types';

export interface MarkUp {
  analysis: Analysis;
  highlighter: Highlighter;
  painted: number;
}

export function markUp(extraction: Extraction, doc: Document): MarkUp {
  const analysis = analyze(extraction.article.text, { language: extraction.article.language });
  const api = nativeHighlightApi();
  const highlighter: Highlighter = api ? new CssHighlighter(extraction.map, doc, api) : new WrapHighlighter(extraction.map, doc);
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
