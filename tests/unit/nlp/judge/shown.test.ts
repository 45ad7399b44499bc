/**
 * What the reader sees is what the judge lets through: the hover card, the popup's digest and the
 * page's highlights all read `attributions`, never the candidates under the display threshold.
 */
import { describe, expect, it } from 'vitest';
import { highlightItems } from '@/lib/highlight/items';
import { digestAnalysis } from '@/lib/memory/digest';
import { analyze } from '@/lib/nlp/analyze';
import { DISPLAY_THRESHOLD } from '@/lib/nlp/judge/judge';
import { personCard } from '@/lib/overlay/card-model';

const text =
  'Kremlin spokesperson Dmitry Peskov spoke in Moscow on Tuesday. Peskov said Ukraine had been employing missiles made in the West. ' +
  '“We will respond,” Peskov told reporters.';

describe('only the claims at or above the display threshold reach the reader', () => {
  const all = analyze(text, { threshold: 0 });
  // The same analysis with the line drawn between its two claims: the surer one shown, the other a candidate.
  const [lower, higher] = [...all.attributions].sort((a, b) => a.confidence - b.confidence);
  const split = analyze(text, { threshold: (lower!.confidence + higher!.confidence) / 2 });
  const peskov = split.entities.findIndex((e) => e.name === 'Dmitry Peskov');

  it('splits the claims at the threshold', () => {
    expect(all.attributions).toHaveLength(2);
    expect(lower!.confidence).toBeLessThan(higher!.confidence);
    expect(split.attributions.map((a) => a.content.text)).toEqual([higher!.content.text]);
    expect(split.candidates.map((a) => a.content.text)).toEqual([lower!.content.text]);
  });

  it('the hover card lists only the shown claim', () => {
    expect(personCard(split, peskov)?.claims.map((c) => c.content)).toEqual([expect.stringContaining(higher!.content.text.slice(0, 20))]);
  });

  it('the popup’s digest keeps only the shown claim', () => {
    const claims = digestAnalysis(split).claims.map((c) => c.text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toContain(higher!.content.text.slice(0, 20));
  });

  it('the page highlights only the shown claim', () => {
    const claimsOf = (a: typeof all) =>
      highlightItems(a)
        .filter((i) => i.key.startsWith('a'))
        .map((i) => [i.start, i.end]);
    expect(claimsOf(split)).toEqual([[higher!.content.start, higher!.content.end]]);
    expect(claimsOf(all)).toHaveLength(2);
  });

  it('draws the line by default at the stored display threshold', () => {
    const byDefault = analyze(text);
    for (const a of byDefault.attributions) expect(a.confidence).toBeGreaterThanOrEqual(DISPLAY_THRESHOLD);
    for (const a of byDefault.candidates) expect(a.confidence).toBeLessThan(DISPLAY_THRESHOLD);
  });
});
