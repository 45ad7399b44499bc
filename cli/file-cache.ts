/**
 * The CLI's cache of online answers: lib/services/cache.ts's Cache on disk, one JSON file per key,
 * so that a second run over the same corpus asks the services nothing it asked within the
 * extension's lifetime of an answer (KNOWLEDGE_TTL_MS), and keeps no more than the extension's
 * store does (CACHE_LIMITS: 30 days, 1,000 answers). The host holds (a Retry-After that a
 * service sent) are kept in the same folder, so a throttled run's successor waits as asked.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CACHE_LIMITS, isFresh, keysToDrop, type Cache, type CacheEntry, type CacheLimits } from '../lib/services/cache';
import type { HostHolds } from '../lib/services/host-holds';
import { writeAtomicallyInFolder } from './atomic-write';

/** Where the platform keeps caches: $XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  const base =
    platform === 'win32'
      ? (env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Caches')
        : env.XDG_CACHE_HOME || path.join(home, '.cache');
  return path.join(base, 'sourcelight');
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
  /** What the folder keeps: the extension's limits (cache.ts), so that the two caches age alike. */
  limits?: CacheLimits;
}

/**
 * Deletes the answers past the limits, a file's modification time standing for its fetchedAt
 * (each is written once, when its answer arrives): a stat per file, no file read. Returns how many went.
 */
export async function pruneFileCache(dir: string, now: number, limits: CacheLimits = CACHE_LIMITS): Promise<number> {
  const folder = path.join(dir, 'answers');
  const names = await readdir(folder).catch(() => [] as string[]);
  const entries = await Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name) => ({ key: name, fetchedAt: (await stat(path.join(folder, name)).catch(() => null))?.mtimeMs ?? now })),
  );
  const drop = keysToDrop(entries, now, limits);
  // Another run may have deleted one first: that is the same end.
  await Promise.all(drop.map((name) => unlink(path.join(folder, name)).catch(() => {})));
  return drop.length;
}

/** A cache in `dir/answers/`, each key in a file named by its hash (keys hold names and roles, not fit for file names). */
export function fileCache<T>(dir: string, { ttlMs, now = Date.now, limits = CACHE_LIMITS }: FileCacheOptions): Cache<T> {
  // Pruned on the first write of a run and then at most once per limits.everyMs: a run is short, the folder outlives it.
  let lastPruned: number | null = null;
  const fileOf = (key: string) => path.join(dir, 'answers', `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`);
  return {
    async get(key) {
      const entry = await readJson(fileOf(key));
      // The key is checked too: the file name is a hash, and a damaged file must not answer for another key.
      if (!isEntry(entry, key) || !isFresh(entry.fetchedAt, ttlMs, now())) return undefined;
      return entry as CacheEntry<T>;
    },
    async put(entry) {
      await writeAtomicallyInFolder(fileOf(entry.key), JSON.stringify(entry));
      const at = now();
      if (lastPruned !== null && at >= lastPruned && at - lastPruned < limits.everyMs) return;
      lastPruned = at;
      // A prune that fails costs only disk space.
      await pruneFileCache(dir, at, limits).catch(() => 0);
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
      await writeAtomicallyInFolder(file, JSON.stringify({ ...(await read()), [host]: until }));
    },
  };
}
