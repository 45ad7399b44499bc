/**
 * One input file of `analyze [--out DIR] FILE...` turned into what the run writes for it: its
 * analysis JSON (--out) or its summary. The same function runs on the main thread and in the
 * worker threads (cli/worker.ts), so that a file gives the same bytes wherever it was analysed.
 */
import type { Analysis } from '../lib/nlp/types';
import type { ArticleInfo } from '../lib/types';
import type { PersonLink } from './link';
import { summarise, toAnalysisJson } from './output';
import { readInput } from './read-file';

export type FileMode = 'json' | 'summary';

export interface FileTask {
  seq: number;
  file: string;
  mode: FileMode;
}

export async function analyseFile({ file, mode }: FileTask, threshold?: number): Promise<string> {
  const { article, analysis } = await readInput(file, threshold);
  return fileOutput(mode, file, article, analysis);
}

/** What the run writes for one file: its analysis JSON, or its summary (with the people's links under --link). */
export function fileOutput(
  mode: FileMode,
  file: string,
  article: ArticleInfo,
  analysis: Analysis,
  links?: Map<number, PersonLink>,
): string {
  return mode === 'json'
    ? JSON.stringify(toAnalysisJson(article, analysis, links), null, 1) + '\n'
    : summarise(file, article, analysis, links) + '\n';
}
