import { describe, expect, test } from 'vitest';
import { analyze } from '@/lib/nlp/analyze';
import { FEATURE_NAMES } from '@/lib/nlp/judge/features';

/** The named features of the first candidate the rules find in `text` (or the first with cue `cue`). */
function featuresOf(text: string, cue?: string): Record<string, number> {
  const rows: Array<readonly number[]> = [];
  analyze(text, { threshold: 0, onCandidate: (a, f) => (!cue || a.cue.text === cue) && rows.push(f) });
  expect(rows.length).toBeGreaterThan(0);
  return Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, rows[0]![i]!]));
}

describe('features of a candidate claim', () => {
  test('there are at most a hundred, each named once', () => {
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
    expect(FEATURE_NAMES.length).toBeGreaterThanOrEqual(40);
    expect(FEATURE_NAMES.length).toBeLessThanOrEqual(100);
  });

  test.each([
    [
      '“We will not retreat from the city,” Dmitry Peskov said.',
      {
        'rule:direct-source-cue': 1,
        'cue:say': 1,
        'content:direct': 1,
        'source:named-person': 1,
        'source:after-cue': 0,
        'content:words': 7,
        'content:other-words-after': 0,
      },
    ],
    [
      'Dmitry Peskov spoke to reporters in Moscow. He said the talks had stalled.',
      {
        'rule:reported-that': 1,
        'source:pronoun': 1,
        'source:pronoun-resolved': 1,
        'source:mentions': 1,
        'content:direct': 0,
        'content:words': 4,
        'content:after-that': 0,
      },
    ],
    [
      'Kremlin spokesman Dmitry Peskov said on Tuesday that the talks had stalled, and he did not expect progress.',
      // The content ends at ", and he did not …" (a clause of its own: lib/nlp/syntax).
      {
        'rule:reported-that': 1,
        'content:after-that': 1,
        'content:second-clause': 0,
        'content:words': 4,
        'source:named': 1,
        'cue:negated': 0,
      },
    ],
    [
      'The ministry claimed that the strike had hit an ammunition depot.',
      { 'cue:loaded': 1, 'cue:say': 0, 'source:institution': 1, 'source:opens-sentence': 1 },
    ],
    [
      'The strike hit an ammunition depot, according to Reuters.',
      {
        'rule:according-end': 1,
        'cue:according': 1,
        'source:media': 1,
        'source:after-cue': 1,
        'content:before-cue': 1,
        'source:not-subject': 0,
      },
    ],
    // (A place before ", who" is no source at all now: sources/index.ts gives the clause to the person before it, or to no one.)
    ['Rain fell on Texas, which said the roads had closed.', { 'source:not-subject': 1 }],
    ['Kremlin spokesperson Dmitry Peskov responded: “No comment.”', { 'content:direct': 1, 'content:whole-quotation': 1 }],
    [
      // (", which" on a noun ends the content now: lib/nlp/attribution/tails.ts; on the whole clause it stays.)
      'Senator Fowler said the emails would take longer to be released, which is standard for such letters.',
      { 'rule:reported-that': 1, 'content:relative-clause': 1, 'content:commas': 1, 'content:whole-quotation': 0, 'source:after-wh': 0 },
    ],
    [
      'The savings are smaller than what the governor says the plan will bring.',
      // What the plan will bring is the writer's "what": the clause reported has a gap.
      { 'source:after-wh': 1 },
    ],
  ])('%s', (text, expected) => {
    expect(featuresOf(text)).toMatchObject(expected);
  });

  test.each([
    // The inner claim lies inside the outer one's content: PolNeAR credits the court.
    ['The court noted published reports alleging that she claimed during the divorce that he had raped her.', 'alleging', 1],
    ['The court noted published reports alleging that she claimed during the divorce that he had raped her.', 'noted', 0],
  ])('%s (%s)', (text, cue, nested) => {
    expect(featuresOf(text, cue)).toMatchObject({ 'others:nested': nested });
  });
});

describe('the judge in analyze()', () => {
  const text = 'The strike hit an ammunition depot, according to Reuters. “We will not retreat,” Dmitry Peskov said.';

  test('gives every claim a confidence in [0, 1]', () => {
    const a = analyze(text, { threshold: 0 });
    expect(a.attributions).toHaveLength(2);
    for (const c of a.attributions) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    expect(a.candidates).toEqual([]);
  });

  test('a threshold moves the claims under it to the candidates', () => {
    const a = analyze(text, { threshold: 1.01 });
    expect(a.attributions).toEqual([]);
    expect(a.candidates).toHaveLength(2);
  });

  test('with the judge off every claim is shown with confidence 1', () => {
    const a = analyze(text, { judge: false, threshold: 0.5 });
    expect(a.attributions.map((c) => c.confidence)).toEqual([1, 1]);
  });
  // Without onCandidate the judge reads the features only as far as the model does (a count of
  // finite verbs stops at the first): the confidences must be those of the whole features.
  test.each([
    text,
    // Finite verbs in the content: 6 (capped), 3, 1 and 0.
    '“We lost. We know we lost, and we will rebuild,” Maria Lopez said. “The voters spoke and we heard them.”',
    'The minister said the army had withdrawn, that the talks would resume and that nobody was hurt.',
    'Senator Maria Lopez called the deal “a disaster,” and said the talks would fail.',
  ])('reading only what the model reads gives the same confidences: %s', (t) => {
    const whole: number[] = [];
    const reported = analyze(t, { threshold: 0, onCandidate: () => whole.push(0) });
    const read = analyze(t, { threshold: 0 });
    expect(whole.length).toBeGreaterThan(0);
    expect(read.attributions.map((a) => a.confidence)).toEqual(reported.attributions.map((a) => a.confidence));
  });
});
