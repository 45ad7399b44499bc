/**
 * sourcelight analyze: `npm run --silent analyze -- [--out DIR] FILE...`
 * Writes DIR/<name>.json per file (../shared/eval/FORMAT.md), or prints a summary without --out.
 * With `--export jsonld|csv|jsonl --out FILE` (or `--out -` for stdout) it writes the files' saved
 * articles (the machine's annotations, unreviewed) in one export, as the library page would,
 * stamped with SOURCE_DATE_EPOCH or else each file's modification time (export-time.ts), so that
 * the same files give the same export.
 * `--threshold X` (0 to 1) shows the claims the judge gives at least X (0: every candidate of the
 * rules), instead of the product's display threshold; the JSON keeps the others as `candidates`.
 * A file that cannot be read or analysed gets a one-line error; the others are still done, and
 * the exit code is 1 when any failed.
 * `--link` looks each person up in Wikidata and Wikipedia (cli/link.ts says what the JSON gets);
 * without it nothing leaves the machine. `--responses DIR` (repeatable) answers from recorded
 * responses instead of the network (cli/recorded-responses.ts), `--record DIR` writes a live run's
 * answers for such a replay, `--cache DIR` is where live answers are kept (cli/link-client.ts).
 * A lookup that fails for the service's reasons is reported on the person, and is not a failure.
 * `--jsonl [FILE|-]` is the batch mode (cli/jsonl.ts): one article per line in, one result per line
 * out, in order, on `--jobs N` worker threads (default: the core count). Files without --link
 * are analysed on `--jobs N` threads too (default: this one, and workers as idle cores and the
 * input left are worth, up to the core count; cli/files.ts), and written in their order.
 */
import './v8-tiering';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { describe } from './describe-error';
import { runFiles } from './files';
import { IdleCores } from './idle-cores';
import type { Lookup } from './link';
import { linkOptionsProblem } from './link-options';

// What only some runs need is imported when they need it (cli/export-files.ts, cli/link-client.ts,
// cli/link-files.ts, cli/jsonl.ts, cli/read-html.ts): a run over text files loads the analysis and
// little else, and loads it only once its worker threads have started (cli/files.ts).

// Where no core reads free at the start, the idle cores are measured from here, so that the first
// reading (once the analysis is loaded, ~50 ms on) spans enough of os.cpus()'s 10 ms ticks to start
// a worker before the first file.
const idleSinceStart = new IdleCores();

