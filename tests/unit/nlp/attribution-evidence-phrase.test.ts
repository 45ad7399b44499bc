/** What a longer description of a document shows (attribution/evidence-phrase.ts). Rendered as "speaker | cue | content". */
import { describe, expect, it } from 'vitest';
import { claims, run } from '../../helpers/nlp';

describe('evidence with a qualified document', () => {
  it.each([
    [
      'bare plural polls',
      'Polls show that voters have a better opinion of Mr. Clinton.',
      ['Polls | show | voters have a better opinion of Mr. Clinton'],
    ],
    [
      'a poll with a time after its head',
      'A Quinnipiac University poll this month found Mr. Trump about even with Mrs. Clinton.',
      ['A Quinnipiac University poll this month | found | Mr. Trump about even with Mrs. Clinton'],
    ],
    [
      'a study with its author',
      'A study by the liberal watchdog group Media Matters found the Republican nominee garnered twice as much airtime.',
      ['A study by the liberal watchdog group Media Matters | found | the Republican nominee garnered twice as much airtime'],
    ],
    [
      'exit polls with where they were taken',
      'Exit polls from the New Hampshire primary showed that 65 percent of Republicans supported the ban.',
      ['Exit polls from the New Hampshire primary | showed | 65 percent of Republicans supported the ban'],
    ],
    [
      'a recording',
      'Video of the incident shows him with his hands in the air.',
      ['Video of the incident | shows | him with his hands in the air'],
    ],
    [
      'records that indicate',
      'Voter records indicate he has been a registered Republican since 2003.',
      ['Voter records | indicate | he has been a registered Republican since 2003'],
    ],
    [
      'a poll with the participle of its release',
      'A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points.',
      ['A poll from Marquette Law School released Wednesday | found | Clinton leading Trump by 15 points'],
    ],
    [
      'a survey with its maker between commas',
      'The survey, conducted by the Public Policy Institute of California, finds Clinton with only a small lead.',
      ['The survey, conducted by the Public Policy Institute of California, | finds | Clinton with only a small lead'],
    ],
    [
      'a body that found that',
      'The Charlotte Observer found that one in four residents lived in distressed neighborhoods in 2010.',
      ['Charlotte Observer | found | one in four residents lived in distressed neighborhoods in 2010'],
    ],
    [
      'up to the writer’s aside',
      'Polls show a close contest in the state, where 18 electoral votes are up for grabs.',
      ['Polls | show | a close contest in the state'],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));

  it.each([
    ['a participle of the writer’s evidence', 'With polls showing her well behind, Clinton campaigned in the state.'],
    ['a relative clause', 'He cited a poll that shows him beating Trump in a two-man race.'],
    ['a person who shows something', 'Donald Trump showed little appetite for a fight.'],
    ['a discovery in a clause of time', 'Some were reinstated after the US found that it had cleared out key ministries.'],
  ])('not %s', (_name, text) => expect(claims(run(text)).filter((c) => /\| (?:show|shows|showed|showing|found) \|/.test(c))).toEqual([]));
});
