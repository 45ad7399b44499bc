/**
 * Penn Treebank part-of-speech tags for a sentence: a greedy averaged perceptron whose weights are
 * data (tagger-weights.json, rebuilt by `npm run train:tagger` from CoNLL-2003's POS column).
 * Words seen often with one tag only take it from a dictionary, as in Honnibal's tagger.
 * The features are features.ts's; tagger-model.ts indexes their weights so that a word costs a
 * few array reads, not 21 feature strings and map lookups (the tagger was a quarter of the analysis).
 */
import { TaggerModel, type Pairs, type TaggerWeights, type WordWeights } from './tagger-model';

export type { TaggerWeights };

export class Tagger {
  private readonly model: TaggerModel;
  private scores: Float64Array;
  /** The rows that score one word besides its own (see tag). */
  private readonly rows = new Array<Pairs | undefined>(9).fill(undefined);

  constructor(weights: TaggerWeights) {
    this.model = new TaggerModel(weights);
    this.scores = new Float64Array(weights.tags.length);
  }

  /**
   * The index of the tag the dictionary gives a word whatever its context (tag() gives it too), or
   * -1: a number a caller can keep per word.
   */
  knownIndex(word: string): number {
    return this.model.known(word);
  }

  /** The tag of an index knownIndex gave, undefined for -1. */
  tagName(k: number): string | undefined {
    return k < 0 ? undefined : this.model.tags[k];
  }

  /** The PTB tag of each word of one sentence, left to right. */
  tag(words: readonly string[]): string[] {
    const { model, scores, rows } = this;
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
        // The rows that score word i, summed in one loop rather than a call each: most of a short
        // run is spent before V8 optimises this method, where calls cost more than the sums.
        rows[0] = model.flags[i === 0 ? 1 : 0]![w.capitalised ? 1 : 0];
        rows[1] = i > 0 ? seen[i - 1]!.prev1 : model.start1;
        rows[2] = i > 1 ? seen[i - 2]!.prev2 : model.start2;
        rows[3] = i + 1 < seen.length ? seen[i + 1]!.next1 : model.end1;
        rows[4] = i + 2 < seen.length ? seen[i + 2]!.next2 : model.end2;
        rows[5] = model.prevTag[prev];
        rows[6] = model.prevTwoTags[prev * n + prev2];
        rows[7] = w.byPrevWord?.[prev];
        rows[8] = w.byPrevLex?.[prev];
        for (let r = 0; r < rows.length; r++) {
          const pairs = rows[r];
          if (pairs) for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
        }
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
