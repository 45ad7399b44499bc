/**
 * sourcelight analyze: `npm run --silent analyze -- [--out DIR] FILE...`
 * Writes DIR/<name>.json per file (../shared/eval/FORMAT.md), or prints a summary without --out.
 * A file that cannot be read or analysed gets a one-line error; the others are still done, and
 * the exit code is 1 when any failed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { summarise, toAnalysisJson } from './output';
import { readInput } from './read-file';

const USAGE = 'usage: npm run --silent analyze -- [--out DIR] FILE...';

function outputName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '') + '.json';
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
  }
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (e) {
    console.error(`analyze: ${describe(e)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help || !files.length) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.out) await mkdir(values.out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const { article, analysis } = await readInput(file);
      if (values.out) {
        await writeFile(path.join(values.out, outputName(file)), JSON.stringify(toAnalysisJson(article, analysis), null, 1) + '\n');
      } else {
        console.log(summarise(file, article, analysis) + '\n');
      }
    } catch (e) {
      failed++;
      console.error(`analyze: ${file}: ${describe(e)}`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`analyze: ${describe(e)}`);
    process.exit(1);
  },
);
