/**
 * The knowledge client as one composition, for every context that looks people up: the
 * extension's background (online-knowledge.ts) and the CLI's `--link` (cli/link.ts) get the same
 * JSON client (three requests at once at most, Retry-After honoured per host, credentials omitted,
 * a user agent naming Sourcelight), the same parsers and scoring, and the same cache lifetime.
 * Only what differs by context is injected: the fetch, the cache and where host holds are kept.
 */
import type { Cache } from './cache';
import type { HostHolds } from './host-holds';
import { createJsonClient, USER_AGENT, type FetchLike } from './http';
import { createKnowledge, type Known } from './knowledge';

export interface KnowledgeClientOptions {
  fetch: FetchLike;
  cache: Cache<Known>;
  holds: HostHolds;
  /** Who asks: the extension's USER_AGENT unless a context names itself (the CLI does). */
  userAgent?: string;
}

export function createKnowledgeClient({ fetch, cache, holds, userAgent = USER_AGENT }: KnowledgeClientOptions) {
  return createKnowledge({ getJson: createJsonClient({ fetch, userAgent, holds }), cache });
}

export type KnowledgeClient = ReturnType<typeof createKnowledgeClient>;
