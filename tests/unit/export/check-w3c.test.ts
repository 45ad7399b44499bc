/**
 * scripts/check-w3c.mjs reads a test suite as the W3C's annotation-model runner does. CI has no copy
 * of the suite, so the script is tried here on a small suite of our own in its format (.test files
 * listing assertion schemas, draft-04, $refs to definitions by id) and on a real export.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { toWebAnnotations } from '@/lib/export/jsonld';
import { PROJECT_ROOT } from '../../helpers/shared-data';
import { reviewedSaved } from './fixtures';

const DRAFT4 = 'http://json-schema.org/draft-04/schema#';
const SCRIPT = path.join(PROJECT_ROOT, 'scripts/check-w3c.mjs');

function write(dir: string, file: string, value: unknown) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), JSON.stringify(value, null, 1));
}

/** A suite in the W3C's format: its definitions, a .test for annotations and one for collections. */
function makeSuite(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-suite-'));
  write(dir, 'definitions/ours.json', {
    $schema: DRAFT4,
    id: 'ours.json',
    definitions: { iri: { type: 'string', format: 'uri' }, positive: { type: 'integer', minimum: 0, exclusiveMinimum: true } },
  });
  write(dir, 'annotations/has-id.json', {
    $schema: DRAFT4,
    title: 'has an IRI id',
    type: 'object',
    required: ['id'],
    properties: { id: { $ref: 'ours.json#/definitions/iri' } },
  });
  write(dir, 'annotations/ours.test', {
    name: 'annotation checks',
    assertions: [
      'annotations/has-id.json',
      {
        $schema: DRAFT4,
        title: 'created is a date-time',
        type: 'object',
        properties: { created: { type: 'string', format: 'date-time' } },
      },
      { $schema: DRAFT4, title: 'has no bodyValue', expectedResult: 'invalid', type: 'object', required: ['bodyValue'] },
      [
        { $schema: DRAFT4, title: 'has a creator', type: 'object', required: ['creator'], onUnexpectedResult: 'passAndSkip' },
        { $schema: DRAFT4, title: 'the creator has a name', type: 'object', required: ['creatorName'] },
      ],
      { $schema: DRAFT4, title: 'a should, never run', assertionType: 'should', required: ['nothing'] },
      'annotations/not-in-this-copy.json',
    ],
  });
  write(dir, 'collections/ours.test', {
    name: 'collection checks',
    assertions: [
      {
        $schema: DRAFT4,
        title: 'total is more than zero',
        type: 'object',
        properties: { total: { $ref: 'ours.json#/definitions/positive' } },
      },
    ],
  });
  return dir;
}

async function check(suite: string, file: string, ...flags: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, '--suite', suite, ...flags, file]);
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

const row = (stdout: string, title: string) =>
  stdout
    .split('\n')
    .find((l) => l.includes(title))
    ?.trim()
    .split(/\s+/)
    .slice(0, 2)
    .join(' ');

describe('scripts/check-w3c.mjs', () => {
  const suite = makeSuite();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sl-export-'));
  const good = path.join(dir, 'good.jsonld');
  const doc = JSON.parse(JSON.stringify(toWebAnnotations([reviewedSaved()])));
  writeFileSync(good, JSON.stringify(doc));
  const bad = path.join(dir, 'bad.jsonld');
  doc.first.items[1].id = 'not an IRI';
  doc.first.items[2].bodyValue = 'x';
  doc.total = 0;
  writeFileSync(bad, JSON.stringify(doc));

  it('passes an export, runs each MUST over every annotation and the collection, skips as told, and lists what the suite lacks', async () => {
    const n = doc.first.items.length;
    const { code, stdout } = await check(suite, good, '--allow-missing');
    expect(code).toBe(0);
    expect(row(stdout, 'has an IRI id')).toBe(`PASS ${n}/${n}`);
    expect(row(stdout, 'created is a date-time')).toBe(`PASS ${n}/${n}`);
    expect(row(stdout, 'has no bodyValue')).toBe(`PASS ${n}/${n}`);
    // No creator: passAndSkip, so the rest of its list is not run.
    expect(row(stdout, 'has a creator')).toBe(`PASS ${n}/${n}`);
    expect(stdout).toMatch(new RegExp(`SKIPPED\\s+0/${n}, ${n} skipped\\s+inline: the creator has a name`));
    expect(stdout).not.toMatch(/a should, never run/);
    expect(row(stdout, 'not-in-this-copy.json')).toBe('NOT RUN');
    expect(row(stdout, 'total is more than zero')).toBe('PASS 1/1');
  });

  it('exits 1 on a missing assertion file unless told to allow it', async () => {
    expect(await check(suite, good)).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/MISSING\s+file not in the suite folder annotations\/not-in-this-copy\.json/),
    });
  });

  it('fails what the schemas refuse, naming the annotation', async () => {
    const n = doc.first.items.length;
    const { code, stdout } = await check(suite, bad, '--allow-missing');
    expect(code).toBe(1);
    expect(row(stdout, 'has an IRI id')).toBe(`FAIL ${n - 1}/${n}`);
    expect(stdout).toMatch(/not an IRI: data\/id must match format "uri"/);
    expect(row(stdout, 'has no bodyValue')).toBe(`FAIL ${n - 1}/${n}`);
    // draft-04's boolean exclusiveMinimum, as the suite's collection definitions use it.
    expect(row(stdout, 'total is more than zero')).toBe('FAIL 0/1');
  });
});
