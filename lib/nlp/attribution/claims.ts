/**
 * What every rule family of attribution shares: the context, the quotations, the sources, the
 * claims found so far and the cue words they used. A claim is added only through `add`, which
 * keeps a content of at least one word (two for reported speech) and marks its cue as used, so
 * that no later rule reads the same cue again.
 */
import { Context } from '../context';
import type { EntityIndex } from '../entities';
import type { Quotation } from '../quotes';
import type { Source, SourceFinder } from '../sources';
import { tokenAt } from '../tokenize';
import { countWords, hasWordsBetween, isLowerCased } from '../words';
import { findCueTokens, type CueList, type CueTokens } from './cue-words';
import { pastDateline } from './dateline';

/** Words that count what "added" adds: an article, a number in words, an ordinal ("added the overtime winner"). */
const COUNTED = new Set(
  (
    'a an another the one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty first second third fourth fifth sixth seventh eighth ninth tenth'
  ).split(' '),
);
/** Modals of possibility: a cue after one reports nothing said ("will say" is a statement announced, and kept). */
const MODALS = new Set(['could', 'might', 'may', 'would', 'should', 'can', 'cannot', "couldn't", "wouldn't"]);
/** Verbs of speech that also take a score or a thing: "added 30 points", "posted 20 points", "claimed his half-century". */
const TALLYING = new Set(['add', 'post', 'claim']);
/** A thing won or scored is someone's: "claimed his half-century", "added her second goal". */
const OWNED = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/** Words that open a clause of its own inside a content: what follows them is not the count's. */
const SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'until', 'if']);

export interface Claim {
  source: Source;
  /** Cue token range, end exclusive. */
  cue: [number, number];
  /** Content character range. */
  content: [number, number];
  direct: boolean;
  relay: Source | null;
  /** The rule that proposed it ("direct-source-cue", "reported-that", "according-end", …): a feature of the judge. */
  rule: string;
}

/** A quotation already given to a claim, and the token after its attribution (where a continuation may start). */
export interface AttributedQuote {
  claim: Claim;
  tail: number;
}

export class ClaimSet {
  readonly claims: Claim[] = [];
  readonly usedCue = new Set<number>();
  /** The quotation token i is in (marks included), or -1. */
  readonly quoteAt: (i: number) => number;
  /** Quotations given to a claim, by quotation index. */
  readonly attributedQuote = new Map<number, AttributedQuote>();

  constructor(
    readonly ctx: Context,
    readonly sources: SourceFinder,
    readonly quotations: Quotation[],
    readonly index: EntityIndex,
    quoteAt: (i: number) => number,
  ) {
    this.quoteAt = quoteAt;
  }

  /** Which tokens isSpeech holds for, found once: the rule families ask it of every token, a dozen times over. */
  private speech: Uint8Array | null = null;
  private speechList: number[] = [];

  /** A reporting verb, written in lower case ("States" in "United States" is no verb), outside any quotation. */
  isSpeech(i: number): boolean {
    return (this.speech ??= this.findSpeech())[i] === 1;
  }

  /** The tokens isSpeech holds for, in order: a family that starts at a reporting verb visits these, not every token. */
  speechTokens(): readonly number[] {
    this.speech ??= this.findSpeech();
    return this.speechList;
  }

  private findSpeech(): Uint8Array {
    const { tokens, lex } = this.ctx;
    const speech = new Uint8Array(tokens.length);
    // The tokens of the lexicon's verbs of speech, found in the pass over the text that finds every cue word.
    const candidates = this.tokensOf(lex.speechVerbs);
    for (let n = 0; n < candidates.length; n++) {
      const i = candidates[n]!;
      const t = tokens[i]!;
      if (t.kind === 'word' && isLowerCased(t.text) && this.quoteAt(i) < 0) {
        speech[i] = 1;
        this.speechList.push(i);
      }
    }
    return speech;
  }

  private cues: CueTokens | null = null;

  /** The tokens whose lower case is in `words` (a list of cue-words.ts, the lexicon's nominal cues or verbs of speech), in text order. */
  tokensOf(words: CueList): readonly number[] {
    const found = (this.cues ??= findCueTokens(this.ctx.tokens, this.ctx.lex)).get(words);
    if (!found) throw new Error('tokensOf: not one of the cue lists of cue-words.ts');
    return found;
  }

  lemma(i: number): string {
    return this.ctx.lex.speechVerbs.get(this.ctx.lower(i)) ?? '';
  }

  wordsIn(a: number, b: number): number {
    return countWords(this.ctx.text.slice(a, b));
  }

