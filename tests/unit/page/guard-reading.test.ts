import { describe, expect, it, test } from 'vitest';
import { guardReading, type Stage } from '@/lib/page/guard-reading';

/** Runs `reading` under the guard and returns the errors it reported (at most one). */
async function errorsOf(reading: (stage: Stage) => Promise<void>, boundMs = 200): Promise<string[]> {
  const errors: string[] = [];
  await guardReading(reading, (e) => void errors.push(e), boundMs);
  return errors;
}

describe('guardReading: every reading ends in a state', () => {
  test.each([
    [
      'a reading that throws',
      async (s: Stage) => {
        s.name = 'detect';
        throw new TypeError("Cannot read properties of null (reading 'tagName')");
      },
      /^detect: Cannot read properties of null/,
    ],
    [
      'a reading that rejects with a string',
      async (s: Stage) => {
        s.name = 'paint';
        return Promise.reject('gone');
      },
      /^paint: gone$/,
    ],
    [
      'a background that never answers',
      async (s: Stage) => {
        s.name = 'background';
        await new Promise(() => {});
      },
      /^background: no result within 0 s$/,
    ],
    [
      'a page that never goes idle',
      async (s: Stage) => {
        s.name = 'wait for idle';
        await new Promise(() => {});
      },
      /^wait for idle: no result/,
    ],
  ])('%s ends in an error naming its stage', async (_what, reading, expected) => {
    const errors = await errorsOf(reading);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(expected);
  });

  it('reports nothing for a reading that finishes', async () => {
    expect(
      await errorsOf(async (s) => {
        s.name = 'report';
      }),
    ).toEqual([]);
  });

  it('never rejects, even when reporting the error fails', async () => {
    await expect(
      guardReading(
        async () => {
          throw new Error('x');
        },
        () => {
          throw new Error('no background');
        },
        100,
      ),
    ).resolves.toBeUndefined();
  });
});
