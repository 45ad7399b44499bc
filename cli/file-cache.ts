/**
 * The CLI's cache of online answers: lib/services/cache.ts's Cache on disk, one JSON file per key,
 * so that a second run over the same corpus asks the services nothing it asked within the
 * extension's lifetime of an answer (KNOWLEDGE_TTL_MS). The host holds (a Retry-After that a
 * service sent) are kept in the same folder, so a throttled run's successor waits as asked.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isFresh, type Cache, type CacheEntry } from '../lib/services/cache';
import type { HostHolds } from '../lib/services/host-holds';

/** Where the platform keeps caches: $XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  const base =
    platform === 'win32' ? (env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local')) : platform === 'darwin' ? path.join(home, 'Library', 'Caches') : (env.XDG_CACHE_HOME || path.join(home, '.cache'));
  return path.join(base, 'sourcelight');
}

/** Written beside and renamed over: a run killed mid-write leaves the old file or the new one, never half of one. */
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    // Absent, unreadable or damaged: as if never cached; the next answer overwrites it.
    return undefined;
  }
}

function isEntry(value: unknown, key: string): value is CacheEntry<unknown> {
  const entry = value as Partial<CacheEntry<unknown>> | undefined;
  return !!entry && typeof entry === 'object' && entry.key === key && typeof entry.fetchedAt === 'number' && 'value' in entry;
}

export interface FileCacheOptions {
  /**
   * Entries older than this are not returned. A batch run has no reader to show a stale answer
   * to while it is refreshed behind (the extension's way), and would exit before the refresh
   * lands: so an old answer is asked again instead.
   */
  ttlMs: number;
  now?: () => number;
}

/** A cache in `dir/answers/`, each key in a file named by its hash (keys hold names and roles, not fit for file names). */
export function fileCache<T>(dir: string, { ttlMs, now = Date.now }: FileCacheOptions): Cache<T> {
  const fileOf = (key: string) => path.join(dir, 'answers', `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`);
  return {
    async get(key) {
      const entry = await readJson(fileOf(key));
      // The key is checked too: the file name is a hash, and a damaged file must not answer for another key.
      if (!isEntry(entry, key) || !isFresh(entry.fetchedAt, ttlMs, now())) return undefined;
      return entry as CacheEntry<T>;
    },
    async put(entry) {
      await writeAtomically(fileOf(entry.key), JSON.stringify(entry));
    },
  };
}

/** Host holds in `dir/holds.json`: { host: epoch ms until which no request may go }. */
export function fileHolds(dir: string): HostHolds {
  const file = path.join(dir, 'holds.json');
  const read = async () => {
    const holds = await readJson(file);
    return holds && typeof holds === 'object' ? (holds as Record<string, unknown>) : {};
  };
  return {
    async get(host) {
      const until = (await read())[host];
      return typeof until === 'number' ? until : null;
    },
    async set(host, until) {
      await writeAtomically(file, JSON.stringify({ ...(await read()), [host]: until }));
    },
  };
}
