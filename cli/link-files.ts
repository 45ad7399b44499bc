/**
 * `analyze --link FILE...`: one file at a time on this thread, since Wikimedia asks scripts to look
 * people up one at a time. Imported only by a --link run (cli/analyze.ts).
 */
import { writeAtomicallySync } from './atomic-write';
import { describe } from './describe-error';
import { fileOutput } from './file-task';
import { outputPaths } from './files';
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
  const paths = out ? outputPaths(files, out) : [];
  for (const [i, file] of files.entries()) {
    // The summaries' reader gone (`… | head`, watched only without --out): the people of the files left are not looked up.
    if (outputClosed()) break;
    try {
      const { article, analysis } = await readInput(file, threshold);
      const links = await linkPeople(analysis, article.publishedAt, linker.lookup);
      const text = fileOutput(out ? 'json' : 'summary', file, article, analysis, links);
      if (out) writeAtomicallySync(paths[i]!, text);
      else console.log(text);
    } catch (e) {
      failed++;
      console.error(`analyze: ${file}: ${describe(e)}`);
    }
  }
  for (const note of linker.notes()) console.error(note);
  return failed ? 1 : 0;
}
