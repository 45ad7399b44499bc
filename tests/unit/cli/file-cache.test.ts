import { describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCacheDir, fileCache, fileHolds, pruneFileCache } from '../../../cli/file-cache';
import { CACHE_LIMITS } from '@/lib/services/cache';
import { KNOWLEDGE_TTL_MS } from '@/lib/services/knowledge';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'sl-cache-'));
const DAY = 86_400_000;

describe('fileCache', () => {
  test('keeps an entry across instances (a second run), for the extension’s lifetime of an answer and no longer', async () => {
    const dir = tmp();
    let now = 1_000_000;
    await fileCache<string>(dir, { ttlMs: KNOWLEDGE_TTL_MS, now: () => now }).put({
      key: 'knowledge:dmitry peskov|kremlin spokesperson',
      value: 'v',
      fetchedAt: now,
    });
    const again = fileCache<string>(dir, { ttlMs: KNOWLEDGE_TTL_MS, now: () => now });
    expect(await again.get('knowledge:dmitry peskov|kremlin spokesperson')).toEqual({
      key: 'knowledge:dmitry peskov|kremlin spokesperson',
      value: 'v',
      fetchedAt: 1_000_000,
    });
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

  test('the folder is pruned as the extension’s store is: past 30 days, then the oldest past the count', async () => {
    const dir = tmp();
    const now = Date.parse('2026-11-29T12:00:00Z');
    const keys = ['knowledge:dmitry peskov|', 'knowledge:maria zakharova|', 'knowledge:kim jong un|', 'knowledge:vladimir putin|'];
    const ages = [31 * DAY, 3 * DAY, 2 * DAY, DAY];
    const cache = fileCache<string>(dir, { ttlMs: KNOWLEDGE_TTL_MS, now: () => now, limits: { ...CACHE_LIMITS, maxEntries: 2 } });
    for (const [i, key] of keys.entries()) {
      await fileCache<string>(dir, { ttlMs: KNOWLEDGE_TTL_MS, now: () => now - ages[i]! }).put({
        key,
        value: 'v',
        fetchedAt: now - ages[i]!,
      });
    }
    const files = readdirSync(path.join(dir, 'answers'));
    expect(files).toHaveLength(4);
    // Each file as old as its answer (a real cache's files are written when the answer arrives).
    for (const [i, key] of keys.entries()) {
      const name = files.find((f) => readFileSync(path.join(dir, 'answers', f), 'utf8').includes(key))!;
      utimesSync(path.join(dir, 'answers', name), (now - ages[i]!) / 1000, (now - ages[i]!) / 1000);
    }
    await cache.put({ key: 'knowledge:emmanuel macron|', value: 'v', fetchedAt: now });
    const kept = await Promise.all(keys.map(async (key) => (await cache.get(key)) !== undefined));
    expect(kept).toEqual([false, false, false, true]);
    expect(await cache.get('knowledge:emmanuel macron|')).toBeDefined();
    expect(await pruneFileCache(dir, now)).toBe(0);
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
