/** The one entry of lib/nlp: article text in, entities and attributions out. Pure: no DOM, no I/O. */
import type { Analysis, AnalyzeOptions } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  // Placeholder until the engine lands (issue 3): finds nothing.
  void text;
  return { language: options.language ?? null, supported: true, entities: [], attributions: [] };
}
