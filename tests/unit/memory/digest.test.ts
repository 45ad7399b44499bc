import { describe, expect, test } from 'vitest';
import { quotedText } from '@/lib/memory/claim';
import { clipClaim, digestAnalysis } from '@/lib/memory/digest';
import { analyze } from '@/lib/nlp/analyze';

describe('a quotation as the reader sees it', () => {
  test.each([
    // Interrupted by its attribution: the attribution is not put in the speaker's mouth.
    [
      'We are closer than ever," said Mikhail Orlovskiy, the spokesperson. "What remains is detail.',
      'We are closer than ever … What remains is detail.',
    ],
    ['It is over,” Peskov told reporters. “We move on.', 'It is over … We move on.'],
    // Running on into the next paragraph.
    ['The first part of it.\n\n"The second part.', 'The first part of it. The second part.'],
    ['Nothing to join here.', 'Nothing to join here.'],
  ])('%j', (content, shown) => {
    expect(quotedText(content)).toBe(shown);
  });

  test('from real analysis: the quote around "said X" is two quoted parts', () => {
    const digest = digestAnalysis(
      analyze(
        '"We are closer than we have been at any point this year," said Mikhail Orlovskiy, the spokesperson of the Estmere foreign ministry. "What remains is detail, and detail can be settled."',
        { language: 'en' },
      ),
    );
    expect(digest.claims.map((c) => c.text)).toEqual([
      'We are closer than we have been at any point this year … What remains is detail, and detail can be settled.',
    ]);
    expect(digest.entities[0]).toMatchObject({ name: 'Mikhail Orlovskiy', claims: [0] });
  });
});

test('a long claim is cut at a word, with an ellipsis', () => {
  const long = 'word '.repeat(200);
  const cut = clipClaim(long, 50);
  expect(cut.length).toBeLessThanOrEqual(51);
  expect(cut.endsWith('word…')).toBe(true);
  expect(clipClaim('  short   claim ')).toBe('short claim');
});

test('places and unnamed groups are not kept; officials come first', () => {
  const digest = digestAnalysis(
    analyze(
      'Residents of Kyiv said the night was quiet. Kremlin spokesman Dmitry Peskov said talks would continue. John Smith, a local baker, said bread prices had risen.',
      { language: 'en' },
    ),
  );
  expect(digest.entities.map((e) => e.kind)).not.toContain('place');
  expect(digest.entities[0]!.official).toBe(true);
});
