/**
 * What the analysis must withstand: any Unicode, unbalanced quotes, empty and huge input, input
 * built to make patterns backtrack, and languages it is not written for. Speed itself is
 * measured by `npm run bench`; these tests check that the work finishes and stays correct.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/nlp/analyze';
import { claims, run } from '../../helpers/nlp';

describe('any input', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\n\t '],
    ['punctuation only', '“”"\'‘’«»,.;:!?—―()[]'],
    ['emoji and astral characters', 'President 🇺🇸 Joe Biden 😀 said 𝒳 that “talks 👍 will continue,” he added.'],
    ['right-to-left text', 'Netanyahu said that שלום was the goal, and Abbas said that السلام was possible.'],
    ['combining marks', 'Recep Tayyip Erdog\u0306an said the deal was off.'],
    ['lone surrogates', 'Peskov said \ud800 that \udfff nothing changed.'],
    ['control characters', 'Peskov\u0000 said\u0007 that \u001b[31m nothing changed.'],
  ])('%s: spans stay valid', (_name, text) => {
    const a = run(text);
    expect(a.supported).toBe(true);
  });

  it.each([
    ['an opening quote never closed', 'Peskov said: “We will respond. Then he left the room.'],
    ['a closing quote never opened', 'We will respond,” Peskov said.'],
    ['straight quotes, odd count', '"We will respond," Peskov said. He added " and then left.'],
    ['nested quotes', '“He told me ‘we will respond’ yesterday,” Peskov said.'],
  ])('%s: invents no quotation that is not there', (_name, text) => {
    const a = run(text);
    for (const x of a.attributions.filter((x) => x.direct))
      expect(text.slice(x.content.start - 1, x.content.end + 2)).toMatch(/[“"‘].*[”"’]/s);
  });
});

describe('input built to make it slow', () => {
  // Each must finish (catastrophic backtracking or quadratic scans would hang the test).
  const n = 200_000;
  it.each([
    ['dots and initials', 'A. '.repeat(n / 3)],
    ['capitalised words without end', 'Ab '.repeat(n / 3)],
    ['quote marks', '“'.repeat(n / 2) + '”'.repeat(n / 2)],
    ['straight quotes', '"a" '.repeat(n / 4)],
    ['reporting verbs without sources', 'said that '.repeat(n / 10)],
    ['pronouns in one paragraph', 'he said it was fine, '.repeat(n / 21)],
    ['according to, over and over', 'according to '.repeat(n / 13)],
    ['commas and "who"', 'Ab Cd, who, '.repeat(n / 12)],
    ['one huge sentence of names', 'John Smith and '.repeat(n / 15)],
    ['titles without names', 'President Minister Secretary of State '.repeat(n / 38)],
    ['parentheses', '( ( ( ) '.repeat(n / 8)],
    ['a run-on quotation per paragraph', '“a b c\n'.repeat(n / 7)],
  ])('%s', (_name, text) => {
    const a = analyze(text);
    expect(Array.isArray(a.entities) && Array.isArray(a.attributions)).toBe(true);
  });

  it('reads a 1 MB article and finds what a short one finds', () => {
    const paragraph =
      'Kremlin spokesperson Dmitry Peskov said on Tuesday that the talks would continue. “We are ready,” he told reporters. ' +
      'The fighting went on, according to Reuters.\n\n';
    const short = analyze(paragraph);
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const long = analyze(text);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(long.attributions.length).toBe(short.attributions.length * Math.ceil(1_000_000 / paragraph.length));
    expect(long.entities.find((e) => e.name === 'Dmitry Peskov')?.mentions.length).toBe(Math.ceil(1_000_000 / paragraph.length));
  });
});

describe('languages it is not written for', () => {
  it.each([
    [
      'French',
      'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mardi que les négociations se poursuivraient et que la Russie ne commenterait pas les accusations des États-Unis.',
      'fr',
    ],
    [
      'German',
      'Kremlsprecher Dmitri Peskow sagte am Dienstag, dass die Gespräche fortgesetzt würden und dass Russland die Vorwürfe der USA nicht kommentieren werde.',
      'de',
    ],
    [
      'Russian',
      'Пресс-секретарь Кремля Дмитрий Песков заявил во вторник, что переговоры продолжатся, и отказался комментировать обвинения США.',
      'ru',
    ],
  ])('%s: finds nothing, and says the language is not supported', (_name, text, language) => {
    const a = analyze(text);
    expect(a).toEqual({ language, supported: false, entities: [], attributions: [], candidates: [] });
  });

  it('reads an English article whose page says another language', () => {
    const a = analyze(
      'Kremlin spokesperson Dmitry Peskov said on Tuesday that the talks would continue and that Moscow had no comment on the reports.',
      { language: 'fr' },
    );
    expect(a.supported).toBe(true);
    expect(claims(a)).toEqual(['Dmitry Peskov | said | the talks would continue and that Moscow had no comment on the reports']);
  });
});
