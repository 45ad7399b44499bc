/**
 * Who a person is: the Wikidata item the name resolves to in the article's context, its facts,
 * Wikipedia's summary, and the role check against the positions held on the article's date.
 * Answers are cached (a week); a stale one is shown with its age at once and refreshed behind it;
 * offline, throttled or failing, the cached answer is shown with what went wrong.
 * Only the name, Wikidata ids and a Wikipedia title go out: the context is used here, for scoring.
 */
import { isFresh, type Cache } from './cache';
import type { GetJson, JsonOutcome } from './http';
import { checkRole, type RoleCheck } from './role-check';
import { resolvePerson } from './wikidata';
import type { PersonFacts, ResolveContext } from './wikidata-types';
import { fetchSummary, type ImageCredit, type WikiSummary } from './wikipedia';

export interface KnowledgeRequest {
  name: string;
  context: ResolveContext;
}

/** What is cached: the resolution and Wikipedia's page, not the role check (it depends on the article). */
export type Known =
  | { status: 'found'; person: PersonFacts; summary: WikiSummary | null; credit: ImageCredit | null }
  | { status: 'ambiguous'; candidates: Array<{ id: string; label: string; description: string | null }> }
  | { status: 'not-found' };

export type Unavailable = Extract<JsonOutcome, { ok: false }>['reason'];

/**
 * A lookup's answer, or why none was made: the reader did not allow look-ups, or (`needs:
 * 'permission'`) the browser has not granted the hosts, which only a yes in the popup or the options
 * page can ask it for.
 */
export type KnowledgeReply = KnowledgeAnswer | { status: 'not-allowed'; needs?: 'permission' };

export type KnowledgeAnswer =
  | (Known & {
      /** The role check against this article's stated role and date (found only). */
      roleCheck?: RoleCheck;
      fetchedAt: number;
      /** Older than the cache's lifetime: shown, and being refreshed. */
      stale: boolean;
      /** Why the answer is not fresh, when a refresh failed ("offline", "rate-limited"). */
      problem: { reason: Unavailable; message: string } | null;
    })
  | { status: 'unavailable'; reason: Unavailable; message: string; retryAfterMs?: number };

const DAY = 86_400_000;
/** How long an answer is fresh: a week, in the extension and the CLI alike. */
export const KNOWLEDGE_TTL_MS = 7 * DAY;

export interface KnowledgeOptions {
  getJson: GetJson;
  cache: Cache<Known>;
  now?: () => number;
  ttlMs?: number;
}

/** The cache key: the name and the stated role, which steer the resolution (the rest of the context rarely does). */
export function knowledgeKey({ name, context }: KnowledgeRequest): string {
  return `knowledge:${name.trim().toLowerCase()}|${(context.role ?? '').trim().toLowerCase()}`;
}

export function createKnowledge({ getJson, cache, now = Date.now, ttlMs = KNOWLEDGE_TTL_MS }: KnowledgeOptions) {
  const inFlight = new Map<
    string,
    Promise<{ ok: true; known: Known; at: number } | { ok: false; reason: Unavailable; message: string; retryAfterMs?: number }>
  >();

  async function fetchKnown(request: KnowledgeRequest) {
    const resolution = await resolvePerson(request.name, request.context, getJson);
    let known: Known;
    if (resolution.status === 'unavailable')
      return { ok: false as const, reason: resolution.reason, message: resolution.message, retryAfterMs: resolution.retryAfterMs };
    if (resolution.status === 'ambiguous') known = { status: 'ambiguous', candidates: resolution.candidates };
    else if (resolution.status === 'not-found') known = { status: 'not-found' };
    else {
      const { person } = resolution;
      // No English Wikipedia page: the Wikidata facts stand alone.
      const page = person.enwikiTitle ? await fetchSummary(person.enwikiTitle, getJson) : null;
      if (page?.status === 'unavailable')
        return { ok: false as const, reason: page.reason, message: page.message, retryAfterMs: page.retryAfterMs };
      // A disambiguation page ("Amora may refer to:") is about the name, not this person: not shown as their background.
      const summary = page?.status === 'ok' ? page.summary : null;
      const credit = page?.status === 'ok' ? page.credit : null;
      known = { status: 'found', person, summary, credit };
    }
    const at = now();
    await cache.put({ key: knowledgeKey(request), value: known, fetchedAt: at }).catch(() => {});
    return { ok: true as const, known, at };
  }

  /** One fetch per key at a time: a card and the popup asking together share it. */
  // The last failed refresh of each key, to say why a stale answer is still stale (worker memory only).
  const failures = new Map<string, { reason: Unavailable; message: string }>();

  function refresh(request: KnowledgeRequest) {
    const key = knowledgeKey(request);
    const pending =
      inFlight.get(key) ??
      fetchKnown(request)
        .then((got) => {
          if (got.ok) failures.delete(key);
          else failures.set(key, { reason: got.reason, message: got.message });
          return got;
        })
        .finally(() => inFlight.delete(key));
    inFlight.set(key, pending);
    return pending;
  }

  function answer(
    known: Known,
    request: KnowledgeRequest,
    fetchedAt: number,
    stale: boolean,
    problem: { reason: Unavailable; message: string } | null,
  ): KnowledgeAnswer {
    const roleCheck = known.status === 'found' ? checkRole(request.context.role, known.person.positions, request.context.date) : undefined;
    return { ...known, ...(roleCheck ? { roleCheck } : {}), fetchedAt, stale, problem };
  }

  return {
    async lookup(request: KnowledgeRequest): Promise<KnowledgeAnswer> {
      const entry = await cache.get(knowledgeKey(request)).catch(() => undefined);
      if (entry && isFresh(entry.fetchedAt, ttlMs, now())) return answer(entry.value, request, entry.fetchedAt, false, null);
      if (entry) {
        // Stale: shown now, refreshed behind it for the next card.
        const problem = failures.get(knowledgeKey(request)) ?? null;
        void refresh(request).catch(() => {});
        return answer(entry.value, request, entry.fetchedAt, true, problem);
      }
      const got = await refresh(request);
      if (got.ok) return answer(got.known, request, got.at, false, null);
      return {
        status: 'unavailable',
        reason: got.reason,
        message: got.message,
        ...(got.retryAfterMs ? { retryAfterMs: got.retryAfterMs } : {}),
      };
    },
  };
}
