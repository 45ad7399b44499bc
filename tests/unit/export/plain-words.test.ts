/**
 * zod/mini has no messages of its own: an issue that describeIssue (lib/export/schema.ts) does not
 * word itself reaches the researcher as zod's bare "Invalid input". Each field of a real saved
 * article, and of its Web Annotation export, is replaced in turn by each kind of wrong value; every
 * refusal must name the field and say what is wrong in our words.
 */
import { describe, expect, it } from 'vitest';
import { fromWebAnnotations } from '@/lib/export/from-jsonld';
import { toWebAnnotations } from '@/lib/export/jsonld';
import { savedArticleSchema, validate } from '@/lib/export/schema';
import { reviewedSaved } from './fixtures';

type Path = Array<string | number>;

const WRONG: Array<[string, unknown]> = [
  ['missing', undefined],
  ['null', null],
  ['a fraction', 1.5],
  ['a negative number', -1],
  ['an unsafe number', 2 ** 53],
  ['text', 'x'],
  ['empty text', ''],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a date without its time', '2026-01-01'],
  ['over-long text', 'y'.repeat(9_000)],
  ['a list', ['a']],
  ['an object with an unknown field', { extra: 1 }],
  ['true', true],
];

/** The path to every value in `value`, itself included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (!value || typeof value !== 'object') return [path];
  const inner = Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, Array.isArray(value) ? Number(k) : k]));
  return [path, ...inner];
}

/** A copy of `root` with the value at `path` replaced by `wrong` (removed if undefined). */
function withWrong(root: unknown, path: Path, wrong: unknown): unknown {
  if (!path.length) return wrong;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as never, copy);
  if (wrong === undefined) delete parent[path.at(-1)!];
  else parent[path.at(-1)!] = wrong;
  return copy;
}

const full = reviewedSaved();
// Its first two annotations (the second with a correction), its first highlight (a note, a tag) and
// two entities hold every field there is; all of them would repeat these at twenty times the cost.
const highlight = full.annotations.find((a) => a.type === 'highlight')!;
const article = { ...full, annotations: [...full.annotations.slice(0, 2), highlight], entities: full.entities.slice(0, 2) };

const exported = toWebAnnotations([article]);

describe('every refusal is in plain words', () => {
  it.each(WRONG)('a saved article with %s in any field', (_, wrong) => {
    const errors = pathsOf(article).flatMap((path) => {
      const checked = validate(savedArticleSchema, withWrong(article, path, wrong));
      return checked.ok ? [] : [checked.error];
    });
    expect(errors.length).toBeGreaterThan(10);
    expect(errors.filter((e) => e.includes('Invalid input'))).toEqual([]);
  });

  it.each(WRONG)('a Web Annotation export with %s in any field', (_, wrong) => {
    const errors = pathsOf(exported).flatMap((path) => {
      const read = fromWebAnnotations(withWrong(exported, path, wrong));
      return read.ok ? read.value.rejected : [read.error];
    });
    expect(errors.length).toBeGreaterThan(10);
    expect(errors.filter((e) => e.includes('Invalid input'))).toEqual([]);
  });
});
