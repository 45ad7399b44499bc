// @vitest-environment happy-dom
/** Sentences whose bold part is inside their message (lib/format/emphasis.tsx): the popup's remembering note and sourcing summary. */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { MemoryNotice } from '@/components/MemoryNotice';
import { SourcingSummary } from '@/components/SourcingSummary';
import { withEmphasis } from '@/lib/format/emphasis';
import type { Found } from '@/lib/messaging/protocol';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

const found = (people: number, officials: number, claims: number): Found => ({
  people,
  officials,
  claims,
  highlights: claims,
  supported: true,
  bySourceType: { 'named-person': claims, anonymous: 0, institution: 0, media: 0, document: 0, other: 0 },
  direct: 0,
  reported: claims,
});

describe('withEmphasis', () => {
  it('bolds what *…* marks and keeps the rest as text, in order', () => {
    const el = root();
    render(<p>{withEmphasis('a *b c* d *e*')}</p>, el);
    expect(el.innerHTML).toBe('<p>a <strong>b c</strong> d <strong>e</strong></p>');
  });
  it('leaves a message without marks as it is', () => {
    expect(withEmphasis('plain text')).toEqual(['plain text']);
  });
});

describe('the messages with emphasis', () => {
  it('the remembering note: its lead in bold, one sentence', () => {
    const el = root();
    render(<MemoryNotice onKeep={() => {}} onStop={() => {}} />, el);
    expect(el.querySelector('strong')?.textContent).toBe('Sourcelight remembers the articles you read');
    expect(el.querySelector('p')?.textContent).toMatch(/^Sourcelight remembers the articles you read: their titles, /);
    expect(el.textContent).not.toContain('*');
  });
  it.each([
    [found(6, 3, 22), '6 people (3 officials) · 22 attributed claims', ['6', '22']],
    [found(1, 1, 1), '1 person (1 official) · 1 attributed claim', ['1', '1']],
  ])('the summary line: counts in bold, nouns by their number', (f, text, bold) => {
    const el = root();
    render(<SourcingSummary found={f} />, el);
    const line = el.querySelector('.summary__line')!;
    expect(line.textContent).toBe(text);
    expect([...line.querySelectorAll('strong')].map((s) => s.textContent)).toEqual(bold);
  });
});