const USAGE = [
  'usage: npm run --silent analyze -- [--out DIR] [--threshold X] [--jobs N] FILE...',
  '       npm run --silent analyze -- [--out DIR] [--threshold X] --link [--responses DIR]... [--record DIR] [--cache DIR] FILE...',
  '       npm run --silent analyze -- --export jsonld|csv|jsonl --out FILE|- FILE...',
  '       npm run --silent analyze -- --jsonl [FILE|-] [--jobs N] [--threshold X] < in.jsonl > out.jsonl',
  '  --jsonl FILE|-   one {"id", "url", "html"} or {"id", "text"} a line in (- or nothing: standard input),',
  '                   one {"id", ...the JSON of --out} or {"id", "line", "error"} a line out, in input order',
  '  --jobs N         threads analysing at once (default: the core count for --jsonl; for FILE..., one, and one',
  '                   more for each core free at the start or idle later while 1 MiB of input is left)',
  '  --link           look each person up in Wikidata/Wikipedia (only the name and ids are sent);',
  '                   adds entities[].wikidata {id, label, description, roleCheck} or null, and',
  '                   entities[].wikidataStatus {status: found|ambiguous|not-found|unavailable, ...}',
  '  --responses DIR  answer from recorded responses ({url, recorded_at, body} files) in DIR, never the network',
  '  --record DIR     write the answers of a live --link run to DIR, for --responses later',
  '  --cache DIR      where live answers are kept for a week (default: the platform cache folder/sourcelight)',
].join('\n');

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        export: { type: 'string' },
        threshold: { type: 'string' },
        link: { type: 'boolean' },
        responses: { type: 'string', multiple: true },
        record: { type: 'string' },
        cache: { type: 'string' },
        jsonl: { type: 'boolean' },
        jobs: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (e) {
    console.error(`analyze: ${describe(e)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.jsonl && !values.help) return batch(values, files);
  if (values.help || !files.length) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const threshold = parseThreshold(values.threshold);
  if (threshold === null) return 2;
  const linkOptions = { responses: values.responses, record: values.record, cache: values.cache };
  const usedWithoutLink = (['responses', 'record', 'cache'] as const).find((name) => values[name] !== undefined);
  const problem = values.link
    ? values.export !== undefined
      ? '--link adds to the analysis JSON or the summary, not to an --export'
      : values.jobs !== undefined
        ? '--link looks people up one file at a time: --jobs does not go with it'
        : linkOptionsProblem(linkOptions)
    : values.export !== undefined && values.jobs !== undefined
      ? '--export reads its files one at a time: --jobs does not go with it'
      : usedWithoutLink
        ? `--${usedWithoutLink} is for --link`
        : jobsProblem(values.jobs);
  if (problem) {
    console.error(`analyze: ${problem}\n${USAGE}`);
    return 2;
  }
  if (values.export !== undefined) return (await import('./export-files')).exportFiles(values.export, values.out, files, USAGE);
  let linker: { lookup: Lookup; notes: () => string[] } | null = null;
  if (values.link) {
    try {
      linker = await (await import('./link-client')).createLinkLookup(linkOptions);
    } catch (e) {
      console.error(`analyze: --responses: ${describe(e)}`);
      return 2;
    }
  }
  if (values.out) mkdirSync(values.out, { recursive: true });
  if (!linker) {
    const jobs = values.jobs === undefined ? null : Number(values.jobs);
    return runFiles(files, { out: values.out, jobs, cores: os.availableParallelism(), threshold, idle: idleSinceStart });
  }
  return (await import('./link-files')).linkFiles(files, linker, values.out, threshold);
}

/** --threshold's value; null (said on stderr) when it is not a number from 0 to 1. */
function parseThreshold(value: string | undefined): number | undefined | null {
  const threshold = value === undefined ? undefined : Number(value);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
    console.error(`analyze: --threshold must be a number from 0 to 1, not '${value}'\n${USAGE}`);
    return null;
  }
  return threshold;
}

function jobsProblem(value: string | undefined): string | null {
  return value !== undefined && !/^[1-9]\d{0,3}$/.test(value) ? `--jobs takes a whole number from 1, not '${value}'` : null;
}

/** --jobs, checked by jobsProblem; the core count when it is not given. */
function jobsOf(value: string | undefined): number {
  return value === undefined ? os.availableParallelism() : Number(value);
}

/** --jsonl: the options it takes, checked, then the batch run (cli/jsonl.ts). */
function batch(values: Record<string, string | boolean | string[] | undefined>, inputs: string[]): Promise<number> | number {
  const other = ['out', 'export', 'link', 'responses', 'record', 'cache'].find((name) => values[name] !== undefined);
  const problem = other
    ? `--${other} does not go with --jsonl, which writes its results to standard output`
    : inputs.length > 1
      ? '--jsonl reads one file (or - for standard input)'
      : jobsProblem(values.jobs as string | undefined);
  if (problem) {
    console.error(`analyze: ${problem}\n${USAGE}`);
    return 2;
  }
  const threshold = parseThreshold(values.threshold as string | undefined);
  if (threshold === null) return 2;
  const jobs = jobsOf(values.jobs as string | undefined);
  return import('./jsonl')
    .then(({ runJsonl }) => runJsonl({ input: inputs[0] ?? '-', jobs, threshold }))
    .catch((e: unknown) => {
      console.error(`analyze: ${inputs[0] ?? 'standard input'}: ${describe(e)}`);
      return 1;
    });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    // A file the run itself needs (the bundle's own, say) named, not only "no such file".
    const file = e && typeof e === 'object' && 'path' in e && typeof e.path === 'string' ? `${e.path}: ` : '';
    console.error(`analyze: ${file}${describe(e)}`);
    process.exit(1);
  },
);
