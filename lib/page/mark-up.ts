/** Highlights what the background's analysis found on the live page. */
import type { Extraction } from '../article';
import { PageHighlighter, type AsOurs } from '../highlight/composite';
import type { Highlighter } from '../highlight/highlighter';
import { highlightItems, parseEntityKey } from '../highlight/items';
import type { Analysis } from '../nlp/types';
import { markPageScheme } from '../overlay/scheme';

export interface MarkUp {
  analysis: Analysis;
  highlighter: Highlighter;
  painted: number;
}

export interface PaintOptions {
  /** False analyses without highlighting (turned off for the site or everywhere). */
  paint: boolean;
  namesOnly: boolean;
  /** Runs our changes of the page's DOM (the page watcher's `ours`, so that it does not see them). */
  asOurs?: AsOurs;
}

/**
 * Highlights an analysis on the page through the extraction's text map, in stretches, yielding to
 * the page between them (see PageHighlighter).
 */
export async function paintAnalysisInStretches(
  extraction: Extraction,
  analysis: Analysis,
  doc: Document,
  options: PaintOptions,
  pause: () => Promise<unknown>,
  time: (ms: number) => void,
): Promise<MarkUp> {
  // By the text in the middle of the article: its first runs may be a headline in its own colours.
  const runs = extraction.map.runs;
  markPageScheme(doc, runs[runs.length >> 1]?.node);
  const highlighter = new PageHighlighter(extraction.map, doc, (item) => labelFor(analysis, item.key), options.asOurs);
  const painted =
    analysis.supported && options.paint ? await highlighter.paintInStretches(highlightItems(analysis, options.namesOnly), pause, time) : 0;
  return { analysis, highlighter, painted };
}

function labelFor(analysis: Analysis, key: string): string {
  const e = analysis.entities[parseEntityKey(key)?.entity ?? -1];
  return e ? `${e.name}${e.role ? `, ${e.role}` : ''}: Sourcelight card` : 'Sourcelight card';
}
