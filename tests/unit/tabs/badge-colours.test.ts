/**
 * The toolbar badge's colours: legible under the browser's white badge text (WCAG AA, 4.5:1), and
 * none of the icon's own fills, on whose corner the badge is drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { luminance } from '@/lib/overlay/scheme';
import { ERROR_BADGE, FOUND_BADGE } from '@/lib/tabs/badge';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const iconFills = [...readFileSync(new URL('../../../assets/icon.svg', import.meta.url), 'utf8').matchAll(/fill="(#[0-9a-f]{6})"/gi)].map(
  (m) => m[1]!.toLowerCase(),
);

describe.each([
  ['found', FOUND_BADGE],
  ['error', ERROR_BADGE],
])('the %s badge', (_, colour) => {
  test(`white text on ${colour}: ${contrast('#ffffff', colour).toFixed(2)}:1`, () => {
    expect(contrast('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
  });
  test('is none of the icon’s colours', () => {
    expect(iconFills.length).toBeGreaterThan(1);
    expect(iconFills).not.toContain(colour.toLowerCase());
  });
});
