/** A speaker's name as a label before a colon (attribution/speaker-label.ts). Rendered as "speaker | cue | content". */
import { describe, expect, it } from 'vitest';
import { claims, run } from '../../helpers/nlp';

describe('speaker labels', () => {
  it.each([
    [
      'a headline',
      'Bernie Sanders: It Is Not A Radical Idea To Ask For A $15 Minimum Wage.\n\nSen. Bernie Sanders spoke in Iowa on Sunday.',
      ['Bernie Sanders | : | It Is Not A Radical Idea To Ask For A $15 Minimum Wage'],
    ],
    [
      'a headline of a poll',
      'Poll: Trump and Clinton hold narrow leads in Pennsylvania.\n\nThe race is close.',
      ['Poll | : | Trump and Clinton hold narrow leads in Pennsylvania'],
    ],
    [
      'a transcript in capitals',
      'Gov. Mary Fallin spoke to Jake Tapper on Sunday.\n\nTAPPER: Do you think he has campaigned as a healer?\n\nFALLIN: I think he is trying to campaign as a racial healer. I think that has been part of his message.',
      [
        'Jake Tapper | : | “Do you think he has campaigned as a healer?”',
        'Mary Fallin | : | “I think he is trying to campaign as a racial healer. I think that has been part of his message.”',
      ],
    ],
    [
      'a transcript whose turns open with a quotation mark',
      'Partial transcript as follows:\n\n"WALLACE: Let’s start with breaking news on the debate story.\n\n"PENCE: Well, look, this is serious business.\n\nGov. Mike Pence spoke to Chris Wallace.',
      [
        'Chris Wallace | : | “Let’s start with breaking news on the debate story.”',
        'Mike Pence | : | “Well, look, this is serious business.”',
      ],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));

  it.each([
    ['a rubric before a headline', 'The Latest: Cruz to give away engraved shotgun.\n\nTed Cruz was in Iowa.'],
    [
      'a question put to the person named',
      'Ted Cruz: Constitutional conservative or another typical career politician?\n\nTed Cruz was in Iowa.',
    ],
    ['a rubric in capitals in the body', 'Ted Cruz was in Iowa.\n\nUPDATE: The event was moved to Sunday afternoon after the storm.'],
    [
      'a list of names with a word or two each',
      'The candidates face different tasks.\n\nBernie Sanders: Win in a walk.\n\nMarco Rubio: Finish second.',
    ],
  ])('not %s', (_name, text) => expect(claims(run(text)).filter((c) => c.includes(' | : | '))).toEqual([]));
});
