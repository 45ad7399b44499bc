/**
 * The judge's learner: gradient-boosted trees of depth two under the logistic loss (Friedman 2001;
 * Newton steps for the leaves as in XGBoost, Chen & Guestrin 2016). Small enough to read, and
 * deterministic: no sampling, thresholds taken from the values the data holds, ties broken by
 * feature order, leaves rounded before they are added, so that training twice on the same rows
 * writes the same model and the stored model predicts exactly what training measured.
 */

/**
 * A tree: [feature, threshold, leftFeature, leftThreshold, rightFeature, rightThreshold, v0, v1, v2, v3].
 * x[feature] <= threshold goes left; a child whose feature is -1 does not split (its two leaves are equal).
 */
export type Tree = number[];

export interface Model {
  bias: number;
  trees: Tree[];
}

/**
 * A trained model as weights.ts stores it. Here rather than in judge.ts, which reads weights.ts:
 * the generated file imports this type, and the two would otherwise import each other.
 */
export interface StoredWeights {
  /** The feature names the model was trained on, in order. */
  features: readonly string[];
  /** The lowest confidence shown. */
  threshold: number;
  model: Model;
}

export interface TrainOptions {
  trees: number;
  /** Shrinkage of each tree's leaves. */
  rate: number;
  /** L2 penalty on a leaf's value (in hessian units). */
  lambda: number;
  /** Least hessian weight in a child for a split to count. */
  minChild: number;
  /** Most thresholds tried per feature (quantiles of its values). */
  bins: number;
}

export const DEFAULT_TRAINING: TrainOptions = { trees: 200, rate: 0.05, lambda: 20, minChild: 20, bins: 32 };

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The score before the sigmoid: the bias and, from each tree, the leaf the row reaches. */
export function margin(model: Model, x: readonly number[]): number {
  let z = model.bias;
  const { trees } = model;
  // The leaf read in the loop, no call per tree: a fresh process runs this for every candidate before V8 optimises it.
  for (let k = 0; k < trees.length; k++) {
    const tree = trees[k]!;
    const left = x[tree[0]!]! <= tree[1]!;
    const f = left ? tree[2]! : tree[4]!;
    z += tree[(left ? 6 : 8) + (f >= 0 && x[f]! > tree[left ? 3 : 5]! ? 1 : 0)]!;
  }
  return z;
}

/**
 * How much of each of `n` features the trees read: -1 for a feature no tree splits on, else one
 * past the largest threshold it is compared with (floored). A count of whole things stopped there
 * sends every row down the same branches as the whole count, so it predicts the same.
 */
export function featureReach(model: Model, n: number): number[] {
  const reach = new Array<number>(n).fill(-1);
  const compared = (f: number, threshold: number) => {
    if (f >= 0) reach[f] = Math.max(reach[f]!, Math.floor(threshold) + 1);
  };
  for (const tree of model.trees) {
    compared(tree[0]!, tree[1]!);
    compared(tree[2]!, tree[3]!);
    compared(tree[4]!, tree[5]!);
  }
  return reach;
}

/** The probability that the row is a correct claim, in [0, 1]. */
export function predict(model: Model, x: readonly number[]): number {
  return sigmoid(margin(model, x));
}

/** Each feature's thresholds: its distinct values, or quantiles of them where there are more than `bins`. */
function thresholdsOf(X: readonly (readonly number[])[], f: number, bins: number): number[] {
  const values = X.map((x) => x[f]!).sort((a, b) => a - b);
  const distinct = values.filter((v, i) => i === 0 || v !== values[i - 1]);
  const cuts = distinct.length <= bins ? distinct : Array.from({ length: bins }, (_, q) => values[Math.floor((q * values.length) / bins)]!);
  // The largest value would send every row left.
  return cuts.filter((v, i) => (i === 0 || v !== cuts[i - 1]) && v < distinct[distinct.length - 1]!);
}

interface Split {
  f: number;
  k: number;
  gain: number;
}

/**
 * Train on rows X (each the same length) with labels y (0 or 1). Rows are binned once; each tree
 * chooses its root split and then one split in each child by the gain in the penalised loss.
 */
export function train(X: readonly (readonly number[])[], y: readonly number[], options: Partial<TrainOptions> = {}): Model {
  const o = { ...DEFAULT_TRAINING, ...options };
  const n = X.length;
  const nf = n ? X[0]!.length : 0;
  const cuts = Array.from({ length: nf }, (_, f) => thresholdsOf(X, f, o.bins));
  // bin[i * nf + f]: the first threshold the value is at or below (cuts.length when above them all).
  const bin = new Uint16Array(n * nf);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < nf; f++) {
      const c = cuts[f]!;
      let b = 0;
      while (b < c.length && X[i]![f]! > c[b]!) b++;
      bin[i * nf + f] = b;
    }
  }
  const positives = y.reduce((s, v) => s + v, 0);
  const prior = Math.min(Math.max(positives / Math.max(n, 1), 1e-3), 1 - 1e-3);
  const bias = round(Math.log(prior / (1 - prior)), 5);
  const score = new Float64Array(n).fill(bias);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];

  const gainOf = (G: number, H: number) => (G * G) / (H + o.lambda);
  const bestSplit = (rows: number[]): Split | null => {
    let G = 0;
    let H = 0;
    for (const i of rows) {
      G += g[i]!;
      H += h[i]!;
    }
    let best: Split | null = null;
    for (let f = 0; f < nf; f++) {
      const size = cuts[f]!.length;
      if (!size) continue;
      const hg = new Float64Array(size + 1);
      const hh = new Float64Array(size + 1);
      for (const i of rows) {
        const b = bin[i * nf + f]!;
        hg[b] = hg[b]! + g[i]!;
        hh[b] = hh[b]! + h[i]!;
      }
      let GL = 0;
      let HL = 0;
      for (let k = 0; k < size; k++) {
        GL += hg[k]!;
        HL += hh[k]!;
        if (HL < o.minChild || H - HL < o.minChild) continue;
        const gain = gainOf(GL, HL) + gainOf(G - GL, H - HL) - gainOf(G, H);
        if (gain > 1e-9 && (!best || gain > best.gain)) best = { f, k, gain };
      }
    }
    return best;
  };
  const leaf = (rows: number[]) => {
    let G = 0;
    let H = 0;
    for (const i of rows) {
      G += g[i]!;
      H += h[i]!;
    }
    return round((-o.rate * G) / (H + o.lambda), 5);
  };
  const divide = (rows: number[], s: Split) => {
    const left: number[] = [];
    const right: number[] = [];
    for (const i of rows) (bin[i * nf + s.f]! <= s.k ? left : right).push(i);
    return [left, right] as const;
  };

  const all = Array.from({ length: n }, (_, i) => i);
  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(score[i]!);
      g[i] = p - y[i]!;
      h[i] = Math.max(p * (1 - p), 1e-12);
    }
    const root = bestSplit(all);
    if (!root) break;
    const tree: Tree = [root.f, cuts[root.f]![root.k]!];
    const leaves: number[] = [];
    for (const rows of divide(all, root)) {
      const s = bestSplit(rows);
      const [a, b] = s ? divide(rows, s) : [rows, rows];
      tree.push(s ? s.f : -1, s ? cuts[s.f]![s.k]! : 0);
      leaves.push(leaf(a), leaf(b));
    }
    tree.push(...leaves);
    trees.push(tree);
    for (let i = 0, alone = { bias: 0, trees: [tree] }; i < n; i++) score[i] = score[i]! + margin(alone, X[i]!);
  }
  return { bias, trees };
}
