/** Every entity carries a confidence: the measured precision of its kind of evidence, or its best claim's. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/nlp/analyze';

describe('entity confidence', () => {
  const a = analyze('Kremlin spokesperson Dmitry Peskov met Lavrov in Moscow. A senior Ukrainian official said the talks had stalled.', {
    threshold: 0,
  });
  const of = (name: string) => a.entities.find((e) => e.name === name)?.confidence;

  it.each([
    ['a person with a role', 'Dmitry Peskov', 0.98],
    ['a place', 'Moscow', 1],
  ])('%s', (_what, name, expected) => expect(of(name)).toBe(expected));

  it('gives an unnamed source the confidence of its best claim', () => {
    const claim = a.attributions.find((x) => x.speaker === 'a senior Ukrainian official')!;
    expect(of('a senior Ukrainian official')).toBe(claim.confidence);
  });

  it('gives every entity a confidence in [0, 1]', () => {
    for (const e of a.entities) {
      expect(e.confidence).toBeGreaterThanOrEqual(0);
      expect(e.confidence).toBeLessThanOrEqual(1);
    }
  });
});
