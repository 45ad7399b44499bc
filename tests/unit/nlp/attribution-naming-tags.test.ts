import { describe, expect, test } from 'vitest';
import { COMPLEMENT_TAGS } from '@/lib/nlp/attribution/naming';
import weights from '@/lib/nlp/syntax/tagger-weights.json';
import { toUpos } from '@/lib/nlp/syntax/upos';

// naming.ts reads a complement by its PTB tag instead of its Universal tag (which tags the whole sentence):
// the two must agree for every tag the tagger gives, in any context.
const COMPLEMENT_UPOS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const CONTEXTS: Array<[string[], string[]]> = [
  [[], []],
  [['VB'], ['say']],
  [
    ['RB', 'PRP', 'VBN'],
    ['not', 'he', 'said'],
  ],
];

describe("naming.ts's complement tags", () => {
  test.each((weights as { tags: string[] }).tags)('%s is a complement by PTB tag exactly when by Universal tag', (tag) => {
    for (const word of ['have', 'that', 'not', 'plan', 'if'])
      for (const [after, words] of CONTEXTS)
        expect(COMPLEMENT_UPOS.has(toUpos([tag, ...after], [word, ...words], 0))).toBe(COMPLEMENT_TAGS.has(tag));
  });
});
