/**
 * The knowledge client of a `--link` run, in one of three modes:
 * - live: the network, with the answers cached on disk (`--cache DIR`, default the platform's
 *   cache folder, see defaultCacheDir) and host holds kept beside them;
 * - `--record DIR`: live, every answer also written to DIR for a later replay; nothing is read
 *   from the disk cache then, so that each lookup is asked and so recorded;
 * - `--responses DIR…`: recorded answers only (recorded-responses.ts); nothing reaches the
 *   network, and no disk cache is read or written, so the run depends on DIR alone.
 */
import { memoryCache } from '../lib/services/cache';
import { memoryHolds } from '../lib/services/host-holds';
import { USER_AGENT, type FetchLike } from '../lib/services/http';
import { KNOWLEDGE_TTL_MS, type Known } from '../lib/services/knowledge';
import { createKnowledgeClient } from '../lib/services/knowledge-client';
import { defaultCacheDir, fileCache, fileHolds } from './file-cache';
import type { Lookup } from './link';
import type { LinkOptions } from './link-options';
import { loadRecordings, recordingFetch, replayFetch, type ReplayFetch } from './recorded-responses';

/**
 * Wikimedia's policy asks scripts for a User-Agent naming the tool and a contact; a browser may
 * not set one (the extension sends Api-User-Agent), Node may, and its default says only "node".
 */
export const CLI_USER_AGENT = `${USER_AGENT.replace('Sourcelight/', 'Sourcelight-CLI/').replace('news-source context browser extension', 'batch analysis of news articles')} Node.js/${process.versions.node}`;

const liveFetch: FetchLike = (url, init) => {
  const headers = new Headers(init.headers);
  headers.set('User-Agent', CLI_USER_AGENT);
  return fetch(url, { ...init, headers });
};

/**
 * The longest wait a live run accepts when a service asks it to slow down: the extension answers
 * "try later" at once (a reader is waiting), a batch run has no one waiting and rather waits as
 * asked, once, than marks every later person unavailable. Longer holds are reported as they are.
 */
export const MAX_THROTTLE_WAIT_MS = 5 * 60_000;

/** What a test replaces: the network, and the clock's waiting. */
export interface LinkDeps {
  live: FetchLike;
  sleep: (ms: number) => Promise<void>;
  /** Where a wait is said (stderr). */
  say: (line: string) => void;
}

const defaultDeps: LinkDeps = {
  live: liveFetch,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  say: (line) => console.error(line),
};

export async function createLinkLookup(
  options: LinkOptions,
  deps: LinkDeps = defaultDeps,
): Promise<{ lookup: Lookup; notes: () => string[] }> {
  let fetch: FetchLike;
  let replay: ReplayFetch | null = null;
  let cacheDir: string | null = null;
  if (options.responses?.length) {
    fetch = replay = replayFetch(await loadRecordings(options.responses));
  } else if (options.record) {
    fetch = recordingFetch(deps.live, options.record);
  } else {
    fetch = deps.live;
    cacheDir = options.cache ?? defaultCacheDir();
  }
  const client = createKnowledgeClient({
    fetch,
    userAgent: CLI_USER_AGENT,
    cache: cacheDir ? fileCache<Known>(cacheDir, { ttlMs: KNOWLEDGE_TTL_MS }) : memoryCache<Known>(),
    holds: cacheDir ? fileHolds(cacheDir) : memoryHolds(),
  });
  const notes = () => {
    const missed = replay?.unrecorded.length ?? 0;
    if (!missed) return [];
    const first = replay!.unrecorded[0]!;
    const were = missed === 1 ? 'was' : 'were';
    return [
      `analyze: ${missed} request${missed === 1 ? '' : 's'} ${were} not in the recorded responses (${options.responses!.join(', ')}) and ${were} answered as an unreachable network would be; the first: ${first}`,
    ];
  };
  const lookup: Lookup = async (request) => {
    const answer = await client.lookup(request);
    // A replay does not wait: a recorded throttle is a finding, and time would change nothing.
    if (replay || answer.status !== 'unavailable' || answer.reason !== 'rate-limited') return answer;
    const ms = answer.retryAfterMs;
    if (ms === undefined || ms > MAX_THROTTLE_WAIT_MS) return answer;
    deps.say(`analyze: ${answer.message}; waiting, then asking again for ${request.name}`);
    await deps.sleep(ms);
    return client.lookup(request);
  };
  return { lookup, notes };
}
