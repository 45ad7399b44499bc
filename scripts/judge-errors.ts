/**
 * npx tsx scripts/judge-errors.ts [--top N] [--folds K] [--feature NAME] [--below C] [--right]
 *
 * What the judge gets most wrong where it has not seen the answer: PolNeAR train is cut into K
 * folds by article, the judge is trained on the others and scores each fold, and the candidates
 * it is most sure of that are wrong are printed with their sentence (and the value of --feature
 * NAME, to see what a feature reads; --below C starts under confidence C, near the display
 * threshold, where the errors that cost precision are; --right prints instead the right candidates it
 * is least sure of, those a higher threshold would lose). Dev is never read: it stays for checking (npm run train).
 */
import path from 'node:path';
import { FEATURE_NAMES } from '../lib/nlp/judge/features';
import { predict, train } from '../lib/nlp/judge/model';
import { candidatesOf } from './judge-data';
import { readSplit, sharedCount, wordChars } from './polnear';

// Piped into head: stop quietly when the reader has had enough.
process.stdout.on('error', () => process.exit(0));

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const TOP = Number(arg('--top', '60'));
const FOLDS = Number(arg('--folds', '5'));
const RIGHT = process.argv.includes('--right');
const BELOW = Number(arg('--below', '1'));
const FEATURE = FEATURE_NAMES.indexOf(arg('--feature', ''));

const articles = readSplit(path.resolve(import.meta.dirname, '../../shared/data/polnear/train'));
const byName = new Map(articles.map((a) => [a.name, a]));
const data = candidatesOf(articles);
const fold = (row: number) => articles.findIndex((a) => a.name === data.candidates[row]!.article) % FOLDS;
const folds = data.labels.map((_, i) => fold(i));
const confidence = new Array<number>(data.labels.length).fill(0);
for (let k = 0; k < FOLDS; k++) {
  const rows = folds.flatMap((f, i) => (f === k ? [] : [i]));
  const model = train(
    rows.map((i) => data.features[i]!),
    rows.map((i) => data.labels[i]!),
  );
  folds.forEach((f, i) => {
    if (f === k) confidence[i] = predict(model, data.features[i]!);
  });
}

// How well the held-out confidences separate: the share of wrong candidates left at each share of right ones kept.
const order = confidence.map((c, i) => i).sort((a, b) => confidence[b]! - confidence[a]!);
const right = data.labels.filter((y) => y === 1).length;
const wrong = data.labels.length - right;
let r = 0;
let w = 0;
const marks = [0.9, 0.95, 0.97, 0.98, 0.99];
for (const i of order) {
  if (data.labels[i]) r++;
  else w++;
  if (marks.length && r >= marks[0]! * right)
    console.log(
      `held out: ${(marks.shift()! * 100).toFixed(0)}% of right kept with ${w} of ${wrong} wrong (P ${(r / (r + w)).toFixed(3)})`,
    );
}

const sentenceOf = (text: string, start: number, end: number) => {
  const from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('. ', start - 1) + 1, 0);
  const stop = text.indexOf('\n', end);
  return text.slice(from, stop < 0 ? undefined : Math.min(stop, end + 200)).trim();
};
/** Why a wrong candidate is wrong, as /work/notes/tools/polnear-errors.mjs sorts them: the gold relation it overlaps most. */
function why(i: number): string {
  const { a, article } = data.candidates[i]!;
  const { text, gold } = byName.get(article)!;
  const mine = wordChars(text, [[a.content.start, a.content.end]]);
  let best = -1;
  let most = 0;
  gold.forEach((g, j) => {
    const n = sharedCount(mine, wordChars(text, g.content));
    if (n > most) [best, most] = [j, n];
  });
  if (best < 0) return 'spurious';
  const theirs = wordChars(text, gold[best]!.content);
  if (most >= Math.max(mine.size, theirs.size) / 2) return 'wrong-source';
  return mine.size > theirs.size ? 'too-long' : 'too-short';
}
const shown = RIGHT
  ? order
      .filter((i) => data.labels[i])
      .reverse()
      .slice(0, TOP)
  : order.filter((i) => !data.labels[i] && confidence[i]! < BELOW).slice(0, TOP);
const tally = new Map<string, number>();
for (const i of RIGHT ? [] : shown) tally.set(why(i), (tally.get(why(i)) ?? 0) + 1);
console.log(`the ${shown.length} printed: ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`);
for (const i of shown) {
  const { a, article } = data.candidates[i]!;
  const { text, gold } = byName.get(article)!;
  const extra = FEATURE >= 0 ? ` ${FEATURE_NAMES[FEATURE]}=${data.features[i]![FEATURE]}` : '';
  const mine = wordChars(text, [[a.content.start, a.content.end]]);
  const near = gold.find((g) => sharedCount(mine, wordChars(text, g.content)) > 0);
  console.log(`\n${confidence[i]!.toFixed(3)} ${RIGHT ? 'right' : why(i)} ${article}${extra}`);
  console.log(`  source: ${a.source?.text ?? '-'} | cue: ${a.cue.text} | content: ${a.content.text.slice(0, 160)}`);
  if (near)
    console.log(
      `  gold: ${near.source ? near.source.map(([s, e]) => text.slice(s, e)).join(' .. ') : '-'} | ${near.content
        .map(([s, e]) => text.slice(s, e))
        .join(' .. ')
        .slice(0, 160)}`,
    );
  console.log(`  in: ${sentenceOf(text, Math.min(a.content.start, a.cue.start), Math.max(a.content.end, a.cue.end)).slice(0, 300)}`);
}
