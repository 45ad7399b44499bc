/**
 * The role check on Wikidata's real answers (../shared/data/api-responses/wikidata-entities,
 * recorded live in January 2016 by everypolitician/wikidata-fetcher): what a reader would see on
 * a card for the cases issue 15 names.
 */
import { describe, expect, test } from 'vitest';
import { checkRole } from '@/lib/services/role-check';
import { hasShared } from '../../helpers/shared-data';
import { realPerson, WIKIDATA_ENTITIES } from '../../helpers/wikidata-real';

const present = hasShared(WIKIDATA_ENTITIES, 'role check on real Wikidata answers');

describe.skipIf(!present)('checkRole on real answers', () => {
  // `broken` is Theresa May: 11 P39 statements, several (MP, Work and Pensions Secretary) without dates.
  test.each([
    // Elected in 1997; the seat's statement has no start or end, only parliamentary terms.
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
