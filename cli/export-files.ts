/**
 * `analyze --export jsonld|csv|jsonl --out FILE|- FILE...`: the files' saved articles (the
 * machine's annotations, unreviewed) in one export, as the library page would write them.
 * Imported by cli/analyze.ts only for an export, with the export formats and their schema.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toCsv } from '../lib/export/csv';
import { savedFromAnalysis } from '../lib/export/from-analysis';
import { toWebAnnotations } from '../lib/export/jsonld';
import { toJsonLines } from '../lib/export/jsonl';
import { fitToLimits } from '../lib/library/fit-limits';
import type { SavedArticle } from '../lib/library/types';
import { writeAtomically } from './atomic-write';
import { describe } from './describe-error';
import { watchOutput } from './stdout-closed';
import { exportTime, sourceDateEpoch } from './export-time';
import { readInput } from './read-file';

const EXPORTS: Record<string, (articles: SavedArticle[]) => string> = {
  jsonld: (articles) => JSON.stringify(toWebAnnotations(articles), null, 1) + '\n',
  csv: toCsv,
  jsonl: toJsonLines,
};

/** The files as one export: articles without a URL of their own are named by their file's URL. */
export async function exportFiles(format: string, out: string | undefined, files: string[], usage: string): Promise<number> {
  const write = Object.hasOwn(EXPORTS, format) ? EXPORTS[format] : undefined;
  if (!write) {
    console.error(`analyze: unknown export format '${format}' (jsonld, csv or jsonl)\n${usage}`);
    return 2;
  }
  if (!out) {
    console.error(`analyze: --export needs --out FILE (or --out - for standard output)\n${usage}`);
    return 2;
  }
  let epoch: string | null;
  try {
    epoch = sourceDateEpoch(process.env.SOURCE_DATE_EPOCH);
  } catch (e) {
    console.error(`analyze: ${describe(e)}`);
    return 2;
  }
  const articles: SavedArticle[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const { article, analysis } = await readInput(file);
      const url = article.canonicalUrl ?? pathToFileURL(path.resolve(file)).href;
      // The library's one set of limits (an over-long title cut, as on saving): what is exported imports back.
      const fitted = fitToLimits(savedFromAnalysis({ ...article, canonicalUrl: url }, analysis, await exportTime(file, epoch)));
      if (!fitted.ok) throw new Error(fitted.error);
      articles.push(fitted.value);
    } catch (e) {
      failed++;
      console.error(`analyze: ${file}: ${describe(e)}`);
    }
  }
  const text = write(articles);
  try {
    if (out === '-') {
      watchOutput();
      process.stdout.write(text);
    } else await writeAtomically(out, text);
  } catch (e) {
    console.error(`analyze: ${out}: ${describe(e)}`);
    return 1;
  }
  return failed ? 1 : 0;
}
