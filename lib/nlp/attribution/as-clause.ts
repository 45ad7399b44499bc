/**
 * "As SOURCE noted, CLAUSE": a reporting clause put before what it reports, news style for a
 * relayed finding ("As The Washington Post reported, even if Sanders split the delegates …", "But
 * as Clyburn noted, those voters will give Sanders a second look"), or as an aside inside it
 * ("CLAUSE, as Mr. Sykes said, …"). The content is the rest of the sentence. And the plain aside:
 * "Still, he said, officials have to decide who gets extra scrutiny": the sentence around it.
 */
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';

export function findAsClauses(set: ClaimSet): void {
  const { ctx, usedCue } = set;
  const { tokens } = ctx;
  for (const v of set.speechTokens()) {
    const s = ctx.sentenceOf(v);
    if (v < s.first + 2 || v >= s.end - 2 || usedCue.has(v)) continue;
    // The verb closes the aside: "noted," / "noted."
    const after = v + 1;
    const closes = after >= s.end - 1 && (after >= s.end || tokens[after]!.kind === 'punct');
    if (tokens[after]?.text !== ',' && !closes) continue;
    const source = sourceBefore(set, v, s.first);
    if (!source) continue;
    const as = source.first - 1;
    // (The plain aside is speech whoever its subject names: "…, they said, can be hazardous".)
    if (ctx.lower(as) !== 'as' && tokens[as]?.text === ',' && tokens[after]?.text === ',') {
      // ", he said, " between two parts of one clause, neither of them a quotation (direct.ts reads
      // those); the claim is the whole sentence (cut at its clause breaks it was 144 of 181 right
      // on PolNeAR train, against 146 whole).
      const words = (t: { kind: string } | undefined) => t?.kind === 'word' || t?.kind === 'num';
      if (as > s.first && words(tokens[as - 1]) && set.quoteAt(as - 1) < 0 && words(tokens[after + 1]) && set.quoteAt(after + 1) < 0)
        set.add(source, [v, v + 1], [s.start, s.stop], false, null, 'reported-aside');
      continue;
    }
    if (ctx.lower(as) !== 'as' || set.quoteAt(as) >= 0 || (!source.entity && !source.generic)) continue;
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
