// @vitest-environment happy-dom
/**
 * What the card says of a seat dated by its parliamentary term (P2937), or not dated at all
 * (issue 15): the term is named where the dates are.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { PersonBackground, RoleCheckLine, span } from '@/components/PersonBackground';
import type { Position } from '@/lib/services/wikidata-types';

afterEach(() => {
  document.body.innerHTML = '';
});

const seat: Position = { id: 'Q1', label: 'Member of Parliament of the United Kingdom', start: null, end: null, rank: 'normal', of: null };
const term = { id: 'Q2', label: '51st Parliament of the United Kingdom' };

describe('span', () => {
  test.each([
    [
      'dated by its term',
      { ...seat, term, start: { iso: '1992-04-27', precision: 11 }, end: { iso: '1997-04-08', precision: 11 }, datesFromTerm: true },
      '51st Parliament of the United Kingdom, 1992-04-27–1997-04-08',
    ],
    ['a term without dates', { ...seat, term }, '51st Parliament of the United Kingdom, dates not given'],
    [
      'ended by death before its term',
      {
        ...seat,
        term,
        start: { iso: '1992-04-27', precision: 11 },
        end: { iso: '1994-05-12', precision: 11 },
        endAtDeath: true,
        datesFromTerm: true,
      },
      '51st Parliament of the United Kingdom, 1992-04-27–death, 1994-05-12',
    ],
    ['no term, no dates', seat, 'dates not given'],
  ] as Array<[string, Position, string]>)('%s', (_, position, text) => {
    expect(span(position)).toBe(text);
  });
});

test('a consistent role check names the term it was held in', () => {
  const el = document.body.appendChild(document.createElement('div'));
  const position: Position = { ...seat, term, start: { iso: '1992-04-27', precision: 11 }, end: null, datesFromTerm: true };
  render(<RoleCheckLine check={{ status: 'consistent', position }} />, el);
  expect(el.textContent).toBe(
    '✓ Consistent with Wikidata: Member of Parliament of the United Kingdom (51st Parliament of the United Kingdom, since 1992-04-27)',
  );
});

test('a disambiguation summary cached before it was dropped is not shown as the background', () => {
  const el = document.body.appendChild(document.createElement('div'));
  const person = {
    id: 'Q1',
    label: 'Amora Doe',
    description: 'Portuguese politician',
    enwikiTitle: 'Amora',
    birthYear: null,
    positions: [],
    parties: [],
    countries: [],
    employers: [],
    image: null,
  };
  const summary = {
    title: 'Amora',
    description: 'Topics referred to by the same term',
    extract: 'Amora may refer to:',
    type: 'disambiguation',
    pageUrl: 'https://en.wikipedia.org/wiki/Amora',
    thumbnail: null,
    imageFile: null,
    wikibaseItem: null,
  };
  const reply = { status: 'found' as const, person, summary, credit: null, fetchedAt: 0, stale: false, problem: null };
  render(<PersonBackground name="Amora Doe" background={{ state: 'done', reply }} onLookUp={() => {}} onAllow={() => {}} now={0} />, el);
  expect(el.textContent).toContain('Portuguese politician');
  expect(el.textContent).not.toContain('may refer to');
  expect(el.textContent).not.toContain('Topics referred to');
});
