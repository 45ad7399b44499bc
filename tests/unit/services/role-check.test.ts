/**
 * The stated role against Wikidata's positions, in the wording news really uses. Position labels
 * are English labels of Wikidata position items as remembered (not checked online: see
 * tests/fixtures/wikidata/README.md); the dates are the offices' public dates.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { checkRole, isHeldOn } from '@/lib/services/role-check';
import type { Position, WikidataDate } from '@/lib/services/wikidata-types';

const date = (iso: string): WikidataDate => ({ iso, precision: iso.length === 4 ? 9 : iso.length === 7 ? 10 : 11 });

function pos(label: string, start: string | null, end: string | null, extra: Partial<Position> = {}): Position {
  return { id: 'Q1', label, start: start ? date(start) : null, end: end ? date(end) : null, rank: 'normal', of: null, ...extra };
}

const PUTIN = [
  pos('President of Russia', '2012-05-07', null, { rank: 'preferred' }),
  pos('President of Russia', '2000-05-07', '2008-05-07'),
  pos('Prime Minister of Russia', '2008-05-08', '2012-05-07'),
  pos('Prime Minister of Russia', '1999-08-16', '2000-05-07'),
];
const KIM = [
  pos('Supreme Leader of North Korea', '2011-12', null, { rank: 'preferred' }),
  pos("General Secretary of the Workers' Party of Korea", '2021-01-10', null),
  pos('President of the State Affairs Commission', '2016-06-29', null),
  pos("Chairman of the Workers' Party of Korea", '2016-05-09', '2021-01-10'),
];
const PESKOV = [
  pos('Press Secretary of the President of the Russian Federation', '2012-05-22', null, { rank: 'preferred' }),
  pos('Deputy Head of the Presidential Administration of Russia', '2012-05-22', null),
  pos('Press Secretary of the Prime Minister of Russia', '2008', '2012'),
];
const LAVROV = [
  pos('Minister of Foreign Affairs of Russia', '2004-03-09', null),
  pos('Permanent Representative of Russia to the United Nations', '1994', '2004'),
];
const SHOIGU = [
  pos('Minister of Defence of the Russian Federation', '2012-11-06', '2024-05-12'),
  pos('Secretary of the Security Council of Russia', '2024-05-12', null),
];
const SUNAK = [
  pos('Prime Minister of the United Kingdom', '2022-10-25', '2024-07-05'),
  pos('Chancellor of the Exchequer', '2020-02-13', '2022-07-05'),
];
const BLINKEN = [
  pos('United States Secretary of State', '2021-01-26', '2025-01-20'),
  pos('United States Deputy Secretary of State', '2015-01-09', '2017-01-20'),
];
const JEAN_PIERRE = [pos('White House Press Secretary', '2022-05-13', '2025-01-20')];
const HARRIS = [pos('Vice President of the United States', '2021-01-20', '2025-01-20')];
const TRUSS = [pos('Secretary of State for Foreign, Commonwealth and Development Affairs', '2021-09-15', '2022-09-06')];
const STREETING = [pos('Secretary of State for Health and Social Care', '2024-07-05', null)];
const WARREN = [pos('United States senator', '2013-01-03', null)];
const NEWSOM = [pos('Governor of California', '2019-01-07', null)];
const MEDVEDEV = [
  pos('Deputy Chairman of the Security Council of Russia', '2020-01-16', null),
  pos('President of Russia', '2008-05-07', '2012-05-07'),
];

describe('checkRole: the stated role agrees with a position held on the article date', () => {
  test.each([
    ['President', PUTIN, '2024-01-09', 'President of Russia'],
    ['Russian President', PUTIN, '2024-01-09', 'President of Russia'],
    ["Russia's president", PUTIN, '2024-01-09', 'President of Russia'],
    ['Russian leader', PUTIN, '2024-01-09', 'President of Russia'],
    ['Prime Minister', PUTIN, '2010-06-01', 'Prime Minister of Russia'],
    ['Russian Prime Minister', PUTIN, '2010-06-01', 'Prime Minister of Russia'],
    ['former Prime Minister', PUTIN, '2024-01-09', 'Prime Minister of Russia'],
    ['former President', PUTIN, '2010-06-01', 'President of Russia'],
    ['North Korean leader', KIM, '2024-01-09', 'Supreme Leader of North Korea'],
    ["North Korea's supreme leader", KIM, '2024-01-09', 'Supreme Leader of North Korea'],
    ['leader of North Korea', KIM, '2024-01-09T10:30:00Z', 'Supreme Leader of North Korea'],
    ['North Korean leader', KIM, '2011-12-05', 'Supreme Leader of North Korea'],
    ['Kremlin spokesperson', PESKOV, '2024-01-09', 'Press Secretary of the President of the Russian Federation'],
    ['Kremlin spokesman', PESKOV, '2024-01-09', 'Press Secretary of the President of the Russian Federation'],
    ['Kremlin press secretary', PESKOV, '2024-01-09', 'Press Secretary of the President of the Russian Federation'],
    ["Putin's spokesman", PESKOV, '2024-01-09', 'Press Secretary of the President of the Russian Federation'],
    ['Foreign Minister', LAVROV, '2023-05-01', 'Minister of Foreign Affairs of Russia'],
    ['Russian Foreign Minister', LAVROV, '2023-05-01', 'Minister of Foreign Affairs of Russia'],
    ["Russia's top diplomat", LAVROV, '2023-05-01', 'Minister of Foreign Affairs of Russia'],
    ['Defense Minister', SHOIGU, '2023-01-01', 'Minister of Defence of the Russian Federation'],
    ['Russian Defence Minister', SHOIGU, '2023-01-01', 'Minister of Defence of the Russian Federation'],
    ['British PM', SUNAK, '2023-03-01', 'Prime Minister of the United Kingdom'],
    ['UK Prime Minister', SUNAK, '2023-03-01', 'Prime Minister of the United Kingdom'],
    ['U.S. Secretary of State', BLINKEN, '2023-06-01', 'United States Secretary of State'],
    ['White House press secretary', JEAN_PIERRE, '2023-01-01', 'White House Press Secretary'],
    ['Vice President', HARRIS, '2023-01-01', 'Vice President of the United States'],
    ['Foreign Secretary', TRUSS, '2022-03-01', 'Secretary of State for Foreign, Commonwealth and Development Affairs'],
    ['Health Secretary', STREETING, '2025-01-09', 'Secretary of State for Health and Social Care'],
    ['deputy chairman of the Security Council', MEDVEDEV, '2024-01-09', 'Deputy Chairman of the Security Council of Russia'],
    // Roles are kept as the article writes them: an abbreviated title reads as the office.
    ['Sen.', WARREN, '2024-01-09', 'United States senator'],
    ['Gov.', NEWSOM, '2024-01-09', 'Governor of California'],
    ['U.S. Sen.', WARREN, '2024-01-09', 'United States senator'],
  ])('%j (%#) agrees', (stated, positions, on, label) => {
    const result = checkRole(stated, positions, on);
    expect(result.status).toBe('consistent');
    if (result.status === 'consistent') expect(result.position.label).toBe(label);
  });
});

describe('checkRole: a stated role that Wikidata does not confirm shows both sides', () => {
  test.each([
    ['Prime Minister', PUTIN, '2024-01-09', ['President of Russia']],
    ['former President', PUTIN, '1999-10-01', ['Prime Minister of Russia']],
    [
      'South Korean leader',
      KIM,
      '2024-01-09',
      ['Supreme Leader of North Korea', "General Secretary of the Workers' Party of Korea", 'President of the State Affairs Commission'],
    ],
    ['Deputy Foreign Minister', LAVROV, '2023-05-01', ['Minister of Foreign Affairs of Russia']],
    ['President', HARRIS, '2023-01-01', ['Vice President of the United States']],
    [
      'White House press secretary',
      PESKOV,
      '2024-01-09',
      ['Press Secretary of the President of the Russian Federation', 'Deputy Head of the Presidential Administration of Russia'],
    ],
    ['Defence Minister', SHOIGU, '2024-06-01', ['Secretary of the Security Council of Russia']],
    ['President', MEDVEDEV, '2024-01-09', ['Deputy Chairman of the Security Council of Russia']],
    // A month-precision start: on the last day of November 2011 he held nothing Wikidata records.
    ['North Korean leader', KIM, '2011-11-30', []],
    ['Foreign Secretary', STREETING, '2025-01-09', ['Secretary of State for Health and Social Care']],
    ['trawler captain', SUNAK, '2023-03-01', ['Prime Minister of the United Kingdom']],
  ])('%j (%#) differs', (stated, positions, on, held) => {
    const result = checkRole(stated, positions, on);
    expect(result).toEqual({ status: 'differs', stated, held: held.map((label) => expect.objectContaining({ label })) });
  });
});

describe('checkRole: never a verdict beyond the data', () => {
  test.each(['maritime law researcher at the University of Valmont', 'Calvaran trade envoy', 'Kremlin spokesperson'])(
    '%j with no positions in Wikidata is "not in Wikidata", not wrong',
    (stated) => expect(checkRole(stated, [], '2024-01-09')).toEqual({ status: 'not-in-wikidata', stated }),
  );

  test.each([null, '', '   '])('no stated role (%j) lists what is held on the date', (stated) => {
    expect(checkRole(stated, PUTIN, '2024-01-09')).toEqual({ status: 'no-role-stated', held: [PUTIN[0]] });
    expect(checkRole(stated, [], '2024-01-09')).toEqual({ status: 'no-role-stated', held: [] });
  });

  test('an office the synonym table does not know is matched by its head word', () => {
    const envoy = [pos('Special Envoy for Trade', '2020-01-01', null)];
    expect(checkRole('trade envoy', envoy, '2024-01-09').status).toBe('consistent');
    expect(checkRole('trade minister', envoy, '2024-01-09').status).toBe('differs');
  });
});

// Real P39 statements often carry neither start nor end (a seat with only parliamentary terms).
const MAY = [
  pos('Member of Parliament in the United Kingdom', null, null),
  pos('Secretary of State for Work and Pensions', null, null),
  pos('Shadow Secretary of State for Work and Pensions', '2009-01-19', '2010-05-11'),
  pos('Secretary of State for the Home Department', '2010-05-11', null),
];

describe('checkRole: an office without dates is "dates unknown", never "consistent"', () => {
  test.each([
    ['MP', MAY, '1990-06-01', 'Member of Parliament in the United Kingdom'],
    ['British lawmaker', MAY, '2015-06-01', 'Member of Parliament in the United Kingdom'],
    ['Work and Pensions Secretary', MAY, '2015-06-01', 'Secretary of State for Work and Pensions'],
  ])('%j (%#) is unknown', (stated, positions, on, label) => {
    expect(checkRole(stated, positions, on)).toMatchObject({ status: 'unknown', reason: 'dates-unknown', position: { label } });
  });

  test('a dated office that agrees still wins', () => {
    expect(checkRole('Home Secretary', MAY, '2015-06-01')).toMatchObject({
      status: 'consistent',
      position: { label: 'Secretary of State for the Home Department' },
    });
  });

  test('an office the table does not know needs most of its words in the label', () => {
    expect(checkRole('Work and Pensions Secretary', MAY.slice(3), '2015-06-01').status).toBe('differs');
  });
});

// What toPersonFacts makes of open statements of a person who died on 2016-12-31 (P570).
const DIED = [
  pos('President of Ruritania', '2005-03-01', '2016-12-31', { endAtDeath: true }),
  pos('Member of Parliament', null, '2016-12-31', { endAtDeath: true }),
];

describe('checkRole: a date of death ends every position', () => {
  test.each([
    ['President', '2010-06-01', 'consistent'],
    ['President', '2020-06-01', 'differs'],
    // Undated but bounded by death: unknown while alive, over after.
    ['MP', '2010-06-01', 'unknown'],
    ['MP', '2020-06-01', 'differs'],
    ['former President', '2020-06-01', 'consistent'],
  ])('%j on %s is %s', (stated, on, status) => expect(checkRole(stated, DIED, on).status).toBe(status));
});

const OPPOSITION = [
  pos('Leader of the Opposition', '2016-01-01', null),
  pos('Shadow Secretary of State for the Home Department', '2014-01-01', null),
  pos('Leader of the House of Commons', '2012-01-01', null),
];

describe('checkRole: offices of a legislature are not "leader" of a country, and the shadow is not the holder', () => {
  test.each([
    ['British leader', 'differs'],
    ['UK leader', 'differs'],
    ['opposition leader', 'consistent'],
    ['Leader of the Opposition', 'consistent'],
    ['Leader of the House', 'consistent'],
    ['Home Secretary', 'differs'],
    ['Shadow Home Secretary', 'consistent'],
  ])('%j is %s', (stated, status) => expect(checkRole(stated, OPPOSITION, '2020-01-01').status).toBe(status));
});

// The label call found no English label: toPersonFacts shows the position as its id.
const UNLABELLED = [pos('President of Russia', '2012-05-07', null), { ...pos('Q4294967', '2016-01-01', null), id: 'Q4294967' }];

describe('checkRole: a position known only by its id cannot be said to differ', () => {
  test.each([
    ['President', 'consistent'],
    ['Prime Minister', 'unknown'],
    ['Kremlin spokesman', 'unknown'],
  ])('%j is %s', (stated, status) => expect(checkRole(stated, UNLABELLED, '2020-01-01').status).toBe(status));

  test('the verdict names the unlabelled position', () => {
    expect(checkRole('Prime Minister', UNLABELLED, '2020-01-01')).toMatchObject({
      status: 'unknown',
      reason: 'unlabelled',
      position: { id: 'Q4294967' },
    });
    expect(checkRole('Prime Minister', UNLABELLED.slice(0, 1), '2020-01-01').status).toBe('differs');
  });
});

describe('checkRole: a seat labelled after its assembly is a legislator', () => {
  test.each([
    ['German lawmaker', 'member of the Bundestag', 'consistent'],
    ['lawmaker', 'Member of the House of Representatives of Japan', 'consistent'],
    ['MP', 'Member of the National Assembly of France', 'consistent'],
    ['lawmaker', 'member of the Communist Party of China', 'differs'],
    ['lawmaker', 'member of the Board of Governors', 'differs'],
  ])('%j against %j is %s', (stated, label, status) => {
    expect(checkRole(stated, [pos(label, '2020-01-01', null)], '2024-01-09').status).toBe(status);
  });
});

describe('checkRole: among several matches, the label that covers most of the stated words wins', () => {
  const PRESS = [
    pos('Press Secretary of the President of the Russian Federation', '2012-05-22', null, { rank: 'preferred' }),
    pos('Press Secretary of the Prime Minister of Russia', '2012-05-22', null),
  ];
  test.each([
    ['Kremlin spokesman', 'Press Secretary of the President of the Russian Federation'],
    ['press secretary of the Prime Minister', 'Press Secretary of the Prime Minister of Russia'],
    ['press secretary to the Russian president', 'Press Secretary of the President of the Russian Federation'],
  ])('%j is the %j', (stated, label) => {
    expect(checkRole(stated, PRESS, '2024-01-09')).toMatchObject({ status: 'consistent', position: { label } });
  });
});

describe('held on the article date, at the precision of each date', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-29T12:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  test.each([
    ['no start counts', pos('X', null, '2030-01-01'), '2024-01-09', true],
    ['no end is still held', pos('X', '2012-05-07', null), '2024-01-09', true],
    ['the first day counts', pos('X', '2012-05-07', null), '2012-05-07', true],
    ['the day before does not', pos('X', '2012-05-07', null), '2012-05-06', false],
    ['the last day counts', pos('X', '2008-05-08', '2012-05-07'), '2012-05-07', true],
    ['a month start covers its whole month', pos('X', '2011-12', null), '2011-12-01', true],
    ['a year end covers its whole year', pos('X', '2008', '2012'), '2012-11-01', true],
    ['a year end is over the year after', pos('X', '2008', '2012'), '2013-01-01', false],
    ['neither start nor end is not known to be held on any day', pos('X', null, null), '2024-01-09', false],
    ['an end known to exist but not when is over', pos('X', '2018-06', null, { endUnknown: true }), '2024-01-09', false],
  ])('%s', (_, position, day, held) => expect(isHeldOn(position, day)).toBe(held));

  test('no article date reads as today', () => {
    expect(checkRole('White House press secretary', JEAN_PIERRE, null).status).toBe('differs');
    expect(checkRole('President', PUTIN, null).status).toBe('consistent');
  });
});
