import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, SAMPLE } from '../../helpers/cli';

describe('npm run analyze -- --threshold', () => {
  it('shows the claims at or above it and writes the others as candidates, each with its confidence', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'sl-threshold-'));
    const all = path.join(out, 'all');
    const none = path.join(out, 'none');
    expect((await analyze('--threshold', '0', '--out', all, SAMPLE)).code).toBe(0);
    expect((await analyze('--threshold', '1', '--out', none, SAMPLE)).code).toBe(0);
    const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'harbour-talks.json'), 'utf8'));
    const shown = read(all);
    expect(shown.attributions.length).toBeGreaterThan(0);
    expect(shown.candidates).toEqual([]);
    for (const a of shown.attributions) {
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
    const hidden = read(none);
    expect(hidden.attributions.filter((a: { confidence: number }) => a.confidence < 1)).toEqual([]);
    expect(hidden.attributions.length + hidden.candidates.length).toBe(shown.attributions.length);
  });

  it('refuses a threshold outside [0, 1]', async () => {
    const { code, stderr } = await analyze('--threshold', '1.5', SAMPLE);
    expect(code).toBe(2);
    expect(stderr).toContain('--threshold must be a number from 0 to 1');
  });
});
