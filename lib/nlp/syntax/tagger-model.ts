/**
 * The tagger's weights indexed for tagging: what features.ts names with strings ("t1w NNP said"),
 * here reached by tag index and by word, so that tagging builds no feature string. Each word's
 * tag-independent weights are gathered once (and cached across sentences) from the groups of
 * weight-groups.ts: a word first seen costs one lookup per key (its normalized form, suffixes,
 * first letter, shape, verb class). The weights are integers (tenths), so summing them in another
 * order gives the same scores, bit for bit; and they are summed in Int32Arrays: before V8 optimises
 * the tagger, an element read from a Float64Array is a new heap number (and its sum another), where
 * an Int32Array's is a small integer (no allocation: 5 MB less over 84 texts).
 * Built at every start (the CLI's and each of its threads', the service worker's): only the rows read
 * by tag index (t1, t2, f: ~450) are filed at construction; the rest are read from the
 * groups as a word is first gathered, through a Map of each group made at its first lookup (see rows).
 */
import { normalize, shape, verbClass } from './features';
import type { Group, KeyRows, Pairs, TagRows, TaggerWeights } from './weight-groups';
import { isCapitalised } from '../words';

export type { Pairs, TaggerWeights };
/** A row of pairs, or 0 for none (as stored). */
export type Row = Pairs | 0;
const NONE: Pairs = [];
/**
 * The rows of a key that has none: as long as the longest group's, so reading any place finds 0.
 * Made from an array that held an object, as the stored ones do: V8 keeps one elements kind for both
 * (an array of small integers only would be another, and reads that met both were deoptimised).
 */
const NO_ROWS: KeyRows = ([NONE, 0, 0, 0, 0, 0] as Row[]).fill(0);
const NO_SCORES = new Int32Array(0);

/** What a word adds wherever it stands, gathered once per distinct word. */
export interface WordWeights {
  /** Its tag when the dictionary settles it, else -1. */
  known: number;
  capitalised: boolean;
  /** As the word tagged, summed per tag (the scores to start from): bias, w, s3, s2, s4, p1, sh, lx. Empty for a known word. */
  own: Int32Array;
  /**
   * Its rows as a neighbour, each kept as stored (copying them into one row per place cost more
   * than the tagger's sum over a few more rows): as the word before (w-1, sh-1, s-1), two before
   * (w-2), after (sh+1, w+1, s+1, lx+1) and two after (w+2).
   */
  before: Row;
  beforeShape: Row;
  beforeSuffix: Row;
  before2: Row;
  after: Row;
  afterShape: Row;
  afterSuffix: Row;
  afterLex: Row;
  after2: Row;
  /**
   * t1w and lxt1 as stored, [previous tag's index, row, …] (0 for none, and for a known word):
   * found by the previous tag when the word is scored. Most words have one or two; an array by
   * tag index built per word cost more than the scans.
   */
  byPrevWord: TagRows | 0;
  byPrevLex: TagRows | 0;
}

type ByPrevTag = Array<Pairs | undefined>;

/** Past this many distinct words the cache starts over: memory stays flat on any corpus. */
const CACHE_LIMIT = 20_000;

export class TaggerModel {
  readonly tags: string[];
  /** Tags and the two sentence-start symbols by index: '-START-' is tags.length, '-START2-' one more. */
  readonly tagIndex = new Map<string, number>();
  readonly prevTag: ByPrevTag;
  readonly prevTwoTags: ByPrevTag;
  /** f: [first word][capitalised]. */
  readonly flags: Pairs[][];
  /** What stands before the first word and after the last: words '-START-' and '-END-', shape '-', suffixes 'RT-' and 'ND-'. */
  readonly start: WordWeights;
  readonly end: WordWeights;
  private readonly dict: Map<string, number>;
  private readonly groups: TaggerWeights['groups'];
  private readonly cache = new Map<string, WordWeights>();
  private readonly keyed = new Map<Group, Map<string, KeyRows>>();
  /** Base scores by first letter, shape and verb class (see baseScores). */
  private readonly bases = new Map<string, Int32Array>();
  private readonly bias: Int32Array;
  /** Where words' own scores are cut from, a block at a time (see ownScores). */
  private pool = new Int32Array(0);
  private used = 0;

  constructor(model: TaggerWeights) {
    this.tags = model.tags;
    // A Map, not the JSON object: a word like "constructor" must not find Object.prototype's.
    this.dict = new Map(Object.entries(model.dict));
    const groups = (this.groups = model.groups);
    [...model.tags, '-START-', '-START2-'].forEach((t, k) => this.tagIndex.set(t, k));
    const n = this.tagIndex.size;
    this.bias = new Int32Array(this.tags.length);
    add(this.bias, model.bias);
    this.prevTag = new Array<Pairs | undefined>(n);
    groups.t1[0].forEach((tag, i) => {
      const k = this.tagIndex.get(tag);
      const rows = groups.t1[1][i]!;
      if (k !== undefined && rows[0]) this.prevTag[k] = rows[0] as Pairs;
    });
    this.prevTwoTags = new Array<Pairs | undefined>(n * n);
    groups.t2[0].forEach((tags, i) => {
      const [a, b] = tags.split(' ').map((t) => this.tagIndex.get(t));
      const rows = groups.t2[1][i]!;
      if (a !== undefined && b !== undefined && rows[0]) this.prevTwoTags[a * n + b] = rows[0] as Pairs;
    });
    this.flags = [0, 1].map((first) => [0, 1].map((cap) => (this.rows('f', `${first} ${cap}`)[0] as Row) || NONE));
    const dash = this.rows('shape', '-');
    this.start = weights(-1, false, NO_SCORES, this.rows('word', '-START-'), this.rows('suffix', 'RT-'), dash, NO_ROWS);
    this.end = weights(-1, false, NO_SCORES, this.rows('word', '-END-'), this.rows('suffix', 'ND-'), dash, this.rows('lex', '-END-'));
  }

