#!/usr/bin/env node
/**
 * npm run eval [-- --only gold,l3s,polnear,conll] [-- --keep DIR] [-- --json]
 *
 * Runs the CLI (`npm run --silent analyze -- --out DIR FILE...`) over the development data in
 * ../shared and scores what it writes with ../shared/eval/score.mjs (see ../shared/eval/FORMAT.md):
 *
 *   gold     the hand-labelled seed page        ../shared/eval/gold/seed-article.html
 *   l3s      16 real news pages of 2008, labelled by hand (people, roles, attributions)
 *                                                ../shared/data/l3s-gn1/pages/<id>.html, labels/<id>.json
 *   polnear  PolNeAR dev, attribution            ../shared/data/polnear/dev/text/*.txt (84 articles)
 *   conll    CoNLL-2003 valid, person names      ../shared/data/conll2003/valid.txt (216 documents)
 *
 * Prints each task's report from score.mjs (with the gold task's list of misses), a compact
 * table, and last ONE line of JSON: {"gold":{…},"l3s":{…},"polnear":{…},"conll":{…},"seconds":N}, each task
 * holding score.mjs's --json figures ({"skipped": why} where its data is absent; an "errors" list
 * is added only when a CLI or scorer run failed).
 *
 *   --only LIST  run only these tasks (comma-separated)
 *   --keep DIR   write the predictions to DIR/<task> and keep them (default: a temporary folder)
 *   --json       print only the final JSON line (errors still go to stderr)
 *
 * Files are passed to the CLI in batches (one process per ~100 files: process start-up dominates),
 * up to one process per CPU at a time. A task whose data is absent is skipped with one line
 * (exit 0). A CLI run that exits non-zero, or a scorer that fails, is reported and makes the exit
 * code 1; the other batches and tasks still run and are scored.
 * `npm run eval -- --only gold` takes about two seconds (it is the quick check after a change).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(ROOT, '../shared');
const SCORE = path.join(SHARED, 'eval/score.mjs');
const GOLD_DIR = path.join(SHARED, 'eval/gold');
const SEED_PAGE = path.join(GOLD_DIR, 'seed-article.html');
const POLNEAR_DEV = path.join(SHARED, 'data/polnear/dev');
const CONLL_VALID = path.join(SHARED, 'data/conll2003/valid.txt');
const L3S = path.join(SHARED, 'data/l3s-gn1');
const L3S_LABELS = path.join(L3S, 'labels');
const TASKS = ['gold', 'l3s', 'polnear', 'conll'];
const BATCH = 100;
const USAGE = 'usage: npm run eval [-- --only gold,l3s,polnear,conll] [-- --keep DIR] [-- --json]';

const rel = (p) => path.relative(ROOT, p) || '.';

let values;
try {
  ({ values } = parseArgs({
    options: { only: { type: 'string' }, keep: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (e) {
  console.error(`eval: ${e instanceof Error ? e.message : e}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const asked = values.only
  ? values.only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  : TASKS;
const unknown = asked.filter((t) => !TASKS.includes(t));
const only = TASKS.filter((t) => asked.includes(t)); // in the usual order, once each
if (unknown.length || !only.length) {
  console.error(`eval: unknown task ${unknown.join(', ') || '(none given)'}; tasks are ${TASKS.join(', ')}\n${USAGE}`);
  process.exit(2);
}
const jsonOnly = !!values.json;
const say = jsonOnly ? () => {} : (s = '') => console.log(s);
const errors = [];
const shown = new Set();
/** A failure: its summary goes into the JSON, the details (a CLI's stderr) to stderr too, once. */
function fail(summary, details = '') {
  errors.push(summary);
  const again = details && shown.has(details);
  shown.add(details);
  console.error(`eval: ${summary}${again ? ' (the same output as above)' : details ? '\n' + details : ''}`);
}
/** The line of a stderr that says what went wrong: an error message rather than a stack frame. */
function gist(stderr) {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.find((l) => /^(analyze:|\w*Error\b)/.test(l)) ?? lines[0] ?? 'nothing on stderr';
}

const started = performance.now();
const work = values.keep
  ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.keep)
  : mkdtempSync(path.join(os.tmpdir(), 'sourcelight-eval-'));
