/**
 * npm run train:tagger [-- --folds N]
 *
 * Trains the part-of-speech tagger (lib/nlp/syntax/tagger.ts) on the POS column of CoNLL-2003
 * valid (../shared/data/conll2003/valid.txt: Reuters news of 1996, PTB tags) and writes
 * lib/nlp/syntax/tagger-weights.json. With --folds N it writes nothing and prints the accuracy
 * of N-fold cross-validation by document (each fold tagged by a model that never saw it), in PTB
 * tags and per Universal class. Deterministic: the same data gives the same weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { featuresOf, normalize, viewOf } from '../lib/nlp/syntax/features';
import { Tagger } from '../lib/nlp/syntax/tagger';
import { toUpos } from '../lib/nlp/syntax/upos';
import { groupWeights, type FlatWeights } from '../lib/nlp/syntax/weight-groups';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONLL = path.resolve(ROOT, '../shared/data/conll2003/valid.txt');
const OUT = path.join(ROOT, 'lib/nlp/syntax/tagger-weights.json');
const ITERATIONS = 8;
/** Honnibal's thresholds: a word seen 20 times with one tag 97% of the time goes in the dictionary. */
const DICT_MIN = 20;
const DICT_SHARE = 0.97;
/**
 * The size of the model against its accuracy (5-fold cross-validation): features seen at least
 * twice, averaged weights of at least 1.0 kept, in tenths. 110 KB gzipped (and 47 KB of verb
 * lexicon) at 93.7% on PTB tags, 94.9% on Universal ones; keeping every weight costs four times the
 * bytes for under half a point. wink-nlp's English model, 1 MB gzipped, scores 93.2% there.
 */
const MIN_COUNT = 2;
const PRUNE = 1.0;
const SCALE = 10;

interface Sentence {
  words: string[];
  tags: string[];
}

