import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically, writeAtomicallySync } from '../../../cli/atomic-write';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'sl-atomic-'));

describe.each([
  ['writeAtomically', (file: string, text: string) => writeAtomically(file, text)],
  ['writeAtomicallySync', async (file: string, text: string) => writeAtomicallySync(file, text)],
])('%s', (_, write) => {
  it('replaces the file with the whole text and leaves nothing beside it', async () => {
    const dir = folder();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, '{"old": true}\n');
    await write(file, '{"new": true}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"new": true}\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('fails as the write failed, and takes its temporary file away', async () => {
    const dir = folder();
    const file = path.join(dir, 'taken');
    mkdirSync(path.join(file, 'inside'), { recursive: true }); // a folder of that name: the rename cannot replace it
    await expect(write(file, 'text')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});

it('keeps two writes of one file at once apart: the file ends whole, as one of them wrote it', async () => {
  const dir = folder();
  const file = path.join(dir, 'key.json');
  const texts = Array.from({ length: 20 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(10_000) }));
  await Promise.all(texts.map((t) => writeAtomically(file, t)));
  expect(texts).toContain(readFileSync(file, 'utf8'));
  expect(readdirSync(dir)).toEqual(['key.json']);
});
