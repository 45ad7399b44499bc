/**
 * WCAG contrast of every colour pair Sourcelight paints, light and dark, read from the very CSS the
 * extension ships (so a colour changed to one that fails AA fails here): text 4.5:1 (1.4.3), the
 * marks' underlines 3:1 against the page (1.4.11). The marks lie under the page's own text, so they
 * are checked against a few typical pages of each kind. Each test's name carries its ratio.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CARD_CSS } from '@/lib/overlay/card-style';
import { luminance } from '@/lib/overlay/scheme';

type Props = Record<string, string>;

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** The custom properties of the first block (innermost braces) after `marker`. */
function propsAfter(css: string, marker: string): Props {
  const at = css.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} in the CSS`);
  const body = /\{([^{}]*)\}/.exec(css.slice(at))![1]!;
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Light and dark values (dark over light: a property the dark block leaves keeps its light value). */
function schemes(css: string, light: string, dark: string): { light: Props; dark: Props } {
  const base = propsAfter(css, light);
  return { light: base, dark: { ...base, ...propsAfter(css, dark) } };
}

type Rgba = [number, number, number, number];

function parse(color: string): Rgba {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(color)?.[1];
  if (rgb) {
    const [r = 0, g = 0, b = 0, a = 1] = rgb.split(',').map(Number);
    return [r, g, b, a];
  }
  throw new Error(`colour not understood: ${color}`);
}

/** `top` painted over the opaque colours below it, bottom first. */
function over(...layers: string[]): number[] {
  return layers.reduce<number[]>(
    (below, layer) => {
      const [r, g, b, a] = parse(layer);
      return [r, g, b].map((c, i) => c * a + below[i]! * (1 - a));
    },
    [255, 255, 255],
  );
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** A pair's ratio and the least WCAG AA asks of it. */
type Pair = { name: string; ratio: number; min: number };
const [AA_TEXT, AA_NON_TEXT] = [4.5, 3];

/** Text `fg` on `bg` (each a custom property or a literal colour; a translucent bg lies on `under`). */
function textPairs(props: Props, list: Array<[name: string, fg: string, bg: string, under?: string]>): Pair[] {
  const value = (c: string) => props[c] ?? c;
  return list.map(([name, fg, bg, under]) => ({
    name,
    ratio: contrast(over(value(fg)), over(...(under ? [value(under)] : []), value(bg))),
    min: AA_TEXT,
  }));
}

const PAGES = {
  light: [
    { name: 'black on white', text: '#000', bg: '#fff' },
    { name: '#333 on white', text: '#333', bg: '#fff' },
    { name: '#444 on #f7f5f0', text: '#444', bg: '#f7f5f0' },
  ],
  dark: [
    { name: 'white on black', text: '#fff', bg: '#000' },
    { name: '#e0e0e0 on #121212', text: '#e0e0e0', bg: '#121212' },
    { name: '#ccc on #1e1e1e', text: '#ccc', bg: '#1e1e1e' },
  ],
};

const MARK_BACKGROUNDS = ['--sl-official', '--sl-quote', '--sl-claim', '--sl-saved'];
const MARK_LINES = ['--sl-official-line', '--sl-person-line', '--sl-institution-line', '--sl-anonymous-line', '--sl-saved-line'];

function markPairs(props: Props, pages: (typeof PAGES)['light']): Pair[] {
  return pages.flatMap((page) => [
    ...MARK_BACKGROUNDS.map((p) => ({
      name: `page text on ${p}, ${page.name}`,
      ratio: contrast(over(page.text), over(page.bg, props[p]!)),
      min: AA_TEXT,
    })),
    ...MARK_LINES.map((p) => ({
      name: `underline ${p} on the page, ${page.name}`,
      ratio: contrast(over(page.bg, props[p]!), over(page.bg)),
      min: AA_NON_TEXT,
    })),
  ]);
}

const CARD_PAIRS: Array<[string, string, string, string?]> = [
  ['text', '--ink', '--paper'],
  ['role, extract, section', '--ink2', '--paper'],
  ['muted (meta, relay, facts)', '--muted', '--paper'],
  ['faint (foot, credit, source links)', '--faint', '--paper'],
  ['kind, cue, role check', '--accent', '--paper'],
  ['role differs', '--warn', '--paper'],
  ['badge', '--badge-ink', '--badge'],
  ['claim button', '--ink', '--chip'],
  ['claim button, hovered', '--ink', '--chip-hover'],
  ['cue in a claim button', '--accent', '--chip-hover'],
  ['relay in a claim button', '--muted', '--chip-hover'],
];

const PAGE_PAIRS: Array<[string, string, string, string?]> = [
  ['text', '--ink', '--paper'],
  ['text on a surface (header, library text)', '--ink', '--surface'],
  ['muted', '--muted', '--paper'],
  ['muted on a surface', '--muted', '--surface'],
  ['faint (person background)', '--faint', '--paper'],
  ['second ink (person background)', '--ink2', '--paper'],
  ['role differs', '--warn', '--paper'],
  ['accent, links', '--accent', '--paper'],
  ['accent on a surface', '--accent', '--surface'],
  ['error, state-affiliated', '--danger', '--paper'],
  ['news agency', '--agency', '--paper'],
  ['official tag', '--official-ink', '--official-bg', '--paper'],
  ['unplaced annotation', '--official-ink', '--paper'],
  ['entity, hovered', '--ink', '--hover'],
  ['muted, hovered', '--muted', '--hover'],
  ['notice', '--ink', '--note-bg'],
  ['error status', '--error-ink', '--error-bg'],
  ['warning status', '--ink', '--warn-bg'],
  ['library mark', '--ink', '--mark', '--surface'],
  ['library mark, confirmed', '--ink', '--mark-strong', '--surface'],
  ['library mark, corrected', '--ink', '--mark-added', '--surface'],
];

const marks = schemes(read('entrypoints/content/style.css'), ':root {', ':root[data-sourcelight-dark] {');
const cards = schemes(CARD_CSS, ':host {', ':host([data-dark]) {');
const pages = schemes(read('assets/theme.css'), ':root {', '@media (prefers-color-scheme: dark)');

const groups: Array<[string, Pair[]]> = [
  ['marks on light pages', markPairs(marks.light, PAGES.light)],
  ['marks on dark pages', markPairs(marks.dark, PAGES.dark)],
  ['cards, light', textPairs(cards.light, CARD_PAIRS)],
  ['cards, dark', textPairs(cards.dark, CARD_PAIRS)],
  ['popup, options and library, light', textPairs(pages.light, PAGE_PAIRS)],
  ['popup, options and library, dark', textPairs(pages.dark, PAGE_PAIRS)],
];

describe.each(groups)('%s', (_, pairs) => {
  test.each(pairs.map((p) => ({ ...p, shown: p.ratio.toFixed(2) })))('$name: $shown:1 (at least $min)', ({ ratio, min }) => {
    expect(ratio).toBeGreaterThanOrEqual(min);
  });
});

describe('contrast', () => {
  test('is WCAG 2’s ratio', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrast(over('#777'), over('#fff'))).toBeCloseTo(4.48, 2);
  });
  // The pairs above put the text's own colour on a mark: a <mark> otherwise takes the browser's
  // MarkText (black), which on the dark scheme was black on dark green.
  test.each([
    ['entrypoints/content/style.css', 'mark[data-sourcelight] {'],
    ['entrypoints/library/style.css', '.lib-mark {'],
  ])('%s: %s keeps the text colour', (file, rule) => {
    const css = read(file);
    const at = css.indexOf(rule);
    expect(at, rule).toBeGreaterThanOrEqual(0);
    expect(/\{([^{}]*)\}/.exec(css.slice(at))![1]).toMatch(/(^|;|\s)color:\s*inherit\s*;/);
  });
  test('reads every property it checks', () => {
    for (const [name, props] of [
      ['marks', marks],
      ['cards', cards],
      ['pages', pages],
    ] as const)
      expect(Object.keys(props.dark).length, name).toBeGreaterThan(5);
  });
});
