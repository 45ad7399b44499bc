/**
 * What Sourcelight keeps of an article's analysis: its entities with the role stated and what each
 * said, and its claims. No offsets into the page and no body text beyond the claims themselves.
 * Pure (no Dexie, no browser.*): the content script builds it and sends it with `page:read`.
 */
import type { Analysis, EntityKind, SourceType } from '../nlp/types';
import { lookupContext, type LookupContext } from '../services/knowledge-request';
import { claimOf, type Claim } from './claim';
import { TRACKED_KINDS } from './identity';

/** A claim is kept whole up to this length; the rare longer one is cut at a word. */
export const MAX_CLAIM_CHARS = 600;

/** A claim as remembered (stored in each article's row: changing it needs a schema version). */
export interface DigestClaim {
  /** Canonical name of the speaker ("Dmitry Peskov"), or null for an unresolved source. */
  speaker: string | null;
  /** The source as written ("a senior Ukrainian official"), or null. */
  source: string | null;
  sourceType: SourceType;
  cue: string;
  text: string;
  direct: boolean;
  /** Who passed the claim on ("Reuters"), or null. */
  relay: string | null;
}

export interface DigestEntity {
  name: string;
  kind: EntityKind;
  /** The role as this article states it, or null. */
  role: string | null;
  official: boolean;
  mentions: number;
  /** Indices into `claims` of what this entity said here. */
  claims: number[];
}

export interface ArticleDigest {
  /** People, institutions and news media: officials first, then by how often they are named. */
  entities: DigestEntity[];
  claims: DigestClaim[];
  /**
   * The article's context for looking a person up (the institutions and places it names), so
   * that the popup asks as the page's card does. In the tab's state only: it is not recorded.
   * Absent from a digest made before it was added (a tab read by an older version).
   */
  context?: LookupContext;
}

export function clipClaim(text: string, max = MAX_CLAIM_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}

/** The claim as it is remembered: its text shown as a reader sees it, cut to a length worth keeping. */
export function digestClaim({ speaker, source, sourceType, cue, shown, direct, relay }: Claim): DigestClaim {
  return { speaker, source, sourceType, cue, text: clipClaim(shown), direct, relay };
}

export function digestAnalysis(analysis: Analysis): ArticleDigest {
  const claims = analysis.attributions.map((a) => digestClaim(claimOf(a)));
  const entities = analysis.entities
    .filter((e) => TRACKED_KINDS.has(e.kind) && e.mentions.length > 0)
    .map((e) => ({
      name: e.name,
      kind: e.kind,
      role: e.role,
      official: e.official,
      mentions: e.mentions.length,
      claims: claims.flatMap((c, i) => (c.speaker === e.name ? [i] : [])),
    }));
  entities.sort((a, b) => Number(b.official) - Number(a.official) || b.mentions - a.mentions || a.name.localeCompare(b.name));
  return { entities, claims, context: lookupContext(analysis.entities) };
}
