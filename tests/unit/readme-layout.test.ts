/**
 * The README's layout is the newcomer's map: it names every folder and every module of lib/'s
 * areas, and names nothing that is gone. A module added or moved without the map fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared-data';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const layout = /## Layout\n+```\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? '';

const SKIP = new Set(['node_modules', '.output', '.wxt', 'e2e-out', 'out', 'scratch', '.git']);

function entries(dir: string): string[] {
  return readdirSync(path.join(PROJECT_ROOT, dir))
    .filter((name) => !SKIP.has(name))
    .map((name) => path.posix.join(dir, name));
}
const isDir = (p: string): boolean => statSync(path.join(PROJECT_ROOT, p)).isDirectory();

/** Folders the layout must name, as `name/`: the top ones, and those one level inside lib/, lib/nlp/, entrypoints/, tests/, bench/. */
const folders = [
  'entrypoints',
  'components',
  'lib',
  'cli',
  'bench',
  'tests',
  'sample',
  'scripts',
  ...['lib', 'lib/nlp', 'entrypoints', 'tests', 'bench'].flatMap((d) => entries(d).filter(isDir)),
];
/** Modules the layout must name: each file of lib/ and of each of its areas (lib/nlp's subfolders are named as folders). */
const modules = ['lib', ...entries('lib').filter(isDir)].flatMap((d) => entries(d)).filter((p) => !isDir(p) && /\.(ts|tsx)$/.test(p));

/** Every file name under the project's folders, for the check that the layout names nothing that is gone. */
function allNames(dir: string, into: Set<string>): Set<string> {
  for (const p of entries(dir)) {
    into.add(path.posix.basename(p));
    if (isDir(p)) allNames(p, into);
  }
  return into;
}

describe("the README's layout", () => {
  test('is found', () => {
    expect(layout.length).toBeGreaterThan(500);
  });

  test.each(folders)('names the folder %s', (folder) => {
    expect(layout).toMatch(new RegExp(`(^|[\\s(,])${path.posix.basename(folder).replace('.', '\\.')}/`, 'm'));
  });

  test.each(modules)('names %s', (module) => {
    const name = path.posix.basename(module);
    expect(layout).toMatch(new RegExp(`(^|[^\\w.-])${name.replace(/\./g, '\\.')}($|[^\\w.-])`, 'm'));
  });

  test('names no file that does not exist', () => {
    const names = allNames('.', new Set());
    const named = layout.match(/[\w.-]+\.(?:tsx?|mjs|cjs|mts|sh|json|html|css)\b/g) ?? [];
    expect(named.filter((name) => !names.has(name))).toEqual([]);
  });
});
