/**
 * Every word a view shows comes from locales/en.yml through i18n.t, so that a translation is a new
 * locales/<lang>.yml and nothing else: a view that renders a string literal fails here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findLiterals } from './ui-literals';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}

/** The views: components, the pages' entrypoints, and the in-page cards' builders. */
const VIEWS = [...filesUnder('components', /\.tsx$/), ...filesUnder('entrypoints', /\.tsx$/), ...filesUnder('lib/overlay', /\.tsx?$/)];

/**
 * Literals with letters that are not language, each with why. Class names, test ids, URLs and roles
 * sit in attributes the check does not read, and symbols ("·", "→", "×") have no letters.
 */
const ALLOWED: Array<{ file: string; text: string; why: string }> = [
  { file: 'components/Controls.tsx', text: '(Alt+Shift+H)', why: "the shortcut's keys as the manifest's commands spell them" },
  { file: 'components/LibraryBar.tsx', text: 'CSV', why: "a file format's name" },
];

describe('views show only messages', () => {
  it('finds the views', () => {
    expect(VIEWS.length).toBeGreaterThan(25);
  });

  it.each(VIEWS)('%s renders no string literal', (file) => {
    const literals = findLiterals(file, readFileSync(join(ROOT, file), 'utf8'))
      .filter((l) => !ALLOWED.some((a) => a.file === file && a.text === l.text))
      .map((l) => `${relative(ROOT, join(ROOT, file))}:${l.line} ${l.where} ${JSON.stringify(l.text)}`);
    expect(literals).toEqual([]);
  });
});

describe('the check catches', () => {
  it.each([
    ['JSX text', '<p>Hello</p>'],
    ['a literal child', "<p>{ok ? 'Yes' : t('no')}</p>"],
    ['a template child', '<p>{`${n} claims`}</p>'],
    ['a visible attribute', '<button aria-label="Close" />'],
    ['a title with a join', "<a title={note ?? 'Source: ' + url} />"],
    ['a button value', '<input type="submit" value="Send" />'],
    ["a component's text prop", '<SiteList empty="None." testid="sites" />'],
    ['a label property', "const c = [{ label: 'Look up', testId: 'x' }];"],
    ['a DOM text setter', "el.textContent = 'Saved';"],
    ['setAttribute', "el.setAttribute('aria-label', 'Close');"],
  ])('%s', (_, code) => {
    expect(findLiterals('planted.tsx', code)).toHaveLength(1);
  });

  it.each([
    ['a message', "<p>{i18n.t('card.close')}</p>"],
    ['class names and test ids', '<p class="card__kind" data-testid="card-kind" role="status">·</p>'],
    ['symbols', "<p>{a} → {b} · {c ? '×' : ''}</p>"],
    ['a non-button value', "<input value={'abc'} />"],
  ])('not %s', (_, code) => {
    expect(findLiterals('planted.tsx', code)).toEqual([]);
  });
});
