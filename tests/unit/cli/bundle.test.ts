import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/shared-data';
import { analyze } from '../../helpers/cli';

/** What the bundle's build (scripts/build-cli.mjs) says each output file imports statically, and which packages are in it. */
type Graph = Record<string, { imports: string[]; packages: string[]; sources: string[] }>;

function loadedBefore(graph: Graph, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of graph[file]?.imports ?? []) visit(next);
  };
  visit(entry);
  return seen;
}

const packagesOf = (graph: Graph, files: Set<string>) => new Set([...files].flatMap((f) => graph[f]?.packages ?? []));

// The HTML parsers and Readability, zod and the export formats are most of the bundle's bytes: a
// run over text files (the researchers' usual corpus, and the bench's) must not load them.
const ONLY_WHEN_NEEDED = ['linkedom', 'parse5', '@mozilla/readability', 'htmlparser2', 'zod', 'papaparse'];

describe('the bundled CLI', () => {
  let graph: Graph;
  beforeAll(async () => {
    await analyze('--help'); // builds the bundle when it is stale
    graph = JSON.parse(readFileSync(path.join(PROJECT_ROOT, '.output/cli/meta.json'), 'utf8')) as Graph;
  }, 120_000);

  it.each(['analyze.mjs', 'worker.cjs'])('%s loads no HTML parser, schema or export format before it needs one', (entry) => {
    const eager = packagesOf(graph, loadedBefore(graph, entry));
    for (const name of ONLY_WHEN_NEEDED) expect(eager, name).not.toContain(name);
  });

  const sourcesBefore = (entry: string) => new Set([...loadedBefore(graph, entry)].flatMap((f) => graph[f]?.sources ?? []));

  // cli/v8-tiering.ts holds V8's optimising compiler back (a third of the CPU of a run over 84 texts):
  // both entries must run it before any analysis, the worker's too.
  it('worker.cjs sets V8 tiering before it loads the analysis, which is in the cached core', () => {
    expect(sourcesBefore('worker.cjs')).toContain('cli/v8-tiering.ts');
    expect(sourcesBefore('worker.cjs')).toContain('cli/core-loader.ts');
    expect(sourcesBefore('worker.cjs')).not.toContain('lib/nlp/analyze.ts');
    const core = Object.keys(graph).find((f) => /^core-[A-Z0-9]+\.cjs$/.test(f))!;
    expect(graph[core]!.sources).toEqual(expect.arrayContaining(['cli/worker.ts', 'lib/nlp/analyze.ts']));
  });

  // The command's own thread loads the analysis (~80 ms) only once its workers have started, so that
  // they load theirs at the same time (cli/files.ts).
  it('analyze.mjs sets V8 tiering at once and loads the analysis only when it needs it', () => {
    expect(sourcesBefore('analyze.mjs')).toContain('cli/v8-tiering.ts');
    expect(sourcesBefore('analyze.mjs')).not.toContain('lib/nlp/analyze.ts');
    expect(sourcesBefore('analyze.mjs')).toContain('cli/files.ts');
  });

  // --jsonl's own thread reads and writes lines; its workers analyse them (cli/record-task.ts).
  it("--jsonl's chunk loads no analysis on the command's thread", () => {
    const chunk = Object.keys(graph).find((f) => graph[f]!.sources.includes('cli/jsonl.ts'))!;
    expect(sourcesBefore(chunk)).toContain('cli/jsonl-record.ts');
    expect(sourcesBefore(chunk)).not.toContain('lib/nlp/analyze.ts');
  });

  // cli/core-loader.ts reads an ASCII core as Latin-1 (no UTF-8 to decode); the build escapes the rest.
  it('writes the core in ASCII, its other characters escaped', () => {
    const core = Object.keys(graph).find((f) => /^core-[A-Z0-9]+\.cjs$/.test(f))!;
    const code = readFileSync(path.join(PROJECT_ROOT, '.output/cli', core), 'utf8');
    expect(code).toMatch(/\\u2019/); // the typographic apostrophe of the tokenizer's patterns
    expect(code).not.toMatch(/[^\0-\x7f]/);
  });

  it('carries the tagger weights as a JSON string parsed at start, not an object literal V8 must compile', () => {
    const chunk = Object.keys(graph).find((f) => graph[f]!.sources.includes('lib/nlp/syntax/tagger-weights.json'));
    const code = readFileSync(path.join(PROJECT_ROOT, '.output/cli', chunk!), 'utf8');
    expect(code).toMatch(/tagger_weights_default = JSON\.parse\(`\{"tags":\[/);
  });

  it('still has them, in chunks imported when a page or an export comes', () => {
    const all = packagesOf(graph, new Set(Object.keys(graph)));
    for (const name of ONLY_WHEN_NEEDED) expect(all, name).toContain(name);
  });
});
