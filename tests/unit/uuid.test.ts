import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { uuidV4 } from '../../lib/uuid';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV4', () => {
  it('uses randomUUID where the page is a secure context', () => {
    expect(uuidV4({ randomUUID: () => 'from-random-uuid', getRandomValues: (a) => a })).toBe('from-random-uuid');
  });

  it('builds a version-4 UUID from getRandomValues on an http:// page, where randomUUID is missing', () => {
    const insecure = { getRandomValues: <T>(a: T) => webcrypto.getRandomValues(a as Uint8Array) as unknown as T };
    const ids = Array.from({ length: 200 }, () => uuidV4(insecure));
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sets the version and variant bits whatever the random bytes', () => {
    expect(
      uuidV4({
        getRandomValues: <T>(a: T) => {
          (a as Uint8Array).fill(0xff);
          return a;
        },
      }),
    ).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuidV4({ getRandomValues: <T>(a: T) => a })).toBe('00000000-0000-4000-8000-000000000000');
  });
});
