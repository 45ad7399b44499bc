/**
 * The background places a saved version's annotations in the article text the page reads now
 * (lib/library/placement.ts): the researcher's ones, exactly where they were, moved, or listed as
 * orphans with what the popup shows of them.
 */
import { describe, expect, it } from 'vitest';
import { placeSavedIn } from '@/lib/library/placement';
import { reviewedSaved } from '../export/fixtures';

const saved = reviewedSaved();
const text = saved.text;
const shown = saved.annotations.filter((a) => a.verdict !== 'unreviewed');

describe('placeSavedIn', () => {
  it("places each of the researcher's annotations at its quote, and leaves the machine's unreviewed ones to the page's own highlights", () => {
    const placement = placeSavedIn(text, saved);
    expect(placement.savedAt).toBe(saved.updatedAt);
    expect(placement.orphans).toEqual([]);
    expect(shown.length).toBeLessThan(saved.annotations.length);
    expect(placement.ranges.map(([start, end]) => text.slice(start, end))).toEqual(shown.map((a) => a.selector.quote.exact));
  });

  it('finds them again in a text changed since: words added before them move every range by as much', () => {
    const added = 'An editor’s note was added at the top. ';
    const placement = placeSavedIn(added + text, saved);
    expect(placement.ranges).toEqual(placeSavedIn(text, saved).ranges.map(([start, end]) => [start + added.length, end + added.length]));
  });

  it('lists what it cannot place with its quote, note and speaker as the researcher corrected it, and places the rest', () => {
    // A corrected claim whose passage holds no other annotation's: only it loses its place.
    const alone = (a: (typeof shown)[number]) =>
      shown.every(
        (b) =>
          b === a || (!a.selector.quote.exact.includes(b.selector.quote.exact) && !b.selector.quote.exact.includes(a.selector.quote.exact)),
      );
    const gone = shown.find((a) => a.verdict === 'corrected' && alone(a))!;
    const removed = text.split(gone.selector.quote.exact).join(' ');
    const placement = placeSavedIn(removed, saved);
    expect(placement.orphans).toEqual([
      {
        quote: gone.selector.quote.exact.slice(0, 200),
        note: gone.note,
        speaker: gone.correction!.speaker,
      },
    ]);
    expect(placement.ranges).toHaveLength(shown.length - 1);
    for (const [start, end] of placement.ranges) expect(removed.slice(start, end).length).toBe(end - start);
  });

  it('cuts an orphan’s quote to 200 characters for the popup', () => {
    const long = { ...shown[0]!, selector: { ...shown[0]!.selector, quote: { ...shown[0]!.selector.quote, exact: 'z'.repeat(500) } } };
    const placement = placeSavedIn(text, { ...saved, annotations: [long] });
    expect(placement.orphans[0]!.quote).toBe('z'.repeat(200));
    expect(placement.ranges).toEqual([]);
  });
});