/** Documents of sentences; headlines in capitals are left out (CoNLL tags nearly every word of them NNP). */
export function readConll(file = CONLL): Sentence[][] {
  const docs: Sentence[][] = [];
  let sent: Sentence = { words: [], tags: [] };
  const flush = () => {
    const letters = sent.words.join('').replace(/[^A-Za-z]/g, '');
    const headline = letters.length > 3 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.8;
    if (sent.words.length && !headline) docs.at(-1)?.push(sent);
    sent = { words: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      docs.push([]);
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    const [word, tag] = line.split(' ');
    sent.words.push(word!);
    sent.tags.push(tag!.split('|')[0]!);
  }
  flush();
  return docs;
}

/** A seeded generator (mulberry32): the shuffle, and so the weights, are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(sentences: Sentence[]): FlatWeights {
  const counts = new Map<string, Map<string, number>>();
  const tagFreq = new Map<string, number>();
  for (const s of sentences)
    s.words.forEach((w, i) => {
      const n = normalize(w);
      const m = counts.get(n) ?? new Map<string, number>();
      m.set(s.tags[i]!, (m.get(s.tags[i]!) ?? 0) + 1);
      counts.set(n, m);
      tagFreq.set(s.tags[i]!, (tagFreq.get(s.tags[i]!) ?? 0) + 1);
    });
  const tags = [...tagFreq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  const index = new Map(tags.map((t, i) => [t, i]));
  const dict: Record<string, number> = {};
  for (const [w, m] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [tag, n] = [...m].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= DICT_MIN && n / total >= DICT_SHARE) dict[w] = index.get(tag)!;
  }

  // Features seen fewer than MIN_COUNT times (with the gold tags before) get no weight: rare
  // words' features are most of the model's size and little of its accuracy.
  const seen = new Map<string, number>();
  for (const s of sentences) {
    const view = viewOf(s.words);
    for (let i = 0; i < s.words.length; i++) {
      for (const f of featuresOf(view, i, s.tags[i - 1] ?? '-START-', s.tags[i - 2] ?? (i ? '-START-' : '-START2-')))
        seen.set(f, (seen.get(f) ?? 0) + 1);
    }
  }
  // Averaged perceptron with lazy averaging: each weight's running total is brought up to date
  // only when the weight changes.
  const w = new Map<string, Float64Array>();
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const row = (m: Map<string, Float64Array>, f: string) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Float64Array(tags.length)));
    return r;
  };
  const update = (f: string, t: number, delta: number) => {
    const wr = row(w, f),
      tr = row(totals, f),
      sr = row(stamps, f);
    tr[t]! += (step - sr[t]!) * wr[t]!;
    sr[t] = step;
    wr[t]! += delta;
  };
  const rand = random(2003);
  const order = sentences.slice();
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const s of order) {
      const view = viewOf(s.words);
      const norm = view.norm;
      let prev = '-START-',
        prev2 = '-START2-';
      for (let i = 0; i < s.words.length; i++) {
        step++;
        const truth = index.get(s.tags[i]!)!;
        let guess = dict[norm[i]!];
        if (guess === undefined) {
          const feats = featuresOf(view, i, prev, prev2);
          const scores = new Float64Array(tags.length);
          for (const f of feats) {
            const r = w.get(f);
            if (r) for (let t = 0; t < tags.length; t++) scores[t]! += r[t]!;
          }
          guess = 0;
          for (let t = 1; t < tags.length; t++) if (scores[t]! > scores[guess]!) guess = t;
          if (guess !== truth)
            for (const f of feats)
              if ((seen.get(f) ?? 0) >= MIN_COUNT) {
                update(f, truth, 1);
                update(f, guess, -1);
              }
        }
        prev2 = prev;
        prev = tags[guess]!;
      }
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const wr = w.get(f)!,
      tr = totals.get(f)!,
      sr = stamps.get(f)!;
    const pairs: number[] = [];
    for (let t = 0; t < tags.length; t++) {
      const avg = (tr[t]! + (step - sr[t]!) * wr[t]!) / step;
      if (Math.abs(avg) >= PRUNE) pairs.push(t, Math.round(avg * SCALE));
    }
    if (pairs.length) weights[f] = pairs;
  }
  return { tags, dict, weights };
}

function crossValidate(docs: Sentence[][], folds: number): void {
  let n = 0,
    ok = 0;
  // Finite verbs (VBD VBZ VBP MD), what isFiniteVerb() reads: precision and recall.
  const FINITE = /^(VBD|VBZ|VBP|MD)$/;
  let finiteGold = 0,
    finitePred = 0,
    finiteBoth = 0;
  const byClass = new Map<string, { n: number; ok: number; as: Map<string, number> }>();
  for (let k = 0; k < folds; k++) {
    const test = docs.filter((_, i) => i % folds === k).flat();
    const tagger = new Tagger(groupWeights(train(docs.filter((_, i) => i % folds !== k).flat())));
    for (const s of test) {
      const guess = tagger.tag(s.words);
      const norm = s.words.map((w) => w.toLowerCase());
      s.tags.forEach((t, i) => {
        n++;
        if (guess[i] === t) ok++;
        if (FINITE.test(t)) finiteGold++;
        if (FINITE.test(guess[i]!)) finitePred++;
        if (FINITE.test(t) && FINITE.test(guess[i]!)) finiteBoth++;
        const gold = toUpos(s.tags, norm, i),
          pred = toUpos(guess, norm, i);
        const e = byClass.get(gold) ?? { n: 0, ok: 0, as: new Map<string, number>() };
        e.n++;
        if (gold === pred) e.ok++;
        else e.as.set(pred, (e.as.get(pred) ?? 0) + 1);
        byClass.set(gold, e);
      });
    }
  }
  let un = 0,
    uok = 0;
  for (const e of byClass.values()) {
    un += e.n;
    uok += e.ok;
  }
  console.log(
    `${folds}-fold cross-validation by document: PTB accuracy ${(ok / n).toFixed(4)}, Universal ${(uok / un).toFixed(4)} over ${n} tokens`,
  );
  console.log(
    `  finite verbs: precision ${(finiteBoth / finitePred).toFixed(3)}, recall ${(finiteBoth / finiteGold).toFixed(3)} (${finiteGold} in the gold)`,
  );
  for (const [c, e] of [...byClass].sort((a, b) => b[1].n - a[1].n)) {
    const wrong = [...e.as]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([p, m]) => `${p}:${m}`)
      .join(' ');
    console.log(`  ${c.padEnd(6)} n=${String(e.n).padStart(5)} acc=${(e.ok / e.n).toFixed(3)}  wrong as ${wrong}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { folds: { type: 'string' } } });
  const docs = readConll();
  if (values.folds) crossValidate(docs, Number(values.folds));
  else {
    const model = train(docs.flat());
    // Stored grouped by lookup key (weight-groups.ts): the same rows, fewer lookups per new word.
    writeFileSync(OUT, JSON.stringify(groupWeights(model)) + '\n');
    console.log(
      `wrote ${path.relative(ROOT, OUT)}: ${model.tags.length} tags, ${Object.keys(model.dict).length} dictionary words, ${Object.keys(model.weights).length} features`,
    );
  }
}
