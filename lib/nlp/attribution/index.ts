/**
 * Attributed claims: who said what, and how. The rule families, each in its file, run in the
 * order a reader meets them:
 *
 *   direct.ts    "“…,” Peskov said." / "Peskov said: “…”" / "“…,” she said. “…”"
 *   polled.ts    "73 percent said …" / "Nearly eight in 10 voters say …" (a poll's respondents)
 *   direct-loose.ts "“…,” panel Chairman Rep. Jason Chaffetz (R-Utah) said" / "“…,” Zero Hedge said"
 *   subject-phrase.ts "The retired neurosurgeon said …" / "McLenney said …" (a subject no rule names)
 *   reported.ts  "Peskov said on Tuesday that …" / "…, a source said." / "…, saying that …"
 *   as-clause.ts "As The Washington Post reported, …" / "…, as Clyburn noted."
 *   according.ts "…, according to Reuters." / "According to the ministry, …"
 *   nominal.ts   "claims made by the US and Ukraine that …"
 *   evidence.ts "A Fox News poll shows …" / "…, FEC records show."
 *   evidence-phrase.ts "Exit polls from the New Hampshire primary showed …" / "Polls show …"
 *   intention.ts "Sanders promised to take bold action" / "Cook declined to say whether …"
 *   judging.ts  "O'Malley criticized Sanders and Clinton" / "Cruz blamed the law on …"
 *   naming.ts    "Clinton called half of Trump's supporters “deplorables”" / "… called for a moratorium"
 *   speaker-label.ts "Sanders: Clinton needs to …" (a headline) / "PENCE: Well, look, …" (a transcript)
 *
 * A claim needs a source the rules can name; where none is found nothing is proposed (a missed
 * quote costs a reader less than an invented one). "…, according to Reuters" after a reported
 * claim makes Reuters the relay of that claim, not its source. The rules propose; the judge
 * (judge/) decides what is shown.
 */
import type { Context } from '../context';
import type { EntityIndex } from '../entities';
import type { Quotation } from '../quotes';
import type { SourceFinder } from '../sources';
import { findAccordingTo } from './according';
import { findAsClauses } from './as-clause';
import { findEvidence } from './evidence';
import { findEvidencePhrases } from './evidence-phrase';
import { findIntentions } from './intention';
import { findJudgements } from './judging';
import { ClaimSet, type Claim } from './claims';
import { findContinuedQuotes, findQuotesAttributedAfter, findQuotesAttributedBefore } from './direct';
import { findQuotesLooselyAttributed } from './direct-loose';
import { findSubjectPhrases } from './subject-phrase';
import { findNamings } from './naming';
import { findNominalCues } from './nominal';
import { findSpeakerLabels } from './speaker-label';
import { findPolledShares } from './polled';
import { findParticiples, findReportedSpeech } from './reported';

export type { Claim } from './claims';

/** `quoteAt` tells the quotation each token is in (quotes.ts, quotationIndex), or -1. */
export function findClaims(
  ctx: Context,
  sources: SourceFinder,
  quotations: Quotation[],
  index: EntityIndex,
  quoteAt: (i: number) => number,
): Claim[] {
  const set = new ClaimSet(ctx, sources, quotations, index, quoteAt);
  findQuotesAttributedAfter(set);
  findQuotesAttributedBefore(set);
  findContinuedQuotes(set);
  findAsClauses(set);
  findPolledShares(set);
  findReportedSpeech(set);
  findParticiples(set);
  findQuotesLooselyAttributed(set);
  findSubjectPhrases(set);
  // (Again, for the quotations those two attributed.)
  findContinuedQuotes(set);
  findAccordingTo(set);
  findNominalCues(set);
  findEvidence(set);
  findEvidencePhrases(set);
  findIntentions(set);
  findJudgements(set);
  findNamings(set);
  findSpeakerLabels(set);
  return set.claims.sort((a, b) => a.content[0] - b.content[0]);
}
