import { describe, expect, test } from 'vitest';
import { identify, nameTokens } from '@/lib/memory/identity';

describe('one person across spellings', () => {
  test.each([
    ['Dmitry Peskov', 'Dmitri Peskov'],
    ['Dmitry Peskov', 'Dmitriy Peskov'],
    ['Kim Jong Un', 'Kim Jong-un'],
    ['Kim Jong Un', 'Kim Jong-Un'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskiy'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Yevgeny Prigozhin', 'Evgeny Prigozhin'],
    ['Mikhail Mishustin', 'Mihail Mishustin'],
    ['Mohammed bin Salman', 'Mohamed bin Salman'],
    ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'],
    ['Donald J. Trump', 'Donald Trump'],
    ['Martin Luther King Jr.', 'Martin Luther King'],
  ])('%s = %s', (a, b) => {
    expect(identify(a, 'person').id).toBe(identify(b, 'person').id);
  });
});

describe('different people stay apart', () => {
  test.each([
    ['Dmitry Peskov', 'Nikolai Peskov'],
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Donald Trump', 'Melania Trump'],
    ['Joe Biden', 'Hunter Biden'],
    ['Aleksandr Lukashenko', 'Viktor Lukashenko'],
  ])('%s ≠ %s', (a, b) => {
    expect(identify(a, 'person').id).not.toBe(identify(b, 'person').id);
  });
});

test('a surname alone is partial and carries the surname its full name has', () => {
  const alone = identify('Peskov', 'person');
  expect(alone.partial).toBe(true);
  expect(alone.surname).toBe(identify('Dmitry Peskov', 'person').surname);
  expect(identify('Dmitry Peskov', 'person').partial).toBe(false);
});

test('institutions and outlets are keyed by kind and name, without folding', () => {
  expect(identify('the Kremlin', 'organization').id).toBe('organization:the kremlin');
  expect(identify('Reuters', 'media').id).toBe('media:reuters');
  expect(identify('Reuters', 'media').id).not.toBe(identify('Reuters', 'person').id);
});

test('tokens drop accents, initials and suffixes', () => {
  expect(nameTokens('José Luis Rodríguez Zapatero')).toEqual(['jose', 'luis', 'rodriguez', 'zapatero']);
  expect(nameTokens('George W. Bush Jr.')).toEqual(['george', 'bush']);
  expect(nameTokens("Beto O'Rourke")).toEqual(['beto', 'orourke']);
});

test('an answer is kept by name and kind, shared frozen, and stays right once the kept answers start over', () => {
  const peskov = identify('Dmitry Peskov', 'person');
  expect(identify('Dmitry Peskov', 'person')).toBe(peskov);
  expect(Object.isFrozen(peskov)).toBe(true);
  expect(identify('Reuters', 'person')).toEqual({ id: 'person:reuters', surname: 'reuters', partial: true });
  expect(identify('Reuters', 'media')).toEqual({ id: 'media:reuters', surname: null, partial: false });
  // More names than are kept: the answers start over, and are what they were.
  for (let i = 0; i < 6_000; i++) identify(`Name${i} Surname${i}`, 'person');
  expect(identify('Name5999 Surname5999', 'person')).toEqual({ id: 'person:name5999 surname5999', surname: 'surname5999', partial: false });
  expect(identify('Dmitry Peskov', 'person')).toEqual({ id: 'person:dmitri peskov', surname: 'peskov', partial: false });
});
