/**
 * Multi-word phrase lookup over tokens: "secretary of state", "north korean", "the associated
 * press". Phrases are tokenised like the text and matched case-insensitively, longest first.
 */
import type { Token } from './tokenize';
import { appendTo } from './multimap';

/** The phrases opening with one word, longest first, each as its lower-case words and its value. */
export type PhraseList<V> = Array<{ words: string[]; value: V }>;

export class PhraseIndex<V> {
  private byFirst = new Map<string, PhraseList<V>>();
  /** Lists are sorted longest first once, on first use, not on every add (building is on page load). */
  private sorted = true;

  constructor(private readonly split: (phrase: string) => string[]) {}

  add(phrase: string, value: V): void {
    const words = this.split(phrase).map((w) => w.toLowerCase());
    if (!words.length) return;
    appendTo(this.byFirst, words[0]!, { words, value });
    this.sorted = false;
    this.listsOf = null;
    this.lastWords = null;
  }

  /** Every phrase by its first word, each list longest first: what fromPhrases() takes back (the lexicon's build stores it). */
  phrases(): Array<[string, PhraseList<V>]> {
    this.sortOnce();
    return [...this.byFirst];
  }

  /** An index of the lists phrases() gave, as they are: no phrase is split or sorted again. */
  static fromPhrases<V>(split: (phrase: string) => string[], lists: Array<[string, PhraseList<V>]>): PhraseIndex<V> {
    const index = new PhraseIndex<V>(split);
    index.byFirst = new Map(lists);
    return index;
  }

  /** The words that open a phrase of any of `indexes`: one lookup turns away a word that opens none of them. */
  static firstWords(indexes: Array<PhraseIndex<unknown>>): Set<string> {
    const words = new Set<string>();
    for (const index of indexes) for (const word of index.byFirst.keys()) words.add(word);
    return words;
  }

  private sortOnce(): void {
    if (this.sorted) return;
    // Stable: among phrases of one length, the first added wins.
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.sorted = true;
  }

  /**
   * The phrases opening with each token of the token array last asked about (null: none), looked
   * up once per token: the rules ask of one token many times (matchEndingAt tries every start
   * within reach), and the lookup of a token's string in the map is most of this class's time.
   * Tokens are never changed after tokenize(), so a token array's lists stay right; holding the
   * last array keeps one text's tokens alive until the next text.
   */
  private listsOf: Token[] | null = null;
  private lists: Array<PhraseList<V> | null | undefined> = [];

  /** The longest phrase starting at token `i` (and ending before `limit`): its value and token count. */
  match(tokens: Token[], i: number, limit = tokens.length): { value: V; length: number } | null {
    const first = tokens[i];
    if (!first) return null;
    // ~34,000 calls a pass, most of them in code V8 has not optimised yet: the per-text set-up
    // (and the sort it implies) is out of line, and the body is the fewest steps to a miss.
    if (tokens !== this.listsOf) this.startText(tokens);
    let list = this.lists[i];
    if (list === undefined) list = this.lists[i] = this.byFirst.get(first.lower) ?? null;
    if (list === null) return null;
    // An index loop: for-of's iterator costs about twice as much before V8 optimises this.
    for (let p = 0; p < list.length; p++) {
      const phrase = list[p]!;
      const words = phrase.words;
      const n = words.length;
      if (i + n > limit) continue;
      let k = 1;
      while (k < n && tokens[i + k]!.lower === words[k]) k++;
      if (k === n) return { value: phrase.value, length: n };
    }
    return null;
  }

  /** Clears the lists of the last text for `tokens` (sorting the phrases first if any were added since). */
  private startText(tokens: Token[]): void {
    this.sortOnce();
    this.listsOf = tokens;
    // One array for every text, cleared, rather than a new one per text for the collector; only
    // as far as this text's tokens, as no other index is read for it (the array is as long as
    // the longest text yet, and filling it whole for every text cost as much as the lookups).
    if (this.lists.length < tokens.length) this.lists = new Array(tokens.length);
    else this.lists.fill(undefined, 0, tokens.length);
  }

  /** The last word of every phrase, built on first use: most tokens end none, and are then turned away at one lookup. */
  private lastWords: Set<string> | null = null;

  private canEnd(word: string): boolean {
    if (!this.lastWords) {
      this.lastWords = new Set();
      for (const list of this.byFirst.values()) for (const { words } of list) this.lastWords.add(words[words.length - 1]!);
    }
    return this.lastWords.has(word);
  }

  /** The longest phrase ending at token `j` (inclusive). */
  matchEndingAt(tokens: Token[], j: number, floor = 0): { value: V; start: number } | null {
    // A phrase that ends at j ends with its word: where no phrase does, none of the starts below can match.
    const last = tokens[j];
    if (last && !this.canEnd(last.lower)) return null;
    let best: { value: V; start: number } | null = null;
    // Phrases are short: try each start within reach.
    for (let i = Math.max(floor, j - 5); i <= j; i++) {
      const m = this.match(tokens, i, j + 1);
      if (m && i + m.length === j + 1 && (!best || i < best.start)) best = { value: m.value, start: i };
    }
    return best;
  }
}
