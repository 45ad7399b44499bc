/**
 * The role check on Wikidata's real answers (../shared/data/api-responses/wikidata-entities,
 * recorded live in January 2016 by everypolitician/wikidata-fetcher): what a reader would see on
 * a card for the cases issue 15 names.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkRole } from '@/lib/services/role-check';
import { parseEntities, toPersonFacts } from '@/lib/services/wikidata-parse';
import { API_RESPONSES, hasShared } from '../../helpers/shared-data';
import { realPerson, WIKIDATA_ENTITIES } from '../../helpers/wikidata-real';

const present = hasShared(WIKIDATA_ENTITIES, 'role check on real Wikidata answers');

describe.skipIf(!present)('checkRole on real answers', () => {
  // `broken` is Theresa May: 11 P39 statements, several (MP, Work and Pensions Secretary) without dates.
  test.each([
    // Elected in 1997; the seat's statement in this 2016 answer has no qualifiers at all.
    ['broken', 'MP', '1990-06-01', 'unknown'],
    // She was only the shadow (2009–2010); the real office's statement has no dates.
    ['broken', 'Work and Pensions Secretary', '2015-06-01', 'unknown'],
    ['broken', 'Home Secretary', '2015-06-01', 'consistent'],
    ['broken', 'Home Secretary', '2005-06-01', 'differs'],
  ])('%s as %j on %s is %s', (name, stated, on, status) => {
    expect(checkRole(stated, realPerson(name).positions, on).status).toBe(status);
  });

  test('an undated office is named as the reason', () => {
    expect(checkRole('MP', realPerson('broken').positions, '1990-06-01')).toMatchObject({
      status: 'unknown',
      reason: 'dates-unknown',
      position: { label: 'Member of Parliament in the United Kingdom' },
    });
  });
});

const MISC = path.join(API_RESPONSES, 'wikidata-misc');

/** A bare entity from wikidata-misc, read as wbgetentities would give it; no label call was recorded. */
function bareEntity(id: string) {
  const raw: unknown = JSON.parse(readFileSync(path.join(MISC, `${id}.json`), 'utf8'));
  const page = parseEntities({ entities: { [id]: raw } });
  if (!page.ok || !page.entities[0]) throw new Error(`${id} did not parse`);
  return toPersonFacts(page.entities[0], new Map());
}

describe.skipIf(!hasShared(MISC, 'date of death on real Wikidata entities'))('a date of death (P570) ends every position', () => {
  // Henning Christophersen (Q646148), died 2016-12-31: one of his P39 statements has no qualifiers at all.
  test('the open statements end on the day of death', () => {
    const open = bareEntity('Q646148').positions.filter((p) => p.endAtDeath);
    expect(open.length).toBeGreaterThan(0);
    for (const p of open) expect(p.end).toEqual({ iso: '2016-12-31', precision: 11 });
  });

  test.each([
    // Nothing is held after death: the verdict says so, whatever the labels.
    ['2020-01-01', 'differs'],
    // In office then, but the label call was not recorded: the positions show as bare ids.
    ['1990-01-01', 'unknown'],
  ])('a Danish minister on %s is %s', (on, status) => {
    expect(checkRole('Danish minister', bareEntity('Q646148').positions, on).status).toBe(status);
  });

  test('a position without an English label gives "unknown", not "differs"', () => {
    expect(checkRole('Danish minister', bareEntity('Q646148').positions, '1990-01-01')).toMatchObject({
      status: 'unknown',
      reason: 'unlabelled',
    });
  });
});

describe.skipIf(!present)('"leader" of a country is not an office of a legislature', () => {
  // Theresa May was Shadow Leader of the House of Commons 2005–2009 (a dated statement in `broken`).
  test.each([
    ['British leader', '2007-01-01', 'differs'],
    ['Shadow Leader of the House', '2007-01-01', 'consistent'],
    ['Leader of the House', '2007-01-01', 'differs'],
  ])('%j on %s is %s', (stated, on, status) => {
    expect(checkRole(stated, realPerson('broken').positions, on).status).toBe(status);
  });
});

describe.skipIf(!present)('a seat named after its assembly is the legislator office', () => {
  // The seats have no dates in these answers (no qualifiers at all): agreeing gives "dates unknown".
  test.each([
    ['Lupu', 'Moldovan lawmaker', 'Member of the parliament of Moldova'],
    ['Lupu', 'member of parliament', 'Member of the parliament of Moldova'],
    ['Eesmaa', 'Estonian lawmaker', 'member of the Estonian Riigikogu'],
    ['Parts', 'MP', 'member of the Estonian Riigikogu'],
  ])('%s as %j agrees with %j', (name, stated, label) => {
    expect(checkRole(stated, realPerson(name).positions, '2015-06-01')).toMatchObject({
      status: 'unknown',
      reason: 'dates-unknown',
      position: { label },
    });
  });

  test("another country's lawmaker still differs", () => {
    expect(checkRole('Romanian lawmaker', realPerson('Lupu').positions, '2015-06-01').status).toBe('differs');
  });
});
