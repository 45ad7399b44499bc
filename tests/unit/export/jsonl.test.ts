import { describe, expect, it } from 'vitest';
import { fromJsonLines, toJsonLines } from '@/lib/export/jsonl';
import { parseImport } from '@/lib/export/import';
import { machineSaved, reviewedSaved } from './fixtures';

describe('JSON Lines', () => {
  const reviewed = reviewedSaved();
  // A second article whose text has line breaks and the separators JSON leaves unescaped.
  const other = {
    ...machineSaved(),
    url: 'https://harbourcourier.example/world/harbour-talks-2',
    text: machineSaved().text.replace('Geneva', 'Gen\u2028eva'),
  };
  other.annotations = [];

  it('writes one full record a line', () => {
    const text = toJsonLines([reviewed, other]);
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(text.split('\n')[0]!)).toEqual(reviewed);
  });

  it('reads back equal records: nothing lost', () => {
    expect(fromJsonLines(toJsonLines([reviewed, other]))).toEqual({ articles: [reviewed, other], rejected: [], notes: [], objects: 2 });
    expect(parseImport('library.jsonl', toJsonLines([reviewed, other]))).toEqual({
      ok: true,
      format: 'jsonl',
      articles: [reviewed, other],
      rejected: [],
      notes: [],
    });
  });

  it('reads CRLF line ends, blank lines and a byte-order mark', () => {
    const text = '\uFEFF' + toJsonLines([reviewed, other]).replace(/\n/g, '\r\n\r\n');
    expect(parseImport('library.jsonl', text)).toMatchObject({ ok: true, articles: [reviewed, other] });
  });

  it('names the line of a problem, and takes the other lines', () => {
    const lines = toJsonLines([reviewed, other]).split('\n');
    lines[1] = lines[1]!.replace('"outlet":"harbourcourier.example"', '"outlet":42');
    expect(fromJsonLines(lines.join('\n'))).toEqual({
      articles: [reviewed],
      rejected: ['line 2: outlet: should be text, not a number'],
      notes: [],
      objects: 2,
    });
  });
});
