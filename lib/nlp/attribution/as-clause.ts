/**
 * "As SOURCE noted, CLAUSE": a reporting clause put before what it reports, news style for a
 * relayed finding ("As The Washington Post reported, even if Sanders split the delegates …", "But
 * as Clyburn noted, those voters will give Sanders a second look"), or as an aside inside it
 * ("CLAUSE, as Mr. Sykes said, …"). The content is the rest of the sentence.
 */
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';

export function findAsClauses(set: ClaimSet): void {
  const { ctx, usedCue } = set;
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let v = s.first + 2; v < s.end - 2; v++) {
      if (!set.isSpeech(v) || usedCue.has(v)) continue;
      // The verb closes the aside: "noted," / "noted."
      const after = v + 1;
      const closes = after >= s.end - 1 && (after >= s.end || tokens[after]!.kind === 'punct');
      if (tokens[after]?.text !== ',' && !closes) continue;
      const source = sourceBefore(set, v, s.first);
      if (!source || (!source.entity && !source.generic)) continue;
      const as = source.first - 1;
      if (ctx.lower(as) !== 'as' || set.quoteAt(as) >= 0) continue;
      // Opening the sentence (past "But", "And") it reports what follows; after a comma, the sentence around it.
      let opener = s.first;
      if (/^(?:but|and|yet|so)$/.test(ctx.lower(opener))) opener++;
      const k = after + 1;
      if (as === opener) {
        // What follows is all it reports: "even if Sanders split the delegates, he would trail".
        if (k < s.end && tokens[k]!.kind !== 'punct') set.add(source, [v, v + 1], [tokens[k]!.start, s.stop], false, null, 'reported-as');
      } else if (tokens[as - 1]?.text === ',' && as - 1 > s.first) {
        set.add(source, [v, v + 1], [s.start, closes ? tokens[as - 1]!.start : s.stop], false, null, 'reported-as');
      }
    }
  }
}
