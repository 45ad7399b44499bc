/**
 * The background's knowledge client: Wikidata and Wikipedia through one JSON client (three requests
 * at once at most, Retry-After honoured per host and kept in storage.session, credentials omitted,
 * an Api-User-Agent naming Sourcelight), answers cached in the store, and nothing sent without consent.
 */
import type { SourcelightDB } from '../db/schema';
import type { Settings } from '../settings/settings';
import type { Known, KnowledgeReply, KnowledgeRequest } from './knowledge';
import { createKnowledgeClient, type KnowledgeClient } from './knowledge-client';
import { sessionHolds } from './session-store';
import { storeCache } from './store-cache';

let knowledge: KnowledgeClient | null = null;

export function knowledgeClient(db: SourcelightDB) {
  knowledge ??= createKnowledgeClient({
    fetch: (url, init) => fetch(url, init),
    holds: sessionHolds('hold:'),
    cache: storeCache<Known>(db),
  });
  return knowledge;
}

/** A lookup, if the reader allowed lookups or clicked "Look up" for this one; otherwise nothing is sent. */
export async function lookUpPerson(
  request: KnowledgeRequest,
  once: boolean,
  settings: Settings,
  lookup: (r: KnowledgeRequest) => Promise<KnowledgeReply>,
): Promise<KnowledgeReply> {
  if (settings.knowledge === 'allowed' || once) return lookup(request);
  return { status: 'not-allowed' };
}
