/**
 * Penn Treebank part-of-speech tags for a sentence: a greedy averaged perceptron whose weights are
 * data (tagger-weights.json, rebuilt by `npm run train:tagger` from CoNLL-2003's POS column).
 * Words seen often with one tag only take it from a dictionary, as in Honnibal's tagger.
 * The features are features.ts's; tagger-model.ts indexes their weights so that a word costs a
 * few array reads, not 21 feature strings and map lookups (the tagger was a quarter of the analysis).
 */
import { afterTag, TaggerModel, type Row, type TaggerWeights, type WordWeights } from './tagger-model';

export type { TaggerWeights };

/**
 * One sentence, tagged left to right as far as a caller has asked. Greedy decoding reads, for word
 * i, only the words up to i + 2 and the tags before i: tagging can stop at any word and go on
 * later with the very tags that tagging the whole sentence at once gives. The rules ask about the
 * first words of a sentence more than its last (about a third of the words of the sentences they
 * ask about are never needed), so neither their weights are gathered nor their tags scored.
 */
export class TagRun {
  /** The tag of each word, '' from `done` on. */
  readonly tags: string[];
  /** Words tagged so far. */
  done = 0;
  /** The tag indices of the two words before word `done` ('-START-', '-START2-' at the start). */
  prev = -1;
  prev2 = -1;
  /** The words' weights, gathered as far as scoring needs them (two words past `done`). */
  readonly seen: WordWeights[] = [];

  constructor(readonly words: readonly string[]) {
    this.tags = new Array<string>(words.length).fill('');
  }
}

/** The rows that score a word besides its own (see advance). */
const ROWS = 14;

export class Tagger {
  private readonly model: TaggerModel;
  private scores: Float64Array;
  private readonly rows = new Array<Row | undefined>(ROWS).fill(undefined);

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
    const run = new TagRun(words);
    this.advance(run, words.length - 1);
    return run.tags;
  }

  /** Tags a run's words up to word `last` (inclusive), going on from where it stopped. */
  advance(run: TagRun, last: number): void {
    const { model, scores, rows } = this;
    const { tags, tagIndex } = model;
    const { words, seen, tags: out } = run;
    const n = tagIndex.size;
    // Lengths read once, not at every turn of the loops below: before V8 optimises this method each read is a property lookup.
    const tagCount = tags.length;
    const end = Math.min(last + 1, words.length);
    // Word i is scored with the weights of the two words after it.
    for (let i = seen.length, to = Math.min(end + 2, words.length); i < to; i++) seen.push(model.word(words[i]!));
    let prev = run.done === 0 ? n - 2 : run.prev; // '-START-'
    let prev2 = run.done === 0 ? n - 1 : run.prev2; // '-START2-'
    for (let i = run.done; i < end; i++) {
      const w = seen[i]!;
      let best = w.known;
      if (best < 0) {
        scores.set(w.own);
        // The rows that score word i, summed in one loop rather than a call each: most of a short
        // run is spent before V8 optimises this method, where calls cost more than the sums.
        rows[0] = model.flags[i === 0 ? 1 : 0]![w.capitalised ? 1 : 0];
        const before = i > 0 ? seen[i - 1]! : model.start;
        rows[1] = before.before;
        rows[2] = before.beforeShape;
        rows[3] = before.beforeSuffix;
        rows[4] = (i > 1 ? seen[i - 2]! : model.start).before2;
        const after = i + 1 < words.length ? seen[i + 1]! : model.end;
        rows[5] = after.after;
        rows[6] = after.afterShape;
        rows[7] = after.afterSuffix;
        rows[8] = after.afterLex;
        rows[9] = (i + 2 < words.length ? seen[i + 2]! : model.end).after2;
        rows[10] = model.prevTag[prev];
        rows[11] = model.prevTwoTags[prev * n + prev2];
        rows[12] = afterTag(w.byPrevWord, prev);
        rows[13] = afterTag(w.byPrevLex, prev);
        for (let r = 0; r < ROWS; r++) {
          const pairs = rows[r];
          if (pairs) for (let k = 0, length = pairs.length; k < length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
        }
        best = 0;
        let top = scores[0]!;
        // Ties go to the tag listed first (the most frequent): deterministic across engines.
        for (let t = 1; t < tagCount; t++) {
          const score = scores[t]!;
          if (score > top) {
            best = t;
            top = score;
          }
        }
      }
      out[i] = tags[best]!;
      prev2 = prev;
      prev = best;
    }
    if (end > run.done) {
      run.done = end;
      run.prev = prev;
      run.prev2 = prev2;
    }
  }
}
