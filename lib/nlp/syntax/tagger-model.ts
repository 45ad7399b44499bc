/**
 * The tagger's weights indexed for tagging: what features.ts names with strings ("t1w NNP said"),
 * here reached by tag index and by word, so that tagging builds no feature string. Each word's
 * tag-independent weights are gathered once (and cached across sentences); the weights are integers
 * (tenths), so summing them in another order gives the same scores, bit for bit.
 * Built at every start (the CLI's and each of its threads', the service worker's): only the rows read
 * by tag index (t1, t2, t1w, lxt1: ~2,100 of 12,500) are filed at construction; the others are read
 * from the weights object itself as a word is first gathered, so nothing is copied into maps.
 */
import { BIAS, normalize, shape, verbClass } from './features';

/** Flat pairs [tag index, weight, …] to add to the scores. */
export type Pairs = readonly number[];
const NONE: Pairs = [];

export interface TaggerWeights {
  /** The tag set, in the order the weights index it. */
  tags: string[];
  /** Unambiguous frequent words (normalized) and the index of their tag. */
  dict: Record<string, number>;
  /** Feature -> flat pairs [tag index, weight in tenths, …]. */
  weights: Record<string, number[]>;
}

/** What a word adds wherever it stands, gathered once per distinct word. */
export interface WordWeights {
  /** Its tag when the dictionary settles it, else -1. */
  known: number;
  capitalised: boolean;
  /** As the word tagged, summed per tag (the scores to start from): bias, w, s3, s2, s4, p1, sh, lx. */
  own: Float64Array;
  /** As the word before (w-1, sh-1, s-1), two before (w-2), after (sh+1, w+1, s+1, lx+1), two after (w+2). */
  prev1: Pairs;
  prev2: Pairs;
  next1: Pairs;
  next2: Pairs;
  /** t1w and lxt1 by the previous tag's index. */
  byPrevWord: Array<Pairs | undefined> | undefined;
  byPrevLex: Array<Pairs | undefined> | undefined;
}

/** The families whose rows are read by tag index (the previous tags, the previous tag with the word or its verb class). */
const BY_TAG = /^(?:t1|t2|t1w|lxt1) /;

/** Past this many distinct words the cache starts over: memory stays flat on any corpus. */
const CACHE_LIMIT = 20_000;

export class TaggerModel {
  readonly tags: string[];
  /** Tags and the two sentence-start symbols by index: '-START-' is tags.length, '-START2-' one more. */
  readonly tagIndex = new Map<string, number>();
  readonly prevTag: Array<Pairs | undefined>;
  readonly prevTwoTags: Array<Pairs | undefined>;
  /** f: [first word][capitalised]. */
  readonly flags: Pairs[][];
  /** The boundaries' neighbour weights ('-START-', '-END-', '-', 'RT-', 'ND-'). */
  readonly start1: Pairs;
  readonly start2: Pairs;
  readonly end1: Pairs;
  readonly end2: Pairs;
  private readonly dict: Map<string, number>;
  /** The feature rows, "family value" -> pairs; own keys only (hasOwn), so "constructor" finds nothing. */
  private readonly weights: Record<string, Pairs>;
  private readonly t1w = new Map<string, Array<Pairs | undefined>>();
  private readonly lxt1 = new Map<string, Array<Pairs | undefined>>();
  private readonly cache = new Map<string, WordWeights>();
  private readonly bias: Pairs;

