/**
 * Re-anchoring the sample article's real attributions after the page changed the way pages do:
 * text inserted, typos fixed, words changed, passages deleted or rewritten, typography changed.
 */
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '@/cli/read-html';
import { errorBudget, matchQuote } from '@/lib/anchoring/match-quote';
import { anchor, anchorAll, type AnchorResult } from '@/lib/anchoring/reanchor';
import { selectorFor } from '@/lib/anchoring/selectors';
import type { SavedAnnotation } from '@/lib/library/types';
import { analyze } from '@/lib/nlp/analyze';
import { readSample } from '../../helpers/shared-data';

const TEXT = articleFromHtml(readSample('world', 'harbour-talks.html')).text;
const STAMP = '2026-11-24T09:00:00.000Z';

function saved(id: number, text: string, start: number, end: number, type: SavedAnnotation['type'] = 'attribution'): SavedAnnotation {
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    type,
    selector: selectorFor(text, start, end),
    machine: null,
    correction: null,
    verdict: 'unreviewed',
    note: '',
    tags: [],
    created: STAMP,
    modified: STAMP,
  };
}

/** The analysis's attributions on `text`, saved as a researcher's library would keep them. */
function annotate(text: string): SavedAnnotation[] {
  const { attributions } = analyze(text, { language: 'en' });
  return attributions.map((a, i) => {
    const annotation = saved(i, text, a.content.start, a.content.end);
    const base = { speaker: a.speaker, source: a.source?.text ?? null, sourceType: a.sourceType, cue: a.cue.text };
    return { ...annotation, machine: { ...base, content: a.content.text, direct: a.direct, role: null } };
  });
}

function placedSlice(text: string, result: AnchorResult, a: SavedAnnotation): { status: string; slice?: string } {
  const p = result.placed.find((x) => x.annotation === a);
  return p ? { status: p.status, slice: text.slice(p.start, p.end) } : { status: 'orphan' };
}

function expectAllAccountedFor(result: AnchorResult, annotations: SavedAnnotation[]): void {
  const ids = [...result.placed.map((p) => p.annotation.id), ...result.orphans.map((o) => o.id)];
  expect(ids.sort()).toEqual(annotations.map((a) => a.id).sort());
}

/** One edit of the text: `remove` characters at `at` replaced by `insert`. */
interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function editAt(text: string, before: string, remove: string | number, insert: string): Edit {
  const at = text.indexOf(before);
  if (at < 0) throw new Error(`test setup: "${before}" is not in the text`);
  return { at, remove: typeof remove === 'number' ? remove : remove.length, insert };
}

function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
}

/** What an annotation on [start, end) should become after the edit. */
function expected(quote: string, start: number, e: Edit): { status: string; slice?: string } {
  const end = start + quote.length;
  if (end <= e.at) return { status: 'exact', slice: quote };
  if (start >= e.at + e.remove) return { status: e.insert.length === e.remove ? 'exact' : 'moved', slice: quote };
  if (e.at >= start && e.at + e.remove <= end) {
    return { status: 'fuzzy', slice: quote.slice(0, e.at - start) + e.insert + quote.slice(e.at + e.remove - start) };
  }
  return { status: 'orphan' };
}

const REWRITTEN = 'The inspection question is the hardest to solve';

