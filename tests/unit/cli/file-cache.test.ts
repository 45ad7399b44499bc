import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCacheDir, fileCache, fileHolds } from '../../../cli/file-cache';
import { KNOWLEDGE_TTL_MS } from '@/lib/services/knowledge';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'sl-cache-'));
const DAY = 86_400_000;

describe('fileCache', () => {
  test('keeps an entry across instances (a second run), for the extension’s lifetime of an answer and no longer', async () => {
    const dir = tmp();
    let now = 1_000_000;
    await fileCache<string>(dir, { ttlMs: KNOWLEDGE_TTL_MS, now: () => now }).put({ key: 'knowledge:dmitry peskov|kremlin spokesperson', value: 'v', fetchedAt: now });
    const again = fileCache<string>(dir, { ttlMs: KNOWLEDGE_TTL_MS, now: () => now });
    expect(await again.get('knowledge:dmitry peskov|kremlin spokesperson')).toEqual({ key: 'knowledge:dmitry peskov|kremlin spokesperson', value: 'v', fetchedAt: 1_000_000 });
    expect(await again.get('knowledge:dmitry peskov|')).toBeUndefined();
    now += 7 * DAY - 1;
    expect(await again.get('knowledge:dmitry peskov|kremlin spokesperson')).toBeDefined();
    now += 1;
    expect(await again.get('knowledge:dmitry peskov|kremlin spokesperson')).toBeUndefined();
  });

  test('a damaged file, or one holding another key, answers nothing instead of throwing', async () => {
    const dir = tmp();
    const cache = fileCache<string>(dir, { ttlMs: DAY });
    await cache.put({ key: 'a', value: 'v', fetchedAt: Date.now() });
    const [file] = readdirSync(path.join(dir, 'answers'));
    for (const text of ['{"key": "a", "val', JSON.stringify({ key: 'b', value: 'v', fetchedAt: Date.now() })]) {
      writeFileSync(path.join(dir, 'answers', file!), text);
      expect(await cache.get('a')).toBeUndefined();
    }
  });

  test('host holds outlive the run that was told to wait', async () => {
    const dir = tmp();
    await fileHolds(dir).set('www.wikidata.org', 123);
    expect(await fileHolds(dir).get('www.wikidata.org')).toBe(123);
    expect(await fileHolds(dir).get('en.wikipedia.org')).toBeNull();
  });

  test.each([
    ['linux', { XDG_CACHE_HOME: '/x/cache' }, '/x/cache/sourcelight'],
    ['linux', {}, path.join(os.homedir(), '.cache', 'sourcelight')],
    ['darwin', {}, path.join(os.homedir(), 'Library', 'Caches', 'sourcelight')],
    ['win32', { LOCALAPPDATA: 'C:\\Users\\r\\AppData\\Local' }, path.join('C:\\Users\\r\\AppData\\Local', 'sourcelight')],
  ] as const)('the default folder on %s', (platform, env, expected) => {
    expect(defaultCacheDir(env, platform)).toBe(expected);
  });
});
