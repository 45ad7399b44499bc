/**
 * The stated role as evidence of which namesake a person is: an office recorded without dates
 * (common in real P39 statements: a seat with only parliamentary terms) still counts, though the
 * card's verdict on it is "dates unknown".
 */
import { describe, expect, test } from 'vitest';
import type { Position } from '@/lib/services/wikidata-types';
import { scoreCandidate, type Candidate } from '@/lib/services/wikidata-score';

function candidate(positions: Position[]): Candidate {
  const facts = {
    id: 'Q1',
    label: 'Jane Doe',
    description: null,
    enwikiTitle: null,
    birthYear: null,
    positions,
    parties: [],
    countries: [],
    employers: [],
    image: null,
  };
  return { facts, aliases: [], sitelinkCount: 0, hasOccupation: true };
}

const seat = (start: string | null): Position => ({
  id: 'Q2',
  label: 'Member of Parliament in the United Kingdom',
  start: start ? { iso: start, precision: 11 } : null,
  end: null,
  rank: 'normal',
  of: null,
});
const context = { role: 'British MP', organizations: [], places: [], date: '2015-06-01' };

describe('scoreCandidate: the role tells namesakes apart', () => {
  test.each([
    ['a dated seat held on the date', seat('2010-05-06')],
    ['a seat without dates', seat(null)],
  ])('%s counts', (_, position) => {
    const withRole = scoreCandidate('Jane Doe', candidate([position]), context).score;
    const without = scoreCandidate('Jane Doe', candidate([position]), { ...context, role: 'British trawler captain' }).score;
    expect(withRole).toBeGreaterThan(without);
  });
});
