/**
 * npx tsx bench/syntax.ts
 *
 * The part-of-speech tagger's cost, printed (never asserted): ms per 1,000 words of tokenize() +
 * parseSyntax() against the whole analyze() on the same texts (CoNLL-2003 valid's 216 documents,
 * their tokens joined by spaces), and the gzipped size of lib/nlp/syntax.ts bundled alone
 * (esbuild, ESM, minified; gzip level 9) next to lib/nlp/analyze.ts's.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyze } from '../lib/nlp/analyze';
import { getLexicon } from '../lib/nlp/lexicon';
import { parseSyntax } from '../lib/nlp/syntax';
import { tokenize } from '../lib/nlp/tokenize';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONLL = path.resolve(ROOT, '../shared/data/conll2003/valid.txt');

async function gzipBytes(entry: string): Promise<number> {
  const out = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

function msPerRun(run: () => void, rounds = 3): number {
  run(); // warm-up: lexicons, the tagger's maps, the JIT
  const t = performance.now();
  for (let r = 0; r < rounds; r++) run();
  return (performance.now() - t) / rounds;
}

if (!existsSync(CONLL)) {
  console.log(`skipped speed: ${CONLL} is absent`);
} else {
  const texts = readFileSync(CONLL, 'utf8')
    .split('-DOCSTART- -X- -X- O')
    .map((doc) =>
      doc
        .trim()
        .split(/\n\s*\n/)
        .map((s) =>
          s
            .split('\n')
            .map((l) => l.split(' ')[0])
            .join(' '),
        )
        .join('\n'),
    )
    .filter(Boolean);
  const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  const lex = getLexicon();
  const syntax = msPerRun(() => {
    for (const t of texts) parseSyntax(tokenize(t, (w) => lex.abbreviations.has(w.toLowerCase()))).allPtb();
  });
  const whole = msPerRun(() => {
    for (const t of texts) analyze(t);
  });
  console.log(`${texts.length} documents, ${words} words`);
  console.log(`tokenize + parseSyntax  ${((syntax / words) * 1000).toFixed(1)} ms per 1,000 words`);
  console.log(`analyze()               ${((whole / words) * 1000).toFixed(1)} ms per 1,000 words`);
}
console.log(`lib/nlp/syntax.ts   ${(await gzipBytes('lib/nlp/syntax.ts')) / 1000} KB gzipped`);
console.log(`lib/nlp/analyze.ts  ${(await gzipBytes('lib/nlp/analyze.ts')) / 1000} KB gzipped`);
