/** The library page's import status: a summary line, then each thing left out or to check, capped. */
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/lib/export/import';
import { toJsonLines } from '@/lib/export/jsonl';
import { importStatus, MAX_STATUS_LINES } from '@/lib/library/import-status';
import type { ImportOutcome } from '@/lib/library/store';
import { machineSaved, reviewedSaved } from '../export/fixtures';

const reviewed = reviewedSaved();
const stored = (o: Partial<ImportOutcome> = {}) => ({
  ok: true as const,
  value: { added: 1, updated: 0, unchanged: 0, orphans: [], rejected: [], ...o },
});
/** The sample article, then `n` real articles each with a title over the limit. */
const badLines = (n: number) =>
  toJsonLines([
    reviewed,
    ...Array.from({ length: n }, (_, i) => ({
      ...machineSaved(),
      url: `https://harbourcourier.example/${i}`,
      annotations: [],
      title: 'T'.repeat(2001),
    })),
  ]);

describe('importStatus', () => {
  it.each<[string, ReturnType<typeof parseImport>, Parameters<typeof importStatus>[2], string, string[]]>([
    ['all taken', parseImport('a.jsonl', toJsonLines([reviewed])), stored(), 'Imported a.jsonl: 1 new, 0 merged.', []],
    [
      'one bad line among good ones',
      parseImport('a.jsonl', badLines(1)),
      stored(),
      'Imported a.jsonl: 1 new, 0 merged. 1 left out:',
      ['Not imported: line 2: title: is longer than 2000 characters'],
    ],
    [
      'already there',
      parseImport('a.jsonl', toJsonLines([reviewed])),
      stored({ added: 0, unchanged: 1 }),
      'Imported a.jsonl: 0 new, 0 merged, 1 already in the library.',
      [],
    ],
    [
      'an annotation that could not be placed',
      parseImport('a.jsonl', toJsonLines([reviewed])),
      stored({
        added: 0,
        updated: 1,
        orphans: [
          {
            url: reviewed.url,
            title: 'Harbour talks',
            id: reviewed.annotations[0]!.id,
            quote: 'We have narrowed the gaps, but we are not there yet, and the fleets are waiting',
          },
        ],
      }),
      'Imported a.jsonl: 0 new, 1 merged. 1 annotation to check:',
      [
        'Not placed: in “Harbour talks”, the annotation starting “We have narrowed the gaps, but we are not there yet, and th…” is not in the library’s text of the article; it is kept and listed under the article as not placed',
      ],
    ],
    [
      'a file that is not an export',
      parseImport('a.jsonl', '{"hello": "world"}'),
      null,
      'Nothing was imported from a.jsonl: the file is JSON, but not a Sourcelight export. Sourcelight imports its own exports: .jsonl (saved articles, lossless) or .jsonld (Web Annotations).',
      [],
    ],
    [
      'the store refused',
      parseImport('a.jsonl', toJsonLines([reviewed])),
      { ok: false, error: 'the disk is full' },
      'Nothing was imported from a.jsonl: the disk is full',
      [],
    ],
  ])('%s', (_, parsed, result, text, lines) => {
    const status = importStatus('a.jsonl', parsed, result);
    expect(status.text).toBe(text);
    expect(status.lines).toEqual(lines);
  });

  it(`lists at most ${MAX_STATUS_LINES} lines, and says how many more`, () => {
    const status = importStatus('a.jsonl', parseImport('a.jsonl', badLines(35)), stored());
    expect(status.text).toBe('Imported a.jsonl: 1 new, 0 merged. 35 left out:');
    expect(status.lines).toHaveLength(MAX_STATUS_LINES + 1);
    expect(status.lines.at(-1)).toBe('…and 15 more');
    expect(status.error).toBe(false);
  });

  it('when nothing could be taken, every line is listed under the reason', () => {
    const status = importStatus('a.jsonl', parseImport('a.jsonl', badLines(3).split('\n').slice(1).join('\n')), null);
    expect(status).toEqual({
      text: 'Nothing was imported from a.jsonl: none of its 3 lines could be imported',
      lines: [1, 2, 3].map((n) => `Not imported: line ${n}: title: is longer than 2000 characters`),
      error: true,
    });
  });
});