const cleanUp = () => {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

// ---- child processes, at most one per CPU at a time ----
const slots = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
let running = 0;
const waiting = [];
async function limited(fn) {
  if (running >= slots) await new Promise((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}
function run(cmd, args) {
  return limited(
    () =>
      new Promise((resolve) => {
        const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', (e) => resolve({ code: -1, signal: null, stdout, stderr: stderr + String(e) }));
        child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
      }),
  );
}
function status(r) {
  return r.signal ? `was killed by ${r.signal}` : `exited with ${r.code}`;
}
function excerpt(text, n = 20) {
  const lines = text.trim().split('\n').filter(Boolean);
  const shown = lines.slice(0, n).map((l) => '    ' + l);
  if (lines.length > n) shown.push(`    … and ${lines.length - n} more lines`);
  return shown.join('\n');
}

// `npm run --silent analyze`, through the npm that runs this script when there is one.
const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
async function analyze(task, files, outDir) {
  const n = Math.ceil(files.length / BATCH);
  const size = Math.ceil(files.length / n);
  const batches = Array.from({ length: n }, (_, i) => files.slice(i * size, (i + 1) * size));
  const results = await Promise.all(
    batches.map((batch) => run(npm[0], [...npm[1], 'run', '--silent', 'analyze', '--', '--out', outDir, ...batch])),
  );
  results.forEach((r, i) => {
    if (r.code !== 0) {
      const which = n > 1 ? ` (batch ${i + 1} of ${n}: ${path.basename(batches[i][0])} … ${path.basename(batches[i].at(-1))})` : '';
      fail(`${task}: the CLI ${status(r)}${which}: ${gist(r.stderr)}`, excerpt(r.stderr));
    } else if (r.stderr.trim() && !jsonOnly) {
      console.error(`${task}: the CLI said on stderr:\n${excerpt(r.stderr)}`);
    }
  });
}

// score.mjs: --json for the figures; without it (in parallel) for the report a developer reads.
async function score(task, args) {
  const [figures, report] = await Promise.all([
    run(process.execPath, [SCORE, ...args, '--json']),
    jsonOnly ? null : run(process.execPath, [SCORE, ...args]),
  ]);
  if (figures.code !== 0) {
    fail(`${task}: score.mjs ${status(figures)}`, excerpt(figures.stderr));
    return { report: [], result: { error: `score.mjs ${status(figures)}` } };
  }
  let result;
  try {
    result = JSON.parse(figures.stdout.trim().split('\n').at(-1));
  } catch {
    fail(`${task}: score.mjs printed no JSON line`, excerpt(figures.stdout));
    return { report: [], result: { error: 'score.mjs printed no JSON' } };
  }
  // its last line is the same JSON: the final line of this script carries it
  const lines = report ? report.stdout.trimEnd().split('\n') : [];
  if (lines.length && lines.at(-1).startsWith('{')) lines.pop();
  return { report: lines, result };
}

function freshDir(name) {
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true }); // never score stale predictions of an earlier --keep
  mkdirSync(dir, { recursive: true });
  return dir;
}

function absent(...paths) {
  const missing = [...paths, SCORE].find((p) => !existsSync(p));
  return missing && `${rel(missing)} is absent (development data lives in ../shared, outside the repository)`;
}

const tasks = {
  async gold() {
    const why = absent(GOLD_DIR, SEED_PAGE);
    if (why) return { skipped: why };
    const pred = freshDir('gold');
    await analyze('gold', [SEED_PAGE], pred);
    return {
      title: `gold: the hand-labelled seed page (${rel(SEED_PAGE)})`,
      ...(await score('gold', ['gold', '--gold', GOLD_DIR, '--pred', pred])),
    };
  },
  async l3s() {
    const why = absent(L3S_LABELS, path.join(L3S, 'pages'));
    if (why) return { skipped: why };
    const ids = readdirSync(L3S_LABELS)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => f.replace(/\.json$/, ''));
    const files = ids.map((id) => path.join(L3S, 'pages', `${id}.html`));
    const pred = freshDir('l3s');
    await analyze('l3s', files, pred);
    return {
      title: `l3s: real news of 2008, labelled by hand (${files.length} pages of ${rel(path.join(L3S, 'pages'))})`,
      ...(await score('l3s', ['gold', '--gold', L3S_LABELS, '--pred', pred])),
    };
  },
  async polnear() {
    const textDir = path.join(POLNEAR_DEV, 'text');
    const why = absent(textDir, path.join(POLNEAR_DEV, 'attributions'));
    if (why) return { skipped: why };
    const files = readdirSync(textDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(textDir, f));
    const pred = freshDir('polnear');
    await analyze('polnear', files, pred);
    return {
      title: `polnear: PolNeAR dev, attribution (${files.length} articles in ${rel(textDir)})`,
      ...(await score('polnear', ['polnear', '--gold', POLNEAR_DEV, '--pred', pred])),
    };
  },
  async conll() {
    const why = absent(CONLL_VALID);
    if (why) return { skipped: why };
    const docs = freshDir('conll-docs');
    const split = await run(process.execPath, [SCORE, 'conll-docs', CONLL_VALID, docs]);
    if (split.code !== 0) {
      fail(`conll: score.mjs conll-docs ${status(split)}`, excerpt(split.stderr));
      return { result: { error: `score.mjs conll-docs ${status(split)}` }, report: [] };
    }
    const files = readdirSync(docs)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(docs, f));
    const pred = freshDir('conll');
    await analyze('conll', files, pred);
    return {
      title: `conll: CoNLL-2003 valid, person names (${files.length} documents from ${rel(CONLL_VALID)})`,
      ...(await score('conll', ['conll', '--gold', CONLL_VALID, '--pred', pred])),
    };
  },
};

