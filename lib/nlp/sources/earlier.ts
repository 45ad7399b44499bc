/**
 * What a description looks back to, listed once per text (as far as asked): the people mentioned (whose roles "the
 * senator" may name) and the bodies, named or merely capitalised ("the agency" for the Canadian
 * Transportation Agency, "the airline" for WestJet). A description walked back over every token
 * before it, to the start of the text, at each source; it now walks these few entries instead, in
 * the same order, and finds the same one.
 */
import type { Context } from '../context';
import type { EntityIndex, EntityRecord, MentionRecord } from '../entities';
import { isCapitalised } from '../words';

/** A body before a description: a mention of an organisation or medium, or a run of capitalised words no mention holds. */
export interface EarlierBody {
  /** Its first and last token (inclusive); a run is listed at its last word. */
  first: number;
  last: number;
  /** The mention's entity, or null for a run of capitalised words. */
  entity: EntityRecord | null;
  /** Where the run starts (its name is the text from here to `last`); -1 for a mention. */
  runStart: number;
}

export class EarlierMentions {
  private people: MentionRecord[] | null = null;
  /** The mentions of bodies, by first token. */
  private named: EarlierBody[] | null = null;
  /** The bodies listed so far, in token order: those starting before token `listedTo`. */
  private readonly bodies: EarlierBody[] = [];
  private listedTo = 0;
  /** The first of `named` not yet in `bodies`. */
  private nextNamed = 0;

  constructor(
    private readonly ctx: Context,
    private readonly index: EntityIndex,
  ) {}

  /** The person mentions of the text, by first token. */
  personMentions(): readonly MentionRecord[] {
    if (this.people) return this.people;
    const people: MentionRecord[] = [];
    // Every mention is one of its entity's, and every entity listed has one.
    for (const e of this.index.entities) if (e.kind === 'person') for (const m of e.mentions) people.push(m);
    return (this.people = people.sort((a, b) => a.first - b.first));
  }

  /**
   * The bodies of the text in token order, at least those starting before token i: each
   * organisation or medium mentioned, and each run of capitalised words no mention holds that
   * does not open its sentence (a name the entity rules did not take for a body: "Air Canada",
   * "WestJet"). Listed only as far as a description asks: the text after the last is never read.
   */
  bodiesBefore(i: number): readonly EarlierBody[] {
    const { tokens } = this.ctx;
    const to = Math.min(i, tokens.length);
    if (to <= this.listedTo) return this.bodies;
    const { mentionAt } = this.index;
    const named = (this.named ??= this.namedBodies());
    const bodies = this.bodies;
    let n = this.nextNamed;
    // The runs, merged with the mentions in token order: the mentions are asked of capitalised words only, not of every token.
    for (let k = this.listedTo; k < to; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !isCapitalised(t.text) || isCapitalised(tokens[k + 1]?.text ?? '') || mentionAt.has(k)) continue;
      let a = k;
      while (a > 0 && tokens[a - 1]!.kind === 'word' && isCapitalised(tokens[a - 1]!.text) && !mentionAt.get(a - 1)) a--;
      if (a === this.ctx.sentenceOf(a).first) continue;
      while (n < named.length && named[n]!.first < k) bodies.push(named[n++]!);
      bodies.push({ first: k, last: k, entity: null, runStart: a });
    }
    while (n < named.length && named[n]!.first < to) bodies.push(named[n++]!);
    this.nextNamed = n;
    this.listedTo = to;
    return bodies;
  }

  private namedBodies(): EarlierBody[] {
    const named: EarlierBody[] = [];
    for (const e of this.index.entities)
      if (e.kind === 'organization' || e.kind === 'media')
        for (const m of e.mentions) named.push({ first: m.first, last: m.last - 1, entity: e, runStart: -1 });
    return named.sort((a, b) => a.first - b.first);
  }
}

/** The place in `list` (ordered by first token) of the last entry starting at or before token i; -1 for none. */
export function lastStartingBy<T extends { first: number }>(list: readonly T[], i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.first <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