describe('anchorAll after local edits (sample article, real attributions)', () => {
  const paragraph = (t: string, opening: string) => {
    const at = t.indexOf(opening);
    return t.slice(at, t.indexOf('\n\n', at) + 2);
  };
  type Status = 'exact' | 'moved' | 'fuzzy' | 'orphan';
  // `shows`: the status the case is about, so that it cannot pass by missing every quote.
  const cases: Array<{ name: string; shows: Status; saved?: string; edit: (t: string) => Edit; orphans?: string[] }> = [
    { name: 'unchanged: all exact', shows: 'exact', edit: () => ({ at: 0, remove: 0, insert: '' }) },
    {
      name: 'a paragraph inserted at the top: all moved',
      shows: 'moved',
      edit: (t) => editAt(t, 'Three days of mediated', 0, 'Updated on 25 November with the date of the next round.\n\n'),
    },
    {
      name: 'a paragraph inserted in the middle: moved after it, exact before',
      shows: 'moved',
      edit: (t) => editAt(t, 'The Sallow Banks, a shallow', 0, 'Read more: how the Sallow Banks dispute began.\n\n'),
    },
    {
      name: 'a typo fixed inside a quote: fuzzy',
      shows: 'fuzzy',
      saved: TEXT.replace('state of the negotiations', 'state of the negotations'),
      edit: (t) => ({ at: t.indexOf('negotations') + 'negot'.length, remove: 0, insert: 'i' }),
    },
    { name: 'a word changed inside a quote: fuzzy', shows: 'fuzzy', edit: (t) => editAt(t, 'roughly doubled', 'roughly', 'more than') },
    { name: 'a number corrected inside a quote: fuzzy', shows: 'fuzzy', edit: (t) => editAt(t, '14 confrontations', '14', '15') },
    {
      name: 'the last word of a quote changed: fuzzy, ending where its suffix begins',
      shows: 'fuzzy',
      edit: (t) => editAt(t, 'solve, according', 'solve', 'settle'),
    },
    {
      name: 'the first word of a quote changed: fuzzy, starting where its prefix ends',
      shows: 'fuzzy',
      edit: (t) => editAt(t, 'Whoever boards', 'Whoever', 'Whichever side'),
    },
    {
      name: 'a paragraph deleted: its claims orphaned',
      shows: 'orphan',
      edit: (t) => editAt(t, 'The inspection question', paragraph(t, 'The inspection question'), ''),
    },
    {
      // Hypothesis, without a minimum score, would place it (quote similarity 0.64, context intact).
      name: 'a passage rewritten in place, context intact: orphan, not the look-alike',
      shows: 'orphan',
      edit: (t) => editAt(t, REWRITTEN, REWRITTEN, 'The quota question was the easiest to settle'),
      orphans: [REWRITTEN],
    },
  ];

  it.each(cases)('$name', ({ shows, saved: savedText = TEXT, edit, orphans = [] }) => {
    const annotations = annotate(savedText);
    expect(annotations.length).toBeGreaterThan(15);
    const e = edit(savedText);
    const page = applyEdit(savedText, e);
    const result = anchorAll(page, annotations);
    expectAllAccountedFor(result, annotations);
    const statuses = new Set<string>();
    for (const a of annotations) {
      const { exact } = a.selector.quote;
      const want = orphans.includes(exact) ? { status: 'orphan' } : expected(exact, a.selector.position.start, e);
      expect(placedSlice(page, result, a), exact).toEqual(want);
      statuses.add(want.status);
    }
    expect(statuses).toContain(shows);
  });
});

describe('which occurrence of a verbatim quote, if any', () => {
  const annotations = annotate(TEXT);
  const byQuote = (opening: string) => annotations.find((a) => a.selector.quote.exact.startsWith(opening))!;

  it('takes the occurrence whose prefix and suffix match over a nearer copy (a pull quote)', () => {
    const a = byQuote('Whoever boards the boats');
    const { exact } = a.selector.quote;
    const box = `Pictured: a Calvaran trawler moored in the harbour at Kessen.\n\n“${exact}”\n\n`;
    const at = TEXT.indexOf('The inspection question');
    const page = TEXT.slice(0, at) + box + TEXT.slice(at);
    const copy = page.indexOf(exact);
    const original = page.lastIndexOf(exact);
    const old = a.selector.position.start;
    expect(Math.abs(copy - old)).toBeLessThan(Math.abs(original - old));
    expect(anchor(page, a.selector)).toEqual({ status: 'moved', start: original, end: original + exact.length });
  });

  it('takes the one nearest the old position when the contexts are the same (a paragraph repeated above)', () => {
    const a = byQuote('his government was ready');
    const at = TEXT.indexOf('Calvaran trade envoy');
    const repeated = TEXT.slice(at, TEXT.indexOf('\n\n', at) + 2);
    const page = repeated + TEXT;
    const start = a.selector.position.start + repeated.length;
    // The copy comes first in the text: only the distance to the old position tells them apart.
    expect(page.indexOf(a.selector.quote.exact)).toBeLessThan(start);
    expect(anchor(page, a.selector)).toEqual({ status: 'moved', start, end: a.selector.position.end + repeated.length });
  });

  it('places a long quote found verbatim once even when the text on both sides of it changed', () => {
    const a = byQuote('Whoever boards the boats');
    const { exact } = a.selector.quote;
    const at = TEXT.indexOf('The inspection question');
    const rewritten = `Asked who should inspect catches, one lawyer was blunt: “${exact}.”\n\n`;
    const page = TEXT.slice(0, at) + rewritten + TEXT.slice(TEXT.indexOf('\n\n', at) + 2);
    const start = page.indexOf(exact);
    expect(start).not.toBe(a.selector.position.start);
    expect(anchor(page, a.selector)).toEqual({ status: 'moved', start, end: start + exact.length });
  });

  it('places a one-word highlight by its context, and orphans it rather than use the other occurrence', () => {
    const start = TEXT.lastIndexOf('Kessen');
    const highlight = saved(99, TEXT, start, start + 'Kessen'.length, 'highlight');
    expect(TEXT.indexOf('Kessen')).toBeLessThan(start);
    const top = 'Updated on 25 November.\n\n';
    expect(anchor(top + TEXT, highlight.selector)).toEqual({ status: 'moved', start: start + top.length, end: start + top.length + 6 });
    const para = TEXT.indexOf('For the crews');
    const page = TEXT.slice(0, para) + TEXT.slice(TEXT.indexOf('\n\n', para) + 2);
    expect(page).toContain('Kessen');
    expect(anchor(page, highlight.selector)).toEqual({ status: 'orphan' });
  });
});

