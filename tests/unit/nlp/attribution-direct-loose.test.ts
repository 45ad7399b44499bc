/** Quotations whose source the forward reading misses (attribution/direct-loose.ts). Rendered as "speaker | cue | content". */
import { describe, expect, it } from 'vitest';
import { claims, run } from '../../helpers/nlp';

describe('quotations with a loosely written source', () => {
  it.each([
    [
      'a descriptor in lower case before the name',
      'Pagliano did not appear. "Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after Pagliano failed to show up.',
      ['Jason Chaffetz | said | “Subpoenas are not optional”'],
    ],
    [
      'a name the entity rules do not take, before the verb',
      '“On this basis,” Zero Hedge said, “youth unemployment is in the mid-30s.”',
      ['Zero Hedge | said | “On this basis,” Zero Hedge said, “youth unemployment is in the mid-30s.”'],
    ],
    [
      'a name spelled otherwise, after the verb',
      "The blast was reported by Commissioner James O’Neill. “The exact cause has not been determined,” said O'Neill, on his first full day on the job.",
      ["O'Neill | said | “The exact cause has not been determined”"],
    ],
    [
      'a possessive and a relation before the name, and the one told after the verb',
      '“He had so many projects and ambitions,” his friend Mahamat Saleh Oumar told the website.',
      ['Mahamat Saleh Oumar | told | “He had so many projects and ambitions”'],
    ],
    [
      'a pull quote signed by a name the entity rules do not take',
      '“Trump must stop portraying Latinos as dangerous gangsters.”― Carla Sanchez.\n\nGetty/Instagram.',
      ['Carla Sanchez | ― | “Trump must stop portraying Latinos as dangerous gangsters.”'],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text)).filter((c) => c.includes('“'))).toEqual(expected));

  it('not past a clause the verb introduces', () => {
    expect(claims(run('“Core Al Qaeda,” on Tuesday night he said it still posed a threat.')).filter((c) => c.includes('Core'))).toEqual([]);
  });
});
