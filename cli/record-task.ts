/**
 * One `analyze --jsonl` record (cli/jsonl-record.ts) analysed into its output line,
 * `{"id", ...FORMAT.md's keys}`, in a worker thread (cli/worker.ts).
 */
import type { JsonlRecord } from './jsonl-record';
import { toAnalysisJson } from './output';
import { analysePage, analyseText } from './read-file';

/** The output line of a record (without its newline). `threshold` as for readInput(). */
export async function analyseRecord(record: JsonlRecord, threshold?: number): Promise<string> {
  const { article, analysis } =
    'html' in record ? await analysePage(record.html, record.url, threshold) : analyseText(record.text, threshold);
  return JSON.stringify({ id: record.id, ...toAnalysisJson(article, analysis) });
}
