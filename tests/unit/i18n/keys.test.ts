/**
 * locales/en.yml and the code agree: every key the code asks for is in the file (the type check
 * says so too, through .wxt/i18n/structure.d.ts, but only after `wxt prepare`), and every key in
 * the file is asked for somewhere, so that translators never translate dead words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from '@typescript/typescript6';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const SOURCES = ['components', 'entrypoints', 'lib'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(dir, f)),
);

/** The keys of `i18n.t(key, …)` calls; a key that is not a literal is reported as such (it cannot be checked). */
function keysIn(file: string): { keys: string[]; dynamic: string[] } {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const keys: string[] = [];
  const dynamic: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText() === 'i18n.t') {
      const [key] = node.arguments;
      if (key && ts.isStringLiteral(key)) keys.push(key.text);
      else dynamic.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, dynamic };
}

const used = SOURCES.map(keysIn);
const manifestKeys = [...readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
const usedKeys = new Set([...used.flatMap((u) => u.keys), ...manifestKeys]);
const fileKeys = parseMessagesText(readFileSync(join(ROOT, 'locales/en.yml'), 'utf8'), 'YAML')
  .map((m) => m.key.join('.'))
  .filter((k) => !k.startsWith('@@'));

describe('locales/en.yml and the code', () => {
  it('asks for messages by literal keys only', () => {
    expect(used.flatMap((u) => u.dynamic)).toEqual([]);
  });

  it('has every key the code asks for', () => {
    expect([...usedKeys].filter((k) => !fileKeys.includes(k))).toEqual([]);
  });

  it('uses every key it has', () => {
    expect(fileKeys.filter((k) => !usedKeys.has(k))).toEqual([]);
  });

  it('localises the manifest', () => {
    expect(manifestKeys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
  });
});
