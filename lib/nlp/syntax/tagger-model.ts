/**
 * The tagger's weights indexed for tagging: what features.ts names with strings ("t1w NNP said"),
 * here reached by tag index and by word, so that tagging builds no feature string. Each word's
 * tag-independent weights are gathered once (and cached across sentences) from the groups of
 * weight-groups.ts: a word first seen costs one lookup per key (its normalized form, suffixes,
 * first letter, shape, verb class). The weights are integers (tenths), so summing them in another
 * order gives the same scores, bit for bit.
 * Built at every start (the CLI's and each of its threads', the service worker's): only the rows read
 * by tag index (t1, t2, f, lxt1: ~900) are filed at construction; the rest are read from the
 * groups as a word is first gathered, so nothing is copied into maps.
 */
import { normalize, shape, verbClass } from './features';
import type { Group, Pairs, Rows, TaggerWeights } from './weight-groups';
import { isCapitalised } from '../words';

export type { Pairs, TaggerWeights };
const NONE: Pairs = [];
const NO_ROWS = Object.freeze({});

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
  byPrevWord: ByPrevTag | undefined;
  byPrevLex: ByPrevTag | undefined;
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
  /** The boundaries' neighbour weights ('-START-', '-END-', '-', 'RT-', 'ND-'). */
  readonly start1: Pairs;
  readonly start2: Pairs;
  readonly end1: Pairs;
  readonly end2: Pairs;
  private readonly dict: Map<string, number>;
  private readonly groups: TaggerWeights['groups'];
  private readonly lxt1 = new Map<string, ByPrevTag>();
  private readonly cache = new Map<string, WordWeights>();
  private readonly bias: Float64Array;

  constructor(model: TaggerWeights) {
    this.tags = model.tags;
    // A Map, not the JSON object: a word like "constructor" must not find Object.prototype's.
    this.dict = new Map(Object.entries(model.dict));
    const groups = (this.groups = model.groups);
    [...model.tags, '-START-', '-START2-'].forEach((t, k) => this.tagIndex.set(t, k));
    const n = this.tagIndex.size;
    this.bias = new Float64Array(this.tags.length);
    add(this.bias, model.bias);
    this.prevTag = new Array<Pairs | undefined>(n);
    for (const [tag, rows] of Object.entries(groups.t1)) {
      const k = this.tagIndex.get(tag);
      if (k !== undefined) this.prevTag[k] = rows.t1;
    }
    this.prevTwoTags = new Array<Pairs | undefined>(n * n);
    for (const [tags, rows] of Object.entries(groups.t2)) {
      const [a, b] = tags.split(' ').map((t) => this.tagIndex.get(t));
      if (a !== undefined && b !== undefined) this.prevTwoTags[a * n + b] = rows.t2;
    }
    for (const [lex, rows] of Object.entries(groups.lex)) if (rows.lxt1) this.lxt1.set(lex, this.byPrevTag(rows.lxt1));
    this.flags = [0, 1].map((first) => [0, 1].map((cap) => this.rows('f', `${first} ${cap}`).f ?? NONE));
    const start = this.rows('word', '-START-');
    const end = this.rows('word', '-END-');
    const dash = this.rows('shape', '-');
    this.start1 = joined(start['w-1'], dash['sh-1'], this.rows('suffix', 'RT-')['s-1']);
    this.start2 = start['w-2'] ?? NONE;
    this.end1 = joined(dash['sh+1'], end['w+1'], this.rows('suffix', 'ND-')['s+1'], this.rows('lex', '-END-')['lx+1']);
    this.end2 = end['w+2'] ?? NONE;
  }

  /** The tag index the dictionary gives a word (as written) whatever its context, or -1. */
  known(word: string): number {
    return this.dict.get(normalize(word)) ?? -1;
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
    const lex = verbClass(norm);
    const w = this.rows('word', norm);
    const s = this.rows('suffix', norm.slice(-3));
    const sh = this.rows('shape', shape(word));
    const lx = this.rows('lex', lex);
    const own = this.bias.slice();
    add(own, w.w);
    add(own, s.s3);
    add(own, this.rows('s2', norm.slice(-2)).s2);
    add(own, this.rows('s4', norm.slice(-4)).s4);
    add(own, this.rows('p1', norm[0]!).p1);
    add(own, sh.sh);
    add(own, lx.lx);
    return {
      known: this.dict.get(norm) ?? -1,
      capitalised: isCapitalised(word),
      own,
      prev1: joined(w['w-1'], sh['sh-1'], s['s-1']),
      prev2: w['w-2'] ?? NONE,
      next1: joined(sh['sh+1'], w['w+1'], s['s+1'], lx['lx+1']),
      next2: w['w+2'] ?? NONE,
      byPrevWord: w.t1w && this.byPrevTag(w.t1w),
      byPrevLex: this.lxt1.get(lex),
    };
  }

  /** One key's rows in a group; own keys only, so "constructor" finds nothing. */
  private rows<G extends Group>(group: G, key: string): Rows<G> {
    const rows: Record<string, Rows<G>> = this.groups[group];
    return Object.hasOwn(rows, key) ? rows[key]! : NO_ROWS;
  }

  /** Rows by the previous tag's name, as an array by its index. */
  private byPrevTag(rows: Record<string, Pairs>): ByPrevTag {
    const out = new Array<Pairs | undefined>(this.tagIndex.size);
    for (const [tag, row] of Object.entries(rows)) {
      const k = this.tagIndex.get(tag);
      if (k !== undefined) out[k] = row;
    }
    return out;
  }
}

/** Adds a row of pairs to the scores. */
function add(scores: Float64Array, pairs: Pairs | undefined): void {
  if (!pairs) return;
  for (let k = 0; k < pairs.length; k += 2) scores[pairs[k]!]! += pairs[k + 1]!;
}

/** The rows present, as one: one copy by the engine (the order of pairs does not matter: they are summed). */
function joined(a?: Pairs, b?: Pairs, c?: Pairs, d?: Pairs): Pairs {
  return NONE.concat(a ?? NONE, b ?? NONE, c ?? NONE, d ?? NONE);
}
