/**
 * PolNeAR for the training script: its articles and attribution relations (brat standoff), and
 * ../shared/eval/score.mjs's claim measure, written again here so that a candidate is labelled
 * correct exactly when the scorer would count it: greedy one-to-one matching by content (shared
 * word characters at least half of the longer span), then the source must agree (any shared word
 * character, or both absent).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type Frags = Array<[number, number]>;

export interface Relation {
  content: Frags;
  source: Frags | null;
  cue: Frags | null;
}

export interface Article {
  name: string;
  text: string;
  gold: Relation[];
}

export interface Predicted {
  content: [number, number];
  source: [number, number] | null;
}

const WORD = /[\p{L}\p{N}]/u;

/** Code-point offsets (brat) to UTF-16 offsets. */
function codePointsToUtf16(text: string): (cp: number) => number {
  const map = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    map.push(u);
  }
  return (cp) => map[cp]!;
}

/** The relations of a .ann file: `T` lines are spans, `E` lines join them (a note may run onto a line of its own). */
export function parseAnn(ann: string, text: string): Relation[] {
  const conv = codePointsToUtf16(text);
  const spans = new Map<string, Frags>();
  const out: Relation[] = [];
  for (const line of ann.split('\n')) {
    if (/^T\d+\t/.test(line)) {
      const [id, info] = line.split('\t');
      const frags = info!
        .split(' ')
        .slice(1)
        .join(' ')
        .split(';')
        .map((f) => f.trim().split(' ').map(Number));
      spans.set(
        id!,
        frags.map(([s, e]) => [conv(s!), conv(e!)]),
      );
    } else if (/^E\d+\t/.test(line)) {
      const rel: Record<string, Frags | undefined> = {};
      for (const part of line.split('\t')[1]!.split(' ')) {
        const [role, id] = part.split(':');
        const r = role!.replace(/\d+$/, '').toLowerCase();
        if (!rel[r]) rel[r] = spans.get(id!);
      }
      if (rel.content) out.push({ content: rel.content, source: rel.source ?? null, cue: rel.cue ?? null });
    }
  }
  return out;
}

/** The articles of a PolNeAR split, by name, each with the first annotation file by name (as score.mjs takes it). */
export function readSplit(dir: string): Article[] {
  const anns = readdirSync(path.join(dir, 'attributions')).sort();
  const out: Article[] = [];
  for (const file of readdirSync(path.join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const name = file.replace(/\.txt$/, '');
    const ann = anns.find((a) => a.startsWith(name + '_') && a.endsWith('.ann'));
    if (!ann) continue;
    const text = readFileSync(path.join(dir, 'text', file), 'utf8');
    out.push({ name, text, gold: parseAnn(readFileSync(path.join(dir, 'attributions', ann), 'utf8'), text) });
  }
  return out;
}

export function wordChars(text: string, frags: Frags): Set<number> {
  const set = new Set<number>();
  for (const [s, e] of frags) for (let i = s; i < e; i++) if (WORD.test(text[i]!)) set.add(i);
  return set;
}

export function sharedCount(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * One article's candidates against its gold relations: the content pairs in score.mjs's order
 * (best first; stable, so ties keep prediction-then-gold order), each with whether the source agrees.
 */
export interface Pairing {
  pairs: Array<{ p: number; g: number; sourceAgrees: boolean }>;
  gold: number;
}

export function pairCandidates(text: string, preds: Predicted[], gold: Relation[]): Pairing {
  const goldChars = gold.map((r) => wordChars(text, r.content));
  const goldSources = gold.map((r) => (r.source ? wordChars(text, r.source) : null));
  const scored: Array<{ s: number; p: number; g: number; sourceAgrees: boolean }> = [];
  preds.forEach((pred, p) => {
    const a = wordChars(text, [pred.content]);
    const src = pred.source ? wordChars(text, [pred.source]) : null;
    goldChars.forEach((b, g) => {
      const n = sharedCount(a, b);
      const longer = Math.max(a.size, b.size);
      if (!n || n < longer / 2) return;
      const gs = goldSources[g]!;
      const sourceAgrees = !src && !gs ? true : !src || !gs ? false : sharedCount(src, gs) > 0;
      scored.push({ s: n / longer, p, g, sourceAgrees });
    });
  });
  scored.sort((x, y) => y.s - x.s);
  return { pairs: scored.map(({ p, g, sourceAgrees }) => ({ p, g, sourceAgrees })), gold: gold.length };
}

/** The correct claims among those `shown`, matched one to one as score.mjs does: each with its gold relation. */
export function correctPairs(pairing: Pairing, shown: (p: number) => boolean): Map<number, number> {
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const correct = new Map<number, number>();
  for (const { p, g, sourceAgrees } of pairing.pairs) {
    if (!shown(p) || usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    if (sourceAgrees) correct.set(p, g);
  }
  return correct;
}

/** The correct claims among those `shown`, matched one to one as score.mjs does. */
export function correctClaims(pairing: Pairing, shown: (p: number) => boolean): Set<number> {
  return new Set(correctPairs(pairing, shown).keys());
}

/**
 * Whether a gold relation is in score.mjs's speech subset (its isSpeech): its cue holds one of the
 * reporting words `speech` (score.mjs's SPEECH), or its content a quote mark.
 */
export function isSpeech(text: string, rel: Relation, speech: ReadonlySet<string>): boolean {
  const cue = (rel.cue ?? [])
    .map(([s, e]) => text.slice(s, e))
    .join(' ')
    .toLowerCase();
  if (cue.split(/[^\p{L}]+/u).some((w) => speech.has(w))) return true;
  return /["“”]/.test(rel.content.map(([s, e]) => text.slice(s, e)).join(' '));
}

/**
 * The training labels: a candidate is true when it is a real attribution with the right source,
 * whatever PolNeAR's convention for its shape. Its content matches a gold content (score.mjs's
 * overlap) or one fragment of a discontinuous one ("“A,” she said. “B.”" is one relation in
 * PolNeAR, two claims here and in ../shared/data/l3s-gn1/LABELLING.md), and its source agrees.
 * Not one to one: two fragments of one relation are both true. The display threshold is still
 * chosen by score.mjs's own measure (correctClaims).
 */
export function trueClaims(text: string, preds: Predicted[], gold: Relation[]): Set<number> {
  const out = new Set<number>();
  const goldSources = gold.map((r) => (r.source ? wordChars(text, r.source) : null));
  const shapes = gold.map((r) =>
    [r.content, ...(r.content.length > 1 ? r.content.map((f) => [f] as Frags) : [])].map((f) => wordChars(text, f)),
  );
  preds.forEach((pred, p) => {
    const a = wordChars(text, [pred.content]);
    const src = pred.source ? wordChars(text, [pred.source]) : null;
    const hit = shapes.some((forms, g) => {
      const gs = goldSources[g]!;
      const sourceAgrees = !src && !gs ? true : !src || !gs ? false : sharedCount(src, gs) > 0;
      return (
        sourceAgrees &&
        forms.some((b) => {
          const n = sharedCount(a, b);
          return n > 0 && n >= Math.max(a.size, b.size) / 2;
        })
      );
    });
    if (hit) out.add(p);
  });
  return out;
}
