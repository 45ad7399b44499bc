/**
 * One claim, its views: the remembered claim (digest), the saved annotation's data and the cards'
 * models are each what claimOf gives for the attribution, never a second reading of it.
 */
import { expect, test } from 'vitest';
import { articleFromHtml } from '../../../cli/read-html';
import { savedFromAnalysis } from '@/lib/export/from-analysis';
import { claimOf } from '@/lib/memory/claim';
import { clipClaim, digestAnalysis } from '@/lib/memory/digest';
import { analyze } from '@/lib/nlp/analyze';
import { claimCard, personCard } from '@/lib/overlay/card-model';
import { readSample } from '../../helpers/shared-data';

const article = articleFromHtml(readSample('world', 'harbour-talks.html'));
const analysis = analyze(article.text, { language: article.language });
const digest = digestAnalysis(analysis);
const saved = savedFromAnalysis(article, analysis, '2026-12-06T08:00:00.000Z');
const cases = analysis.attributions.map((a, i) => [i, a.cue.text, a.content.text.slice(0, 40)] as const);

test('the sample article has claims, direct and reported', () => {
  expect(cases.length).toBeGreaterThan(3);
  expect(analysis.attributions.some((a) => a.direct)).toBe(true);
  expect(analysis.attributions.some((a) => !a.direct)).toBe(true);
});

test.each(cases)('claim %i (%s: %s…) reads alike in every view', (i) => {
  const claim = claimOf(analysis.attributions[i]!);
  expect(digest.claims[i]).toEqual({
    speaker: claim.speaker,
    source: claim.source,
    sourceType: claim.sourceType,
    cue: claim.cue,
    text: clipClaim(claim.shown),
    direct: claim.direct,
    relay: claim.relay,
  });
  expect(claimCard(analysis, i)).toMatchObject({
    source: claim.source,
    sourceType: claim.sourceType,
    cue: claim.cue,
    content: claim.shown,
    direct: claim.direct,
  });
  expect(claimCard(analysis, i)!.chain.slice(1)).toEqual(claim.relay ? [claim.relay] : []);
  const annotation = saved.annotations.find(
    (a) => a.selector.position.start === analysis.attributions[i]!.content.start && a.machine?.cue === claim.cue,
  );
  expect(annotation?.machine).toMatchObject({
    speaker: claim.speaker,
    source: claim.source,
    sourceType: claim.sourceType,
    cue: claim.cue,
    content: claim.content,
    direct: claim.direct,
  });
  const speaker = claim.speaker ? analysis.entities.findIndex((e) => e.name === claim.speaker) : -1;
  if (speaker >= 0)
    expect(personCard(analysis, speaker)!.claims).toContainEqual({
      index: i,
      cue: claim.cue,
      content: claim.shown,
      direct: claim.direct,
      relay: claim.relay,
    });
});
