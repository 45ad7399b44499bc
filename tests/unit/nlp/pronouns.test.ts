/** "He said", "she told reporters": a pronoun goes only to a person who agrees with it, or to no one. */
import { describe, expect, it } from 'vitest';
import { claims, run } from '../../helpers/nlp';

describe('a pronoun resolves to a person who agrees with it', () => {
  it.each([
    [
      'the man, not the congresswoman he threatened',
      'Rep. Gabrielle Giffords was at home in Tucson. Police said John Smith, 45, had left messages threatening to kill Giffords. "I will get her," he said in one of them.',
      ['Police | said | John Smith, 45, had left messages threatening to kill Giffords', 'John Smith | said | “I will get her”'],
    ],
    [
      'the woman, past a man named later',
      'Sen. Elizabeth Warren questioned the bank chief for two hours. She pressed him on the accounts of John Stumpf. "This just isn’t right," she said.',
      ['Elizabeth Warren | said | “This just isn’t right”'],
    ],
    [
      'the subject of the sentence before, not its object',
      'Prime Minister Stephen Harper met Brian Mulroney in 2006. He said the meeting was brief.',
      ['Stephen Harper | said | the meeting was brief'],
    ],
    [
      'the subject the paragraphs are about, past an object in the sentence before',
      'Mr. John Schreiber testified on Thursday. He told MPs he paid Brian Mulroney in cash. The purpose of the cash was to pay Mulroney "for future services".\n\nHe also told the ethics committee that he had never met Prime Minister Stephen Harper.',
      ['John Schreiber | told | he paid Brian Mulroney in cash', 'John Schreiber | told | he had never met Prime Minister Stephen Harper'],
    ],
    [
      'the object of the sentence before, when no pronoun carries a subject on',
      'Mayor Bob Smith spoke on Sunday. Police arrested John Doe on Monday. He said he was innocent.',
      ['John Doe | said | he was innocent'],
    ],
    [
      'the speaker of an inverted attribution, who is its subject',
      'President Jean Hollande spoke on Friday. He announced new measures.\n\n"All of France is under threat," said Michel Dupont, who returned to Paris.\n\nHe concluded, "We are strong."',
      [
        'Jean Hollande | announced | new measures',
        'Michel Dupont | said | “All of France is under threat”',
        'Michel Dupont | concluded | “We are strong.”',
      ],
    ],
    [
      'the solicitor, not the client his title belongs to',
      "Mr Graham's solicitor, Brett Thomas, said his client was innocent. He added that the taxi was never involved.",
      ['Brett Thomas | said | his client was innocent', 'Brett Thomas | added | the taxi was never involved'],
    ],
    [
      'the woman, by the article’s own "her"',
      'Humaira Kirmani lit a candle. Kirmani said her family was in Karachi. She had brought her photograph of Bhutto. "We are scared for them," she said.',
      ['Humaira Kirmani | said | her family was in Karachi', 'Humaira Kirmani | said | “We are scared for them”'],
    ],
  ])('%s', (_name, text, expected) => expect(claims(run(text))).toEqual(expected));
});

describe('a pronoun with no agreeing person stays unresolved, and its claim goes to no one', () => {
  it.each([
    ['"he" after women only', 'Mrs. Clinton and Ms. Warren spoke in Ohio on Friday. "We will win," he said.'],
    ['"she" after a man only', 'Mr. Obama spoke in Ohio on Friday. "We will win," she said.'],
    ['"he" with nobody before', '"We will win," he said.'],
  ])('%s', (_name, text) => expect(claims(run(text)).filter((c) => c.includes('We will win'))).toEqual([]));
});
