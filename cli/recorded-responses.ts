/**
 * `--responses DIR`: a fetch that answers from recorded responses instead of the network, so a
 * `--link` run is reproducible and tests run offline; and `--record DIR`, which writes a live
 * run's answers in the same shape for a later replay.
 *
 * A recording is a JSON file anywhere under DIR (or DIR itself, if a file) of the shape of ../shared/data/api-responses:
 * `{url, recorded_at, body, status?}` (`body` the raw text or the parsed JSON; `status` 200 when
 * absent), or the project's fixture shape `{request: {url}, response: {status, body}}`
 * (tests/fixtures/wikidata). Other JSON files are passed over.
 *
 * Matching (recordingKey): host, path and query parameters compared decoded and in any order,
 * `ids` as a set; `format` and `origin` are left out (always json; CORS only). A request without
 * an exact match falls back to a looser one that also leaves out `languages` and `props`, so that
 * recordings made by other clients, or before the client asked other languages (en|mul), still
 * answer; and a wbgetentities request is answered by any recorded wbgetentities whose entities
 * include every id asked, cut down to those ids (a client batching its ids differently then
 * still finds them). A request nothing answers throws as an unreachable network would: the
 * lookup comes back 'unavailable', and the count of such requests is told at the end.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { writeAtomicallyInFolder } from './atomic-write';
import path from 'node:path';
import type { FetchLike } from '../lib/services/http';

interface Recording {
  url: string;
  status: number;
  body: string;
}

/** Never part of a key: they change how an answer is delivered, not what it says. */
const DELIVERY = new Set(['format', 'origin']);
/** Also left out by the looser match: which languages and which parts of an entity were asked. */
const SELECTION = new Set(['languages', 'props']);

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The URL as a key; `loose` also drops SELECTION, and `withoutIds` drops `ids` (for the subset match). */
export function recordingKey(url: string, { loose = false, withoutIds = false } = {}): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const params = [...parsed.searchParams]
    .filter(([name]) => !DELIVERY.has(name) && !(loose && SELECTION.has(name)) && !(withoutIds && name === 'ids'))
    .map(([name, value]) => [name, name === 'ids' ? [...new Set(value.split('|'))].sort().join('|') : value] as const)
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  return `${parsed.host}${decode(parsed.pathname)}?${params.map(([name, value]) => `${name}=${value}`).join('&')}`;
}

/** The recording in a parsed file, in either shape; null for any other JSON. */
export function readRecording(value: unknown): Recording | null {
  if (!value || typeof value !== 'object') return null;
  const flat = value as { url?: unknown; status?: unknown; body?: unknown };
  const nested = value as { request?: { url?: unknown }; response?: { status?: unknown; body?: unknown } };
  const url = flat.url ?? nested.request?.url;
  const status = flat.url !== undefined ? (flat.status ?? 200) : nested.response?.status;
  const body = flat.url !== undefined ? flat.body : nested.response?.body;
  if (typeof url !== 'string' || typeof status !== 'number' || body === undefined) return null;
  return { url, status, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

/** The JSON files under `dir`, or `dir` itself when it names one file. */
async function jsonFiles(dir: string): Promise<string[]> {
  if ((await stat(dir)).isFile()) return [dir];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export async function loadRecordings(dirs: string[]): Promise<Recording[]> {
  const recordings: Recording[] = [];
  for (const dir of dirs) {
    for (const file of await jsonFiles(dir)) {
      let value: unknown;
      try {
        value = JSON.parse(await readFile(file, 'utf8'));
      } catch {
        continue;
      }
      const recording = readRecording(value);
      if (recording) recordings.push(recording);
    }
  }
  return recordings;
}

function wbgetentitiesIds(url: string): string[] | null {
  try {
    const { searchParams } = new URL(url);
    return searchParams.get('action') === 'wbgetentities' ? (searchParams.get('ids')?.split('|') ?? null) : null;
  } catch {
    return null;
  }
}

/** The recorded body with only the entities asked, or null when it lacks one of them. */
function cutToIds(body: string, ids: string[]): string | null {
  try {
    const page = JSON.parse(body) as { entities?: Record<string, unknown> };
    if (!page.entities || !ids.every((id) => Object.hasOwn(page.entities!, id))) return null;
    return JSON.stringify({ ...page, entities: Object.fromEntries(ids.map((id) => [id, page.entities![id]])) });
  } catch {
    return null;
  }
}

export interface ReplayFetch extends FetchLike {
  /** The URLs asked that no recording answered, in order. */
  readonly unrecorded: string[];
}

export function replayFetch(recordings: Recording[]): ReplayFetch {
  const exact = new Map<string, Recording>();
  const loose = new Map<string, Recording>();
  // Several recordings of one URL (a fixture folder keeps a 429 beside the answer): an answer
  // beats a refusal, else the first in path order, so the choice is stable.
  const keep = (map: Map<string, Recording>, key: string | null, r: Recording) => {
    const had = key === null ? r : map.get(key);
    if (key !== null && (!had || (had.status !== 200 && r.status === 200))) map.set(key, r);
  };
  for (const r of recordings) {
    keep(exact, recordingKey(r.url), r);
    keep(loose, recordingKey(r.url, { loose: true }), r);
  }
  const entityPages = recordings.filter((r) => r.status === 200 && wbgetentitiesIds(r.url));
  const unrecorded: string[] = [];

  function answer(url: string): { status: number; body: string } | null {
    const found = exact.get(recordingKey(url) ?? '') ?? loose.get(recordingKey(url, { loose: true }) ?? '');
    if (found) return found;
    const ids = wbgetentitiesIds(url);
    if (!ids) return null;
    const rest = recordingKey(url, { loose: true, withoutIds: true });
    for (const r of entityPages) {
      if (recordingKey(r.url, { loose: true, withoutIds: true }) !== rest) continue;
      const body = cutToIds(r.body, ids);
      if (body) return { status: 200, body };
    }
    return null;
  }

  const fetch = async (url: string) => {
    const got = answer(url);
    if (!got) {
      unrecorded.push(url);
      throw new TypeError(`not in the recorded responses: ${url}`);
    }
    return new Response(got.status === 204 || got.status === 304 ? null : got.body, {
      status: got.status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  };
  return Object.assign(fetch, { unrecorded });
}

/**
 * A fetch that writes each answer it gets to DIR as `{url, recorded_at, status, body}`, one file
 * per URL. Throttles and outages (429, 5xx) are not answers to replay, and are not written.
 */
export function recordingFetch(live: FetchLike, dir: string): FetchLike {
  return async (url, init) => {
    const response = await live(url, init);
    if (response.status === 429 || response.status >= 500) return response;
    const body = await response.clone().text();
    const host = new URL(url).host.replace(/[^a-z0-9.-]/gi, '_');
    const file = path.join(dir, host, `${createHash('sha256').update(url).digest('hex').slice(0, 24)}.json`);
    await writeAtomicallyInFolder(
      file,
      JSON.stringify({ url, recorded_at: new Date().toUTCString(), status: response.status, body }, null, 1) + '\n',
    );
    return response;
  };
}
