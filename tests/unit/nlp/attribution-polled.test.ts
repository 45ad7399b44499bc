/** A poll's respondents as a source (attribution/polled.ts). Rendered as "speaker | cue | content". */
import { describe, expect, it } from 'vitest';
import { claims, run } from '../../helpers/nlp';

describe("a poll's respondents", () => {
  it.each([
    [
      'a share spelled out',
      'Twenty-four percent said they were more likely to vote for him because of it.',
      ['Twenty-four percent | said | they were more likely to vote for him because of it'],
    ],
    [
      'a share of a group',
      'In the survey, 58 percent of Florida Latino voters overall said they were much less likely to vote for Republicans in November.',
      ['58 percent of Florida Latino voters overall | said | they were much less likely to vote for Republicans in November'],
    ],
    [
      'a share out of ten, hedged',
      'Nearly nine out of 10 say they will need to continually develop new skills to advance their careers.',
      ['Nearly nine out of 10 | say | they will need to continually develop new skills to advance their careers'],
    ],
    [
      'a share out of ten with its noun',
      'About four in 10 voters said they were "angry" with the way the federal government is operating.',
      ['About four in 10 voters | said | they were "angry" with the way the federal government is operating'],
    ],
    [
      'a figure set against another',
      'Just 28 percent of voters said they had a positive view of Mrs. Clinton, compared with 33 percent last month.',
      ['Just 28 percent of voters | said | they had a positive view of Mrs. Clinton'],
    ],
    [
      'two shares in one sentence',
      'Half of Vermont Democrats said they want the next president to be more liberal, and about three in 10 said they want him to continue the current policies.',
      [
        'Half of Vermont Democrats | said | they want the next president to be more liberal',
        'about three in 10 | said | they want him to continue the current policies',
      ],
    ],
    [
      'a participle after "with"',
      'Trump led the field, with 22 percent saying they would definitely not support him.',
      ['22 percent | saying | they would definitely not support him'],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));

  it.each([
    [
      'a figure that is no one',
      'The unemployment rate fell to 5 percent, officials said.',
      ['officials | said | The unemployment rate fell to 5 percent'],
    ],
    [
      'a relative clause of the share',
      'The 30 percent of voters who said Wall Street does more to help the economy backed Mrs. Clinton.',
      [],
    ],
    ['an answer with nothing to show', 'Only 55 percent said so in December.', []],
  ])('not %s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));
});
