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
 * One sentence, tagged as far as callers have asked. Greedy decoding reads, for word i, only the
 * words from i - 2 to i + 2 and the tags of the two words before i: a caller that asks for one
 * word's tag has it from the nearest two words before it whose tags are settled (words the
 * dictionary tags whatever their context, or words tagged before), with the very tag that tagging
 * the whole sentence from its start gives. The rules ask about a word here and there (a verb after
 * a name, a clause's end), so the words before that point are mostly neither gathered nor scored.
 */
export class TagRun {
  /** The tag of each word, '' until it is tagged. */
  readonly tags: string[];
  /** The tag index of each word once tagged, else -1. */
  readonly index: Int16Array;
  /** The dictionary's tag index of each word, -1 for none, -2 until asked. */
  readonly known: Int16Array;
  /** The words' weights, gathered as scoring needs them: a word's own, and its neighbours'. */
  readonly seen: Array<WordWeights | undefined>;

  constructor(readonly words: readonly string[]) {
    const n = words.length;
    this.tags = new Array<string>(n).fill('');
    this.index = new Int16Array(n).fill(-1);
    this.known = new Int16Array(n).fill(-2);
    this.seen = new Array<WordWeights | undefined>(n).fill(undefined);
  }
}

/** The rows that score a word besides its own (see advance). */
const ROWS = 14;

export class Tagger {
  private readonly model: TaggerModel;
  private scores: Int32Array;
  private readonly rows = new Array<Row | undefined>(ROWS).fill(undefined);

  constructor(weights: TaggerWeights) {
    this.model = new TaggerModel(weights);
    this.scores = new Int32Array(weights.tags.length);
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

  /** Tags a run's words up to word `last` (inclusive): every one of them, going on from the first not tagged yet. */
  advance(run: TagRun, last: number): void {
    const end = Math.min(last + 1, run.words.length);
    let from = 0;
    while (from < end && run.index[from]! >= 0) from++;
    if (from < end) this.score(run, from, end);
  }

  /**
   * Tags word i of a run, and the words from the nearest point before it where tagging can start:
   * the sentence's start, or a word after two whose tags are settled (the dictionary's, or tagged
   * before). Returns the first word it tagged (i + 1 when i was tagged already).
   */
  tagAt(run: TagRun, i: number): number {
    if (run.index[i]! >= 0) return i + 1;
    let from = i;
    while (from > 0 && !(this.settled(run, from - 1) && this.settled(run, from - 2))) from--;
    this.score(run, from, i + 1);
    return from;
  }

  /** Is word k's tag known without scoring it: before the sentence, tagged already, or the dictionary's? */
  private settled(run: TagRun, k: number): boolean {
    return k < 0 || this.tagIndexAt(run, k) >= 0;
  }

  /** The dictionary's tag index of word k, or -1 (asked once per word of a run). */
  private knownAt(run: TagRun, k: number): number {
    let known = run.known[k]!;
    if (known === -2) known = run.known[k] = this.model.known(run.words[k]!);
    return known;
  }

  /** Word k's weights, gathered at first need. */
  private seenAt(run: TagRun, k: number): WordWeights {
    return (run.seen[k] ??= this.model.word(run.words[k]!));
  }

  /**
   * Tags words [from, end) left to right. The two words before `from` have settled tags (or lie
   * before the sentence): the tagger's state there is what it would be had it tagged from the start.
   * A word tagged already keeps its tag, which is the one scoring would give it again.
   */
  private score(run: TagRun, from: number, end: number): void {
    const { model, scores, rows } = this;
    const { tags, tagIndex } = model;
    const { words, index, tags: out } = run;
    const n = tagIndex.size;
    // Lengths read once, not at every turn of the loop below: before V8 optimises this method each read is a property lookup.
    const tagCount = tags.length;
    const length = words.length;
    // Before the first word: '-START-' (index n - 2), and before that '-START2-' (n - 1).
    let prev = from > 0 ? this.tagIndexAt(run, from - 1) : n - 2;
    let prev2 = from > 1 ? this.tagIndexAt(run, from - 2) : from === 1 ? n - 2 : n - 1;
    for (let i = from; i < end; i++) {
      let best = index[i]!;
      if (best < 0) best = this.knownAt(run, i);
      if (best < 0) {
        const w = this.seenAt(run, i);
        scores.set(w.own);
        // The rows that score word i, summed in one loop rather than a call each: most of a short
        // run is spent before V8 optimises this method, where calls cost more than the sums.
        rows[0] = model.flags[i === 0 ? 1 : 0]![w.capitalised ? 1 : 0];
        const before = i > 0 ? this.seenAt(run, i - 1) : model.start;
        rows[1] = before.before;
        rows[2] = before.beforeShape;
        rows[3] = before.beforeSuffix;
        rows[4] = (i > 1 ? this.seenAt(run, i - 2) : model.start).before2;
        const after = i + 1 < length ? this.seenAt(run, i + 1) : model.end;
        rows[5] = after.after;
        rows[6] = after.afterShape;
        rows[7] = after.afterSuffix;
        rows[8] = after.afterLex;
        rows[9] = (i + 2 < length ? this.seenAt(run, i + 2) : model.end).after2;
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
      if (index[i]! < 0) {
        index[i] = best;
        out[i] = tags[best]!;
      }
      prev2 = prev;
      prev = best;
    }
  }

  /** The tag index of word k: as tagged, or the dictionary's; -1 while neither settles it. */
  private tagIndexAt(run: TagRun, k: number): number {
    const tagged = run.index[k]!;
    return tagged >= 0 ? tagged : this.knownAt(run, k);
  }
}