  /** The tag index the dictionary gives a word (as written) whatever its context, or -1. */
  known(word: string): number {
    return this.dict.get(normalize(word)) ?? -1;
  }

  /** The weights of one word (as written), from the cache or gathered now. */
  word(word: string): WordWeights {
    let w = this.cache.get(word);
    if (w) return w;
    if (this.cache.size >= CACHE_LIMIT) {
      this.cache.clear();
      this.bases.clear();
    }
    w = this.gather(word);
    this.cache.set(word, w);
    return w;
  }

  private gather(word: string): WordWeights {
    const norm = normalize(word);
    const lex = verbClass(norm);
    const w = this.rows('word', norm);
    const s = this.rows('suffix', norm.slice(-3));
    const shapeKey = shape(word);
    const sh = this.rows('shape', shapeKey);
    const lx = this.rows('lex', lex);
    const known = this.dict.get(norm) ?? -1;
    // A word the dictionary settles is never scored: only its rows as a neighbour are read.
    if (known >= 0) return weights(known, false, NO_SCORES, w, s, sh, lx);
    const own = this.ownScores(this.baseScores(norm[0]!, shapeKey, sh, lex, lx));
    add(own, w[0] as Row);
    add(own, s[0] as Row);
    add(own, this.rows('s2', norm.slice(-2))[0] as Row);
    add(own, this.rows('s4', norm.slice(-4))[0] as Row);
    return weights(-1, isCapitalised(word), own, w, s, sh, lx, w[5] as TagRows | 0, lx[2] as TagRows | 0);
  }

  /**
   * The bias plus the rows of a first letter, shape and verb class, summed once per combination of
   * the three: they are most of a word's own pairs (~54 of ~69 over the dev texts) and few words
   * make a combination of their own (~590 for ~3,000 words). The key is unambiguous: the letter is
   * one code unit and a verb class has no space.
   */
  private baseScores(first: string, shapeKey: string, sh: KeyRows, lex: string, lx: KeyRows): Int32Array {
    const key = `${first}${shapeKey} ${lex}`;
    let base = this.bases.get(key);
    if (!base) {
      base = Int32Array.from(this.bias);
      add(base, this.rows('p1', first)[0] as Row);
      add(base, sh[0] as Row);
      add(base, lx[0] as Row);
      this.bases.set(key, base);
    }
    return base;
  }

  /**
   * A copy of a word's base scores, cut from a shared block: a typed array of its own (slice())
   * allocates its memory outside the heap, one malloc per word.
   */
  private ownScores(base: Int32Array): Int32Array {
    const n = this.bias.length;
    if (this.used + n > this.pool.length) {
      this.pool = new Int32Array(n * 512);
      this.used = 0;
    }
    const own = this.pool.subarray(this.used, (this.used += n));
    own.set(base);
    return own;
  }

  /**
   * One key's rows in a group; its own keys only, so "constructor" finds nothing. Looked up in a Map of
   * the group's keys, made at the group's first lookup from the two arrays stored (KeyedRows): a word's keys are strings just cut
   * from the text, and a property read by such a key goes through V8's runtime to find the key among
   * the names it knows (most are none of them), where Map.get only hashes it. Gathering 11,389
   * distinct words in a fresh process took 51-52 ms against 58-60 by property (the Maps' making
   * included); a run over the 84 dev texts gathers only 2,899, and there the difference is under
   * the noise of a whole pass (medians 288 and 293 ms over 40 processes each).
   */
  private rows(group: Group, key: string): KeyRows {
    let keys = this.keyed.get(group);
    if (!keys) {
      keys = new Map<string, KeyRows>();
      const [names, rows] = this.groups[group];
      for (let i = 0; i < names.length; i++) keys.set(names[i]!, rows[i]!);
      this.keyed.set(group, keys);
    }
    return keys.get(key) ?? NO_ROWS;
  }
}

/** A word's weights from its keys' rows (word, suffix, shape, lex), one shape for every word (V8 keeps the tagger's reads monomorphic). */
function weights(
  known: number,
  capitalised: boolean,
  own: Int32Array,
  w: KeyRows,
  s: KeyRows,
  sh: KeyRows,
  lx: KeyRows,
  byPrevWord: TagRows | 0 = 0,
  byPrevLex: TagRows | 0 = 0,
): WordWeights {
  return {
    known,
    capitalised,
    own,
    before: w[1] as Row,
    beforeShape: sh[1] as Row,
    beforeSuffix: s[1] as Row,
    before2: w[3] as Row,
    after: w[2] as Row,
    afterShape: sh[2] as Row,
    afterSuffix: s[2] as Row,
    afterLex: lx[1] as Row,
    after2: w[4] as Row,
    byPrevWord,
    byPrevLex,
  };
}

/** The row of a by-tag family ([index, row, …] as stored) for the previous tag, or 0. */
export function afterTag(rows: TagRows | 0, prev: number): Row {
  if (rows) for (let k = 0; k < rows.length; k += 2) if (rows[k] === prev) return rows[k + 1] as Pairs;
  return 0;
}

/** Adds a row of pairs to the scores. */
function add(scores: Int32Array, pairs: Row): void {
  if (!pairs) return;
  for (let k = 0, length = pairs.length; k < length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
}
