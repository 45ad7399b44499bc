// Missed speech relations on PolNeAR, grouped by cue lemma and shape, to find the general shapes
// of news English the rules do not read yet. Reads a PolNeAR split and a folder of predictions
// (npm run --silent analyze -- --threshold 0 --out DIR SPLIT/text/*.txt):
//   node scripts/polnear-missed.mjs ../shared/data/polnear/train DIR [--list SHAPE [--context]]
import fs from 'node:fs';
import path from 'node:path';
import { SPEECH } from '../../shared/eval/score.mjs';

const [goldDir, predDir] = process.argv.slice(2);
const list = process.argv.includes('--list') ? process.argv[process.argv.indexOf('--list') + 1] : null;
const WORD = /[\p{L}\p{N}]/u;

function codePoints(text) {
  const map = [0];
  let u = 0;
  for (const ch of text) map.push((u += ch.length));
  return (c) => map[c];
}
function parseAnn(file, text) {
  const conv = codePoints(text);
  const spans = new Map();
  const rels = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^T\d+\t/.test(line)) {
      const [id, info] = line.split('\t');
      const [type, ...rest] = info.split(' ');
      spans.set(id, {
        type,
        frags: rest
          .join(' ')
          .split(';')
          .map((f) => f.trim().split(' ').map(Number))
          .map(([s, e]) => [conv(s), conv(e)]),
      });
    } else if (/^E\d+\t/.test(line)) {
      const rel = {};
      for (const p of line.split('\t')[1].split(' ')) {
        const [role, id] = p.split(':');
        const r = role.replace(/\d+$/, '').toLowerCase();
        rel[r] ??= spans.get(id);
      }
      if (rel.content) rels.push(rel);
    }
  }
  return rels;
}
const chars = (text, frags) => {
  const s = new Set();
  for (const [a, b] of frags) for (let i = a; i < b; i++) if (WORD.test(text[i])) s.add(i);
  return s;
};
const shared = (a, b) => [...a].filter((x) => b.has(x)).length;
const textOf = (text, f) => (f ? f.frags.map(([a, b]) => text.slice(a, b)).join(' .. ') : '');
const first = (f) => Math.min(...f.frags.map((x) => x[0]));
const last = (f) => Math.max(...f.frags.map((x) => x[1]));

/** The shape of a relation: where its source, cue and content stand to each other. */
function shapeOf(text, g, cue) {
  const c0 = first(g.cue);
  const c1 = last(g.cue);
  const before = text.slice(Math.max(0, c0 - 30), c0).toLowerCase();
  if (/according to/.test(cue)) return 'according-to';
  if (/^[:\s]+$/.test(cue)) return 'colon';
  if (/\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/.test(before)) return 'passive';
  if (/\bwho\s+(?:\w+\s+)?$/.test(before)) return 'relative-who';
  if (/ing$/.test(cue.split(/\s+/).pop())) return 'participle';
  if (!g.source) return 'no-source';
  const s0 = first(g.source);
  const src = textOf(text, g.source);
  const content0 = first(g.content);
  if (s0 > c1) return content0 < c0 ? 'content-cue-source (inverted)' : 'cue-source-content';
  if (/^(?:he|she|they|it|i|we)$/i.test(src)) return content0 > c1 ? 'pronoun-cue-content' : 'content-pronoun-cue';
  return content0 > c1 ? 'source-cue-content' : 'content-source-cue';
}

const byCue = {};
const byShape = {};
const rows = [];
for (const tf of fs
  .readdirSync(path.join(goldDir, 'text'))
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const name = tf.replace(/\.txt$/, '');
  const ann = fs.readdirSync(path.join(goldDir, 'attributions')).find((a) => a.startsWith(name + '_'));
  const text = fs.readFileSync(path.join(goldDir, 'text', tf), 'utf8');
  const pred = JSON.parse(fs.readFileSync(path.join(predDir, name + '.json'), 'utf8')).attributions;
  for (const g of parseAnn(path.join(goldDir, 'attributions', ann), text)) {
    if (!g.cue) continue;
    const cue = textOf(text, g.cue).toLowerCase();
    if (!cue.split(/[^\p{L}]+/u).some((w) => SPEECH.has(w)) && !/["“”]/.test(textOf(text, g.content))) continue;
    const b = chars(text, g.content.frags);
    const hit = pred.some((p) => {
      const a = chars(text, [[p.content.start, p.content.end]]);
      const n = shared(a, b);
      return n && n >= Math.max(a.size, b.size) / 2;
    });
    if (hit) continue;
    // A prediction on the same cue whose content disagrees is a span error, not a missed shape.
    const cueChars = chars(text, g.cue.frags);
    const sameCue = pred.some((p) => p.cue && shared(chars(text, [[p.cue.start, p.cue.end]]), cueChars) > 0);
    const shape = sameCue ? 'cue found, content differs' : shapeOf(text, g, cue);
    const lemma = cue.split(/\s+/).pop();
    byCue[lemma] = (byCue[lemma] ?? 0) + 1;
    byShape[shape] = (byShape[shape] ?? 0) + 1;
    rows.push({
      shape,
      line: `${name.slice(0, 40)} | ${textOf(text, g.source)} | ${cue} | ${textOf(text, g.content).slice(0, 140)}`,
      context:
        `${text.slice(Math.max(0, first(g.cue) - 80), first(g.cue))}[${text.slice(first(g.cue), last(g.cue))}]${text.slice(last(g.cue), last(g.cue) + 60)}`.replace(
          /\s+/g,
          ' ',
        ),
    });
  }
}
const top = (o, n) =>
  Object.entries(o)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map((x) => x.join(': '))
    .join('  ');
console.log(`missed speech relations: ${rows.length}\nby shape: ${top(byShape, 20)}\nby cue: ${top(byCue, 40)}`);
if (list)
  for (const r of rows.filter((r) => r.shape.startsWith(list))) console.log(process.argv.includes('--context') ? r.context : r.line);
