/**
 * The popup's reads of the local store (it never writes: forgetting and online lookups are
 * messages to the background, the only writer). Every call answers a Result the view can show.
 */
import { entityMentions, groupByOutlet, recentEntities, rolesOverTime, type OutletCoverage, type StatedRole } from '../db/queries';
import { resolveEntityIds } from '../db/record-article';
import type { EntityRow } from '../db/records';
import { openStore, type SourcelightDB } from '../db/schema';
import type { ArticleDigest, DigestEntity } from '../memory/digest';
import type { Result } from '../messaging/protocol';
import type { KnowledgeRequest } from '../services/knowledge';
import { lookupContext, personRequest } from '../services/knowledge-request';
import { ask, failed } from '../messaging/ask';
import type { EntityKind } from '../nlp/types';

export interface EntityView {
  entityId: string;
  entity: EntityRow | null;
  /** Remembered articles naming the entity, this one included. */
  total: number;
  /** The other articles, by outlet, newest first. */
  coverage: OutletCoverage[];
  roles: StatedRole[];
}

export async function loadEntityView(
  entity: { name: string; kind: EntityKind },
  articleUrl: string | null,
  db: SourcelightDB = openStore(),
): Promise<Result<EntityView>> {
  try {
    const [entityId] = await resolveEntityIds(db, [entity]);
    const { total, mentions, entity: row } = await entityMentions(db, entityId!);
    return {
      ok: true,
      value: { entityId: entityId!, entity: row, total, coverage: groupByOutlet(mentions, articleUrl), roles: rolesOverTime(mentions) },
    };
  } catch (e) {
    return failed(e);
  }
}

/** A remembered entity opened from the recent list: no role, mentions or claims of this article. */
export function entityOfRow(row: EntityRow): DigestEntity {
  return { name: row.name, kind: row.kind, role: null, official: row.official, mentions: 0, claims: [] };
}

export async function loadRecentEntities(db: SourcelightDB = openStore(), limit = 30): Promise<Result<EntityRow[]>> {
  try {
    return { ok: true, value: await recentEntities(db, limit) };
  } catch (e) {
    return failed(e);
  }
}

export const fetchOnlineCoverage = (name: string) => ask({ type: 'coverage:online', name });

export const lookUpPerson = (request: KnowledgeRequest, once: boolean) => ask({ type: 'knowledge:lookup', request, once });

/** The popup's lookup of a person: as the page's card asks (the context stays local). Without this article, no context. */
export function popupKnowledgeRequest(entity: DigestEntity, digest: ArticleDigest | undefined, date: string | null): KnowledgeRequest {
  return personRequest(entity, digest?.context ?? lookupContext(digest?.entities ?? []), date);
}

/** The fullest name the store knows for what this article names more briefly ("Mikhail Orlovsky" for "Orlovsky"). */
export { fullestName } from '../memory/identity';
