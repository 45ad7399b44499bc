/** Reported speech whose subject no source rule names (attribution/subject-phrase.ts). Rendered as "speaker | cue | content". */
import { describe, expect, it } from 'vitest';
import { claims, run } from '../../helpers/nlp';

describe('a subject the source rules do not name', () => {
  it.each([
    [
      'a description of a person',
      'Ben Carson spoke in Iowa. The retired neurosurgeon said he would stay in the race.',
      ['The retired neurosurgeon | said | he would stay in the race'],
    ],
    [
      'a long description',
      'The former first lady and U.S. senator said it was "a mistake" to use private email.',
      ['The former first lady and U.S. senator | said | it was "a mistake" to use private email'],
    ],
    [
      'a name the entity rules did not take',
      'McLenney said Clinton doesn’t show consistency in her concern for racial issues.',
      ['McLenney | said | Clinton doesn’t show consistency in her concern for racial issues'],
    ],
    ['a plural group', 'Demonstrators said they want justice for the family.', ['Demonstrators | said | they want justice for the family']],
    [
      'a plural group before "say"',
      'Bill Clinton has been mild in his critiques. Allies say that he does not see any need to fully engage.',
      ['Allies | say | he does not see any need to fully engage'],
    ],
    [
      "a name's people, by their noun",
      'Hillary Clinton spoke in Ohio. Clinton’s team says she’ll continue her march toward Election Day.',
      ['Clinton’s team | says | she’ll continue her march toward Election Day'],
    ],
    [
      'a plural description with no determiner',
      'Protest groups say the restrictions are less for safety than to minimize dissent.',
      ['Protest groups | say | the restrictions are less for safety than to minimize dissent'],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));

  it.each([
    ['an aside with "as"', 'As Michael Dell said last week in Tel Aviv, the region is the center of the digital future.'],
    ['a day', 'Wednesday said nothing about the race.'],
    ['"say" after a singular', 'Everyone say cheese for the camera now.'],
  ])('not %s', (_name, text) => expect(claims(run(text))).toEqual([]));
});
