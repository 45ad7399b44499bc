import { describe, expect, it } from 'vitest';
import { chooseLanguage, FUNCTION_WORDS, functionWords, guessLanguage } from '@/lib/nlp/language';

const EN =
  'The Kremlin said on Tuesday that Kyiv was employing missiles made in the West to attack Russian targets, but it declined to comment on the claims made by the United States.';
const FR =
  'Le Kremlin a déclaré mardi que Kiev utilisait des missiles fabriqués en Occident pour attaquer des cibles russes, mais il a refusé de commenter les affirmations des États-Unis.';
const DE =
  'Der Kreml hat am Dienstag erklärt, dass Kiew im Westen hergestellte Raketen für Angriffe auf russische Ziele einsetze, wollte sich aber nicht zu den Vorwürfen der USA äußern.';
const ES =
  'El Kremlin dijo el martes que Kiev estaba utilizando misiles fabricados en Occidente para atacar objetivos rusos, pero se negó a comentar las afirmaciones de los Estados Unidos.';
const RU =
  'Кремль заявил во вторник, что Киев использует ракеты западного производства для ударов по российским целям, но отказался комментировать заявления США.';
const JA =
  'クレムリンは火曜日、キーウが西側製のミサイルを使ってロシアの標的を攻撃していると述べたが、米国の主張についてはコメントを控えた。';

describe('guessLanguage', () => {
  it.each([
    ['en', EN],
    ['fr', FR],
    ['de', DE],
    ['es', ES],
    ['ru', RU],
    ['ja', JA],
  ])('knows %s', (lang, text) => expect(guessLanguage(text)).toBe(lang));

  it('says nothing of a text too short to tell', () => {
    expect(guessLanguage('Putin')).toBeNull();
    expect(guessLanguage('')).toBeNull();
  });
});

describe('chooseLanguage', () => {
  it('keeps the stated language when the text agrees', () => expect(chooseLanguage('en-GB', EN)).toBe('en-GB'));
  it('overrules a wrong stated language it can read', () => expect(chooseLanguage('en', FR)).toBe('fr'));
  it('keeps a stated language it cannot judge (uk on Cyrillic text)', () => expect(chooseLanguage('uk', RU)).toBe('uk'));
  it('falls back to the stated language on short text', () => expect(chooseLanguage('de', 'Berlin')).toBe('de'));
});

// functionWords finds the words /\p{L}+/gu would match and counts their letters (with an ASCII
// shortcut in its pattern and a correction for letters past the BMP): the same words and letters,
// whatever the characters (letters past the BMP, stray surrogates, combining accents, a lower case
// longer than its capital, capitals, ASCII punctuation at the shortcut's edges).
describe('functionWords', () => {
  it.each([
    EN.toLowerCase(),
    FR.toLowerCase(),
    DE.toLowerCase(),
    RU.toLowerCase(),
    JA,
    '',
    '123 — …',
    '𝐀𝐁the 𝐀𝐁 and\ud800the 123of',
    'le\udc00et e\u0301t\u00e9 l’île',
    'İstanbul'.toLowerCase() + ' der',
    'ǆemal und die',
    'The AND Der @le[de`et{und\x7fdie\x80der',
  ])('%j', (text) => {
    const words = text.match(/\p{L}+/gu) ?? [];
    const counts = new Map<string, number>();
    for (const w of words)
      for (const [lang, list] of Object.entries(FUNCTION_WORDS)) if (list.includes(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    const got = functionWords(text);
    expect(got.letters).toBe(text.match(/\p{L}/gu)?.length ?? 0);
    expect(got.words).toBe(words.length);
    expect(Object.fromEntries(got.counts)).toEqual(Object.fromEntries(counts));
  });
});

// guessLanguage counts the letters of the lower-cased text for the original's: the same number
// only because no character's lower case has more or fewer letters than it (İ → i + a combining dot).
it('lower case keeps the number of letters of every character', () => {
  const changed: number[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if ((c.toLowerCase().match(/\p{L}/gu)?.length ?? 0) !== (/\p{L}/u.test(c) ? 1 : 0)) changed.push(cp);
  }
  expect(changed).toEqual([]);
});
