/**
 * `npm run lint:firefox`: the Firefox build through `web-ext lint` as AMO reviews it (not
 * --self-hosted), failing on any error and on any warning or notice that comes from our own code.
 * The build is made as the shipped one is, but with source maps beside its scripts
 * (.output/lint/firefox-mv2), so that each message's line and column lead back to the source they
 * came from: a message from a library's code (Preact's dangerouslySetInnerHTML,
 * linkedom's and Readability's innerHTML) is listed with its package and does not fail the check,
 * since the fix belongs upstream; one from ours fails it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.output', 'lint');
const extDir = path.join(outDir, 'firefox-mv2');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(cmd, args, env = {}) {
  const r = spawnSync(cmd, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return r;
}

const build = run(bin('wxt'), ['build', '-b', 'firefox'], { SOURCELIGHT_LINT_BUILD: outDir });
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  console.error('lint:firefox: the Firefox build failed');
  process.exit(1);
}
const lint = run(bin('web-ext'), ['lint', '--source-dir', extDir, '--output', 'json']);
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  process.stderr.write(lint.stdout + lint.stderr);
  console.error('lint:firefox: web-ext lint gave no JSON report');
  process.exit(1);
}

/** The source a message's position maps to ("node_modules/preact/dist/preact.module.js"), or null when unknown. */
function sourceOf(message) {
  if (!message.file || !message.line) return null;
  const map = path.join(extDir, `${message.file}.map`);
  if (!existsSync(map)) return null;
  const traced = originalPositionFor(new TraceMap(readFileSync(map, 'utf8')), { line: message.line, column: message.column ?? 0 });
  return traced.source ? path.relative(root, path.resolve(path.dirname(map), traced.source)) : null;
}

const packageOf = (source) => source?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? null;
const messages = [...report.errors, ...report.warnings, ...report.notices].map((m) => {
  const source = sourceOf(m);
  return {
    type: m._type,
    code: m.code,
    where: `${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`,
    source,
    from: packageOf(source),
  };
});
const ours = messages.filter((m) => m.type === 'error' || !m.from);
for (const m of messages) {
  const whose = m.from ? `from ${m.from}` : `OUR CODE${m.source ? ` (${m.source})` : ''}`;
  console.log(`${m.type.padEnd(7)} ${m.code.padEnd(24)} ${m.where.padEnd(36)} ${whose}`);
}
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices; ${ours.length} from our code or errors`);
process.exit(ours.length ? 1 : 0);
