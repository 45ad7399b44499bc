/**
 * What a description looks back to, listed once per text: the people mentioned (whose roles "the
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
  private bodies: EarlierBody[] | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly index: EntityIndex,
  ) {}

  /** The person mentions of the text, by first token. */
  personMentions(): readonly MentionRecord[] {
    if (this.people) return this.people;
    const people: MentionRecord[] = [];
    for (const [k, m] of this.index.mentionAt) if (m.first === k && m.entity.kind === 'person') people.push(m);
    return (this.people = people.sort((a, b) => a.first - b.first));
  }

  /**
   * The bodies of the text in token order: each organisation or medium mentioned, and each run of
   * capitalised words no mention holds that does not open its sentence (a name the entity rules
   * did not take for a body: "Air Canada", "WestJet").
   */
  earlierBodies(): readonly EarlierBody[] {
    if (this.bodies) return this.bodies;
    const { tokens } = this.ctx;
    const { mentionAt } = this.index;
    const named: EarlierBody[] = [];
    for (const [k, m] of mentionAt) {
      const kind = m.entity.kind;
      if (m.first === k && (kind === 'organization' || kind === 'media'))
        named.push({ first: k, last: m.last - 1, entity: m.entity, runStart: -1 });
    }
    named.sort((a, b) => a.first - b.first);
    // The runs, merged with the mentions in token order: the mentions are asked of capitalised words only, not of every token.
    const bodies: EarlierBody[] = [];
    let n = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' || !isCapitalised(t.text) || isCapitalised(tokens[k + 1]?.text ?? '') || mentionAt.has(k)) continue;
      let a = k;
      while (a > 0 && tokens[a - 1]!.kind === 'word' && isCapitalised(tokens[a - 1]!.text) && !mentionAt.get(a - 1)) a--;
      if (a === this.ctx.sentenceOf(a).first) continue;
      while (n < named.length && named[n]!.first < k) bodies.push(named[n++]!);
      bodies.push({ first: k, last: k, entity: null, runStart: a });
    }
    while (n < named.length) bodies.push(named[n++]!);
    return (this.bodies = bodies);
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