  /** Back past white space and closing punctuation. */
  trimEnd(end: number): number {
    const { text } = this.ctx;
    // An opening mark left at the end belongs to the next sentence ("… courthouse. “We …").
    while (end > 0 && (/[\s.,;:!?]/.test(text[end - 1]!) || (/["“]/.test(text[end - 1]!) && /[\s.,]/.test(text[end - 2] ?? ' ')))) end--;
    return end;
  }

  /** Adds a claim (false when its content is too short to be one). */
  add(source: Source, cue: [number, number], content: [number, number], direct: boolean, relay: Source | null, rule: string): boolean {
    const a = direct ? content[0] : this.pastDatelineAt(content[0]);
    const b = content[1];
    const end = direct ? b : this.trimEnd(b);
    if (end - a <= 0 || !hasWordsBetween(this.ctx.text, a, end, direct ? 1 : 2)) return false;
    // (Only what follows the verb: "The insurance scheme, valid to all subscribers, has been launched, he added" says.)
    if (!direct && TALLYING.has(this.lemma(cue[0])) && this.ctx.tokens[cue[0]]!.end <= a && this.isTally(a, end)) return false;
    // "According to label sources and pirate network tracking firms, …" cut after "sources": a
    // content that opens with "and" or "or" is the rest of its source, not what was said.
    if (!direct && /^(?:and|or)\s/.test(this.ctx.text.slice(a, a + 4))) return false;
    if (this.isPlaceActedOn(source, cue[0])) return false;
    // "none of the hundreds of people at the reception could say he had a drink", "more tests could
    // confirm …": a verb after a modal of possibility is what might be said, not what was.
    // (As written in lower case: "Theresa May said" is no modal.)
    const before = this.ctx.tokens[cue[0] - 1];
    if (before && MODALS.has(before.text)) return false;
    for (let c = cue[0]; c < cue[1]; c++) this.usedCue.add(c);
    this.claims.push({ source, cue, content: [a, end], direct, relay, rule });
    return true;
  }

  /** Where a content starting at character `a` starts, past the dateline when it opens the story's paragraph there (dateline.ts). */
  private pastDatelineAt(a: number): number {
    const { tokens } = this.ctx;
    const t = tokenAt(tokens, a);
    if (!tokens[t]?.paraStart || tokens[t]!.start !== a) return a;
    const s = this.ctx.sentenceOf(t);
    if (s.first !== t) return a;
    const k = pastDateline(this.ctx, this.index, t, s.end);
    return k > t && k < s.end ? tokens[k]!.start : a;
  }

  /**
   * What "added" (or "posted", "claimed") takes as its object when it adds no words: a score or a thing, counted ("Carmelo
   * Anthony added 30 points and eight rebounds", "added a goal and an assist", "added another link
   * to the chain"), with no finite verb before the first "and" or comma. "Officials added 12 people
   * were hurt" is a clause, and said.
   */
  private isTally(a: number, end: number): boolean {
    const { tokens } = this.ctx;
    const first = tokenAt(tokens, a);
    const t = tokens[first];
    if (!t || t.start !== a || (t.kind !== 'num' && !COUNTED.has(t.lower) && !OWNED.has(t.lower))) return false;
    // ("added that the Fed wants …": after "that", a clause.)
    if (tokens[first - 1]?.lower === 'that') return false;
    // (After "his", "her": the whole content, "claiming his father, the son of immigrants, was Jewish" is a clause.)
    const owned = OWNED.has(t.lower);
    let stop = first + 1;
    // (A clause of its own after the count does not say anything either: "added the overtime game winner as Los Angeles rallied".)
    while (
      stop < tokens.length &&
      tokens[stop]!.start < end &&
      !SUBORDINATORS.has(tokens[stop]!.lower) &&
      (owned || (tokens[stop]!.text !== ',' && tokens[stop]!.lower !== 'and'))
    )
      stop++;
    // (After "the", any verb form makes it a clause: "added the family held high hopes".)
    const definite = t.lower === 'the';
    for (let k = first + 1; k < stop; k++)
      if (this.ctx.syntax.isFiniteVerb(k) || (definite && /^(?:VB|MD)/.test(this.ctx.syntax.ptb(k) ?? ''))) return false;
    return true;
  }

  /**
   * ", saying" after a place that does not open its sentence: the place is what the subject acts
   * on, not who speaks ("Sarkozy defended French policies towards Lebanon, Syria and Algeria,
   * reiterating …", "One paper faults Washington's timing, saying …"). A place that opens it
   * speaks for its government: "Israel, citing security concerns, sealed its border".
   */
  private isPlaceActedOn(source: Source, cue: number): boolean {
    const { tokens } = this.ctx;
    if (source.entity?.kind !== 'place' || source.last > cue || tokens[cue - 1]?.text !== ',' || !tokens[cue]!.lower.endsWith('ing'))
      return false;
    const s = this.ctx.sentenceOf(cue);
    return source.first !== pastDateline(this.ctx, this.index, s.first, cue);
  }

  /** The claim added last. */
  get last(): Claim {
    return this.claims[this.claims.length - 1]!;
  }
}
