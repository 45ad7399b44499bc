/**
 * "According to SOURCE": at the front ("According to the ministry, CLAUSE."), at the end
 * ("CLAUSE, according to Reuters."), or after a claim the sentence already reports, where the
 * source becomes that claim's relay ("an official confirmed it, according to Reuters").
 */
import type { ClaimSet } from './claims';

export function findAccordingTo(set: ClaimSet): void {
  const { ctx, sources, usedCue, claims } = set;
  const { tokens } = ctx;
  for (const s of ctx.sentences) {
    for (let i = s.first; i < s.end - 2; i++) {
      if (!ctx.seq(i, ['according', 'to']) || usedCue.has(i) || set.quoteAt(i) >= 0) continue;
      const source = sources.startingAt(i + 2, s.end);
      if (!source) continue;
      // A claim this sentence already reports is relayed, not sourced.
      const carried = claims.find((c) => !c.direct && c.cue[0] >= s.first && c.cue[0] < i && !c.relay);
      if (carried) {
        carried.relay = source;
        usedCue.add(i);
        continue;
      }
      const cue: [number, number] = [i, i + 2];
      if (i === s.first || (i === s.first + 1 && tokens[s.first]!.kind === 'quote')) {
        let k = source.last;
        if (tokens[k]?.text === ',') k++;
        if (k < s.end) set.add(source, cue, [tokens[k]!.start, s.stop], false, null, 'according-front');
      } else {
        const before = tokens[i - 1]!.text === ',' ? i - 1 : i;
        set.add(source, cue, [s.start, tokens[before]!.start], false, null, 'according-end');
      }
    }
  }
}