describe('typography and white space changed across the page', () => {
  const cases: Array<[string, (t: string) => string, 'exact' | 'moved']> = [
    ['curly quote marks and apostrophes straightened', (t) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"), 'exact'],
    ['straight apostrophes curled', (t) => t.replace(/'/g, '’'), 'exact'],
    [
      'single line breaks between paragraphs, a no-break space in "40 pages"',
      (t) => t.replace(/\n\n/g, '\n').replace('40 pages', '40\u00a0pages'),
      'moved',
    ],
  ];

  it.each(cases)('%s', (_name, transform, unchanged) => {
    const annotations = annotate(TEXT);
    const page = transform(TEXT);
    const result = anchorAll(page, annotations);
    expectAllAccountedFor(result, annotations);
    let fuzzy = 0;
    for (const a of annotations) {
      const { exact } = a.selector.quote;
      const slice = transform(exact);
      if (slice !== exact) fuzzy += 1;
      const start = transform(TEXT.slice(0, a.selector.position.start)).length;
      const p = result.placed.find((x) => x.annotation === a);
      expect(p && { status: p.status, start: p.start, slice: page.slice(p.start, p.end) }, exact).toEqual({
        status: slice === exact ? unchanged : 'fuzzy',
        start,
        slice,
      });
    }
    expect(fuzzy).toBeGreaterThan(0);
  });
});

describe('selectors and their limits', () => {
  it('takes up to 32 characters of context, fewer at the ends of the text', () => {
    expect(selectorFor('Fishing rights', 0, 7)).toEqual({
      position: { start: 0, end: 7 },
      quote: { exact: 'Fishing', prefix: '', suffix: ' rights' },
    });
    const s = selectorFor(TEXT, 100, 120);
    expect([s.quote.prefix, s.quote.suffix]).toEqual([TEXT.slice(68, 100), TEXT.slice(120, 152)]);
    expect(() => selectorFor(TEXT, 10, 5)).toThrow(RangeError);
    expect(() => selectorFor('short', 0, 6)).toThrow(RangeError);
  });

  it('orphans an empty quote; finds a quote whose offsets fall outside the text', () => {
    const empty = { position: { start: 0, end: 0 }, quote: { exact: '', prefix: '', suffix: '' } };
    expect(anchor(TEXT, empty)).toEqual({ status: 'orphan' });
    const quote = 'the one who governs the water';
    const far = { position: { start: 90_000, end: 90_029 }, quote: { exact: quote, prefix: '', suffix: '' } };
    expect(anchor(TEXT, far)).toEqual({ status: 'moved', start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });
  });

  it('bounds the approximate search: one error per four characters, never more than 256', () => {
    expect([errorBudget(3), errorBudget(47), errorBudget(200), errorBudget(5000)]).toEqual([0, 11, 50, 256]);
    expect(matchQuote(TEXT, '', {})).toBeNull();
  });
});
