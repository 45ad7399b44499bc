/**
 * Penn Treebank part-of-speech tags for a sentence: a greedy averaged perceptron whose weights are
 * data (tagger-weights.json, rebuilt by `npm run train:tagger` from CoNLL-2003's POS column).
 * Words seen often with one tag only take it from a dictionary, as in Honnibal's tagger.
 */
import { BIAS, FAMILIES, featureValues, viewOf } from './features';

export interface TaggerWeights {
  /** The tag set, in the order the weights index it. */
  tags: string[];
  /** Unambiguous frequent words (normalized) and the index of their tag. */
  dict: Record<string, number>;
  /** Feature -> flat pairs [tag index, weight in tenths, …]. */
  weights: Record<string, number[]>;
}

export class Tagger {
  private readonly tags: string[];
  // Maps, not the JSON objects: a word like "constructor" must not find Object.prototype's.
  private readonly dict: Map<string, number>;
  /** One map per feature family (FAMILIES order), value -> weight pairs: no feature string is built per word. */
  private readonly families: Array<Map<string, number[]>>;
  private readonly bias: number[];

  constructor(model: TaggerWeights) {
    this.tags = model.tags;
    this.dict = new Map(Object.entries(model.dict));
    const index = new Map<string, number>(FAMILIES.map((f, k) => [f, k]));
    this.families = FAMILIES.map(() => new Map());
    this.bias = model.weights[BIAS] ?? [];
    for (const [feature, pairs] of Object.entries(model.weights)) {
      const space = feature.indexOf(' ');
      const k = index.get(feature.slice(0, space));
      if (space > 0 && k !== undefined) this.families[k]!.set(feature.slice(space + 1), pairs);
    }
  }

  /** The PTB tag of each word of one sentence, left to right. */
  tag(words: readonly string[]): string[] {
    const { tags, dict, families, bias } = this;
    const view = viewOf(words);
    const out: string[] = [];
    const scores = new Float64Array(tags.length);
    let prev = '-START-';
    let prev2 = '-START2-';
    for (let i = 0; i < words.length; i++) {
      let tag: string;
      const known = dict.get(view.norm[i]!);
      if (known !== undefined) {
        tag = tags[known]!;
      } else {
        scores.fill(0);
        for (let k = 0; k < bias.length; k += 2) scores[bias[k]!]! += bias[k + 1]!;
        const values = featureValues(view, i, prev, prev2);
        for (let f = 0; f < values.length; f++) {
          const pairs = families[f]!.get(values[f]!);
          if (!pairs) continue;
          for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
        }
        let best = 0;
        // Ties go to the tag listed first (the most frequent): deterministic across engines.
        for (let t = 1; t < tags.length; t++) if (scores[t]! > scores[best]!) best = t;
        tag = tags[best]!;
      }
      out.push(tag);
      prev2 = prev;
      prev = tag;
    }
    return out;
  }
}
