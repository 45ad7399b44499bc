/**
 * The analysis as the bundled command loads it, on its own thread and in each worker: one CommonJS
 * script (core-<hash>.cjs: cli/worker.ts and all it imports, built by scripts/build-cli.mjs)
 * compiled with V8's code cache kept beside it. Node 20 caches no code for ES modules (its
 * module.enableCompileCache came in Node 22), and without a cache V8 parses ~2 MB of bundle at each
 * start and compiles each function of the analysis the first time it runs: ~50 ms of CPU on every
 * thread of every run over 84 news texts (0.99 s → 0.94 s), which a cache of the functions a run
 * compiled gives back.
 * The cache is written when a run of the command's own thread found none or V8 refused it (another
 * Node, other V8 flags), as the process exits, so it holds every function that run compiled. V8
 * checks the source only by its length: the core's file name carries its content's hash, so a
 * rebuilt core never meets an older core's cache. What V8 runs is the same code either way: the
 * output is byte for byte the same.
 * Run from source (tsx, the tests) there is no bundle, and the analysis is imported as it is.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

type Analysis = typeof import('./worker');

/** The core's file name in the bundle, given by scripts/build-cli.mjs; undefined when run from source. */
declare const __SOURCELIGHT_CORE__: string | undefined;

export type CacheUse = 'used' | 'absent' | 'refused';

export interface LoadedScript<T> {
  exports: T;
  cache: CacheUse;
  /** Writes the code of every function compiled so far to the cache file (the exit does it when `cache` is not 'used'). */
  saveCache(): void;
}

export async function loadAnalysis(): Promise<Analysis> {
  if (typeof __SOURCELIGHT_CORE__ === 'undefined') return import('./worker');
  return loadCore(path.dirname(fileURLToPath(import.meta.url)));
}

/**
 * The bundle's core in `dir`, with its cache: from the command's ES module (loadAnalysis) and from
 * the worker thread's CommonJS entry (cli/worker-entry.ts), which has no import.meta.
 */
export function loadCore(dir: string): Analysis {
  if (typeof __SOURCELIGHT_CORE__ === 'undefined') throw new Error('loadCore: run from source, there is no bundled core');
  const loaded = loadCommonJs<Analysis>(path.join(dir, __SOURCELIGHT_CORE__));
  // The workers only read it: two threads writing the same cache at once would each write a whole one, but for nothing.
  if (loaded.cache !== 'used' && isMainThread) process.once('exit', () => loaded.saveCache());
  return loaded.exports;
}

/** A CommonJS script run in this thread, compiled with the cache `${file}.cache` where there is one V8 takes. */
export function loadCommonJs<T>(file: string): LoadedScript<T> {
  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // none yet, or unreadable: compiled as usual
  }
  const script = new vm.Script(Module.wrap(readSource(file)), { filename: file, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    cache: !cachedData ? 'absent' : script.cachedDataRejected ? 'refused' : 'used',
    saveCache: () => saveCache(script, cacheFile),
  };
}

/**
 * The script's text. The build writes the core in ASCII (its other characters escaped), which is read
 * as Latin-1 into a one-byte string without decoding UTF-8: ~2.5 ms for 2.3 MB instead of ~6.
 */
function readSource(file: string): string {
  const bytes = readFileSync(file);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** Written beside and renamed over, so that a run that reads it never finds half a cache; a folder that cannot be written keeps none. */
function saveCache(script: vm.Script, cacheFile: string): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    rmSync(temporary, { force: true });
  }
}
