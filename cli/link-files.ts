/**
 * `analyze --link FILE...`: one file at a time on this thread, since Wikimedia asks scripts to look
 * people up one at a time. Imported only by a --link run (cli/analyze.ts).
 */
import path from 'node:path';
import { writeAtomicallySync } from './atomic-write';
import { describe } from './describe-error';
import { fileOutput } from './file-task';
import { outputName } from './files';
import { linkPeople, type Lookup } from './link';
import { readInput } from './read-file';
import { outputClosed, watchOutput } from './stdout-closed';

export async function linkFiles(
  files: string[],
  linker: { lookup: Lookup; notes: () => string[] },
  out: string | undefined,
  threshold: number | undefined,
): Promise<number> {
  let failed = 0;
  if (!out) watchOutput();
  for (const file of files) {
    // The summaries' reader gone (`… | head`): the people of the files left are not looked up.
    if (!out && outputClosed()) break;
    try {
      const { article, analysis } = await readInput(file, threshold);
      const links = await linkPeople(analysis, article.publishedAt, linker.lookup);
      const text = fileOutput(out ? 'json' : 'summary', file, article, analysis, links);
      if (out) writeAtomicallySync(path.join(out, outputName(file)), text);
      else console.log(text);
    } catch (e) {
      failed++;
      console.error(`analyze: ${file}: ${describe(e)}`);
    }
  }
  for (const note of linker.notes()) console.error(note);
  return failed ? 1 : 0;
}
