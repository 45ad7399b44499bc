/**
 * Penn Treebank part-of-speech tags for a sentence: a greedy averaged perceptron whose weights are
 * data (tagger-weights.json, rebuilt by `npm run train:tagger` from CoNLL-2003's POS column).
 * Words seen often with one tag only take it from a dictionary, as in Honnibal's tagger.
 * The features are features.ts's; tagger-model.ts indexes their weights so that a word costs a
 * few array reads, not 21 feature strings and map lookups (the tagger was a quarter of the analysis).
 */
import { add, TaggerModel, type TaggerWeights, type WordWeights } from './tagger-model';

export type { TaggerWeights };

export class Tagger {
  private readonly model: TaggerModel;
  private scores: Float64Array;

  constructor(weights: TaggerWeights) {
    this.model = new TaggerModel(weights);
    this.scores = new Float64Array(weights.tags.length);
  }

  /** The PTB tag of each word of one sentence, left to right. */
  tag(words: readonly string[]): string[] {
    const { model, scores } = this;
    const { tags, tagIndex } = model;
    const n = tagIndex.size;
    const seen: WordWeights[] = new Array<WordWeights>(words.length);
    for (let i = 0; i < words.length; i++) seen[i] = model.word(words[i]!);
    const out = new Array<string>(words.length);
    let prev = n - 2; // '-START-'
    let prev2 = n - 1; // '-START2-'
    for (let i = 0; i < seen.length; i++) {
      const w = seen[i]!;
      let best = w.known;
      if (best < 0) {
        scores.set(w.own);
        add(scores, model.flags[i === 0 ? 1 : 0]![w.capitalised ? 1 : 0]!);
        add(scores, i > 0 ? seen[i - 1]!.prev1 : model.start1);
        add(scores, i > 1 ? seen[i - 2]!.prev2 : model.start2);
        add(scores, i + 1 < seen.length ? seen[i + 1]!.next1 : model.end1);
        add(scores, i + 2 < seen.length ? seen[i + 2]!.next2 : model.end2);
        add(scores, model.prevTag[prev]);
        add(scores, model.prevTwoTags[prev * n + prev2]);
        add(scores, w.byPrevWord?.[prev]);
        add(scores, w.byPrevLex?.[prev]);
        best = 0;
        // Ties go to the tag listed first (the most frequent): deterministic across engines.
        for (let t = 1; t < tags.length; t++) if (scores[t]! > scores[best]!) best = t;
      }
      out[i] = tags[best]!;
      prev2 = prev;
      prev = best;
    }
    return out;
  }
}
