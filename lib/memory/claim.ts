/**
 * One claim: the fields every view of an attribution starts from, worked out once. The views
 * keep only what they need and add their own: the digest's claim (remembered), the saved
 * annotation's data (the library's format), the cards' models (what a card shows).
 * Pure (no Dexie, no browser.*).
 */
import type { Attribution, SourceType } from '../nlp/types';

export interface Claim {
  /** Canonical name of the speaker ("Dmitry Peskov"), or null for an unresolved source. */
  speaker: string | null;
  /** The source as written ("a senior Ukrainian official"), or null. */
  source: string | null;
  sourceType: SourceType;
  cue: string;
  /** What was said, as the article has it (the offsets' text). */
  content: string;
  /** What was said as a reader should see it (a direct quotation without what interrupts it). */
  shown: string;
  direct: boolean;
  /** Who passed the claim on ("Reuters"), or null. */
  relay: string | null;
}

export function claimOf(a: Attribution): Claim {
  return {
    speaker: a.speaker,
    source: a.source?.text ?? null,
    sourceType: a.sourceType,
    cue: a.cue.text,
    content: a.content.text,
    shown: a.direct ? quotedText(a.content.text) : a.content.text,
    direct: a.direct,
    relay: a.relay ? (a.relay.speaker ?? a.relay.source.text) : null,
  };
}

/**
 * A direct quotation as a reader should see it. One claim interrupted by its attribution ("“A,”
 * said X. “B.”") spans from A to B; shown whole inside quote marks it would put "said X" in X's
 * mouth. The quoted parts are kept, an interruption becomes " … ".
 */
export function quotedText(content: string): string {
  const parts = content.split(/["“”„«»]/);
  // A quotation running on into the next paragraph keeps only that paragraph's opening mark.
  if (parts.length === 2) return `${parts[0]!.trimEnd()} ${parts[1]!.trimStart()}`;
  if (parts.length < 3) return content;
  let out = parts[0]!;
  for (let i = 2; i < parts.length; i += 2) {
    const between = parts[i - 1]!;
    out = /\p{L}/u.test(between) ? `${out.replace(/[\s,]+$/, '')} … ${parts[i]!.trimStart()}` : `${out.trimEnd()} ${parts[i]!.trimStart()}`;
  }
  return out;
}
