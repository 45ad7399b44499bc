/**
 * One input file of `analyze [--out DIR] FILE...` turned into what the run writes for it: its
 * analysis JSON (--out) or its summary. The same function runs on the main thread and in the
 * worker threads (cli/worker.ts), so that a file gives the same bytes wherever it was analysed.
 */
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
  return mode === 'json' ? JSON.stringify(toAnalysisJson(article, analysis), null, 1) + '\n' : summarise(file, article, analysis) + '\n';
}