const final = {};
try {
  // All tasks at once (the CPU limit is shared); reports are printed in order as they are ready.
  const pending = only.map((t) =>
    tasks[t]().catch((e) => {
      fail(`${t}: ${e instanceof Error ? e.message : e}`, e instanceof Error ? e.stack : '');
      return { title: t, report: [], result: { error: String(e instanceof Error ? e.message : e) } };
    }),
  );
  for (const [i, task] of only.entries()) {
    const out = await pending[i];
    if (out.skipped) {
      say(`${task}: skipped: ${out.skipped}`);
      final[task] = { skipped: out.skipped };
      continue;
    }
    final[task] = out.result;
    say(`== ${out.title}`);
    for (const line of out.report) say(line);
    say();
  }
} finally {
  cleanUp();
}
final.seconds = Math.round((performance.now() - started) / 100) / 10;
if (errors.length) final.errors = errors;

if (!jsonOnly) {
  say(table(final));
  if (values.keep)
    say(`predictions kept in ${work}: ${only.map((t) => (t === 'conll' ? 'conll (and conll-docs, its input)' : t)).join(', ')}`);
  if (errors.length) say(`${errors.length} failure(s): see above`);
}
console.log(JSON.stringify(final));
process.exit(errors.length ? 1 : 0);

function table(all) {
  const f = (x) => (typeof x === 'number' ? x.toFixed(3) : '  -  ');
  const rows = [];
  const row = (task, what, m, note = '') => rows.push([task, what, f(m?.P), f(m?.R), f(m?.F1), note]);
  for (const task of ['gold', 'l3s']) {
    const g = all[task];
    if (!g || g.skipped || g.error) continue;
    row(
      task,
      'people',
      g.people,
      `roles right ${g.roles}, names from outside ${g.namesOutsideArticle}${g.articlesWithoutOutput ? `, ${g.articlesWithoutOutput} without output` : ''}`,
    );
    row(task, 'attributions', g.attributions, spanNote(g));
  }
  const p = all.polnear;
  if (p && !p.skipped && !p.error) {
    row(
      'polnear',
      'claim',
      p.claim,
      `${p.docs} docs${p.docsWithoutOutput ? ` (${p.docsWithoutOutput} without output)` : ''}, ${p.gold} gold, ${p.pred} predicted`,
    );
    row('polnear', 'speech', p.speech, `${p.speechGold} gold speech relations; speaker accuracy ${p.speakerAccuracy}`);
    for (const r of ['source', 'cue', 'content']) {
      row('polnear', `${r} exact`, p[r]?.exact);
      row('polnear', `${r} overlap`, p[r]?.overlap, r === 'content' ? spanNote(p) : '');
    }
  }
  const c = all.conll;
  if (c && !c.skipped && !c.error) {
    row(
      'conll',
      'PER exact',
      c.exact,
      `${c.docs} docs${c.docsWithoutOutput ? ` (${c.docsWithoutOutput} without output)` : ''}, ${c.gold} gold, ${c.pred} predicted`,
    );
    row('conll', 'PER overlap', c.overlap, spanNote(c));
  }
  for (const t of only)
    if (all[t]?.skipped || all[t]?.error)
      rows.push([t, all[t].skipped ? 'skipped' : 'FAILED', '', '', '', all[t].skipped ? 'data absent' : all[t].error]);
  const head = ['task', 'measure', 'P', 'R', 'F1', ''];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) =>
    r
      .map((x, i) => (i >= 2 && i <= 4 ? x.padStart(w[i]) : x.padEnd(w[i])))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line), `seconds ${all.seconds}`].join('\n');
}
function spanNote(m) {
  return m.spanErrors ? `${m.spanErrors} span errors (text != slice)` : '';
}
