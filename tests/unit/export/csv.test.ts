import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_COLUMNS, toCsv } from '@/lib/export/csv';
import { effective, type SavedArticle } from '@/lib/library/types';
import { reviewedSaved } from './fixtures';

const article = reviewedSaved();
const csv = toCsv([article]);

function cells(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The article with one annotation's content (machine reading) replaced. */
function withContent(content: string): SavedArticle {
  const [first] = article.annotations;
  return { ...article, annotations: [{ ...first!, verdict: 'unreviewed', correction: null, machine: { ...first!.machine!, content } }] };
}

describe('toCsv', () => {
  it('begins with a byte-order mark, ends its lines with CRLF, and has the columns in order', () => {
    expect(csv.startsWith('\uFEFFarticle,url,outlet,date,speaker,role,source type,cue,content,direct,corrected,verdict,note\r\n')).toBe(
      true,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(cells(csv)[0]).toEqual([...CSV_COLUMNS]);
  });

  it('has one row per attribution, highlights left out and rejected ones kept with their verdict', () => {
    const rows = cells(csv).slice(1);
    const attributions = article.annotations.filter((a) => a.type === 'attribution');
    expect(rows).toHaveLength(attributions.length);
    expect(rows.map((r) => r[11])).toEqual(expect.arrayContaining(['confirmed', 'corrected', 'rejected', 'unreviewed']));
    expect(rows.every((r) => r[11] !== 'added')).toBe(true);
  });

  it('writes the effective values: the correction wins, and is marked', () => {
    const corrected = article.annotations[1]!;
    const row = cells(csv).find((r) => r[11] === 'corrected')!;
    const data = effective(corrected)!;
    expect(row).toEqual([
      article.title,
      article.url,
      'The Harbour Courier',
      '2026-11-24',
      data.speaker,
      'Foreign Minister of Estmere',
      'named-person',
      'said, told reporters',
      data.content,
      String(data.direct),
      'true',
      'corrected',
      '',
    ]);
  });

  it('quotes commas, quotes and line breaks so every cell parses back as it was', () => {
    const rows = cells(csv).slice(1);
    const attributions = article.annotations
      .filter((a) => a.type === 'attribution')
      .sort((x, y) => x.selector.position.start - y.selector.position.start);
    expect(rows.map((r) => r[8])).toEqual(attributions.map((a) => (a.correction ?? a.machine)!.content));
    const noted = rows.find((r) => r[12]!.includes('official'))!;
    // The note has commas, quotes and a line break; its "=SUM" is inside, not at the start, so it stays.
    expect(noted[12]).toBe(article.annotations[3]!.note);
    const tricky = 'He said, "no", and then:\nnothing more';
    expect(cells(toCsv([withContent(tricky)]))[1]![8]).toBe(tricky);
  });

  // OWASP's CSV injection guard; the multi-line case is one papaparse's own pattern misses.
  it.each([['=HYPERLINK("http://evil.example","x")'], ['+1+1'], ['-2+3'], ['@SUM(A1:A2)'], ['\t=1'], ['\r=1'], ['=1+1\nsecond line']])(
    'defuses a cell beginning %j',
    (content) => {
      const cell = cells(toCsv([withContent(content)]))[1]![8]!;
      expect(cell).toBe(`'${content}`);
    },
  );

  it('leaves other cells alone, and writes only a header for no articles', () => {
    expect(cells(toCsv([withContent('A plain claim, 50% sure')]))[1]![8]).toBe('A plain claim, 50% sure');
    expect(toCsv([])).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
  });
});