  constructor(model: TaggerWeights) {
    this.tags = model.tags;
    // A Map, not the JSON object: a word like "constructor" must not find Object.prototype's.
    this.dict = new Map(Object.entries(model.dict));
    this.weights = model.weights;
    [...model.tags, '-START-', '-START2-'].forEach((t, k) => this.tagIndex.set(t, k));
    const n = this.tagIndex.size;
    this.prevTag = new Array<Pairs | undefined>(n);
    this.prevTwoTags = new Array<Pairs | undefined>(n * n);
    this.bias = this.row(BIAS);
    for (const feature in model.weights) if (BY_TAG.test(feature)) this.index(feature, model.weights[feature]!);
    this.flags = [0, 1].map((first) => [0, 1].map((cap) => this.get('f', `${first} ${cap}`)));
    this.start1 = [...this.get('w-1', '-START-'), ...this.get('sh-1', '-'), ...this.get('s-1', 'RT-')];
    this.start2 = this.get('w-2', '-START-');
    this.end1 = [...this.get('sh+1', '-'), ...this.get('w+1', '-END-'), ...this.get('s+1', 'ND-'), ...this.get('lx+1', '-END-')];
    this.end2 = this.get('w+2', '-END-');
  }

  /** The weights of one word (as written), from the cache or gathered now. */
  word(word: string): WordWeights {
    let w = this.cache.get(word);
    if (w) return w;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    w = this.gather(word);
    this.cache.set(word, w);
    return w;
  }

  private gather(word: string): WordWeights {
    const norm = normalize(word);
    const sh = shape(word);
    const s3 = norm.slice(-3);
    const lex = verbClass(norm);
    const get = (family: string, value: string) => this.get(family, value);
    return {
      known: this.dict.get(norm) ?? -1,
      capitalised: /^\p{Lu}/u.test(word),
      own: this.dense([
        ...this.bias,
        ...get('w', norm),
        ...get('s3', s3),
        ...get('s2', norm.slice(-2)),
        ...get('s4', norm.slice(-4)),
        ...get('p1', norm[0]!),
        ...get('sh', sh),
        ...get('lx', lex),
      ]),
      prev1: [...get('w-1', norm), ...get('sh-1', sh), ...get('s-1', s3)],
      prev2: get('w-2', norm),
      next1: [...get('sh+1', sh), ...get('w+1', norm), ...get('s+1', s3), ...get('lx+1', lex)],
      next2: get('w+2', norm),
      byPrevWord: this.t1w.get(norm),
      byPrevLex: this.lxt1.get(lex),
    };
  }

  private dense(pairs: Pairs): Float64Array {
    const scores = new Float64Array(this.tags.length);
    for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
    return scores;
  }

  private get(family: string, value: string): Pairs {
    return this.row(`${family} ${value}`);
  }

  private row(feature: string): Pairs {
    return Object.hasOwn(this.weights, feature) ? this.weights[feature]! : NONE;
  }

  /** Files one tag-dependent weight row (BY_TAG) by tag index. */
  private index(feature: string, pairs: Pairs): void {
    const space = feature.indexOf(' ');
    const family = feature.slice(0, space);
    const value = feature.slice(space + 1);
    const n = this.tagIndex.size;
    if (family === 't1') return void this.setRow(this.prevTag, this.tagIndex.get(value), pairs);
    if (family === 't2') {
      const [prev, prev2] = splitAt(value, value.indexOf(' '));
      const a = this.tagIndex.get(prev);
      const b = this.tagIndex.get(prev2);
      return void (a !== undefined && b !== undefined && this.setRow(this.prevTwoTags, a * n + b, pairs));
    }
    if (family === 't1w') {
      const [prev, word] = splitAt(value, value.indexOf(' '));
      return void this.setRow(rowOf(this.t1w, word, n), this.tagIndex.get(prev), pairs);
    }
    if (family === 'lxt1') {
      const [lex, prev] = splitAt(value, value.lastIndexOf(' '));
      return void this.setRow(rowOf(this.lxt1, lex, n), this.tagIndex.get(prev), pairs);
    }
  }

  private setRow(row: Array<Pairs | undefined>, k: number | undefined, pairs: Pairs): void {
    if (k !== undefined) row[k] = pairs;
  }
}

function splitAt(value: string, at: number): [string, string] {
  return [value.slice(0, at), value.slice(at + 1)];
}

function rowOf(rows: Map<string, Array<Pairs | undefined>>, key: string, n: number): Array<Pairs | undefined> {
  let row = rows.get(key);
  if (!row) rows.set(key, (row = new Array<Pairs | undefined>(n)));
  return row;
}
