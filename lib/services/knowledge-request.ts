/**
 * Asking who a person is: the one way a request is built, so that one person of one article
 * resolves alike in the page's card, the popup and the CLI's `--link`; and the interface through
 * which a view asks (implemented by the page's cards, lib/page/knowledge-adapter.ts).
 * Pure: the context is worked out in the browser and stays there (the background scores
 * candidates with it and sends only the name).
 */
import type { Analysis, EntityKind } from '../nlp/types';
import type { Result } from '../messaging/result';
import type { OnlineConsent } from '../settings/settings';
import type { KnowledgeReply, KnowledgeRequest } from './knowledge';

/** The article around a person: the institutions (and news media) and the places it names. */
export interface LookupContext {
  organizations: string[];
  places: string[];
}

/** Enough names to place a person; a long article's tail of minor names adds noise, not signal. */
const MAX_NAMES = 20;

/** The article's lookup context from its entities (the analysis's, in the order it found them). */
export function lookupContext(entities: ReadonlyArray<{ name: string; kind: EntityKind }>): LookupContext {
  const names = (kinds: EntityKind[]) =>
    [...new Set(entities.filter((x) => kinds.includes(x.kind)).map((x) => x.name))].slice(0, MAX_NAMES);
  return { organizations: names(['organization', 'media']), places: names(['place']) };
}

/** The request for one person: the name, the role this article states, the article's context and date. */
export function personRequest(
  person: { name: string; role: string | null },
  context: LookupContext,
  date: string | null,
): KnowledgeRequest {
  return { name: person.name, context: { role: person.role, organizations: context.organizations, places: context.places, date } };
}

/** The request for entity `index` of an analysis, or null when it is not a person. */
export function personRequestAt(analysis: Analysis, index: number, date: string | null): KnowledgeRequest | null {
  const e = analysis.entities[index];
  if (!e || e.kind !== 'person') return null;
  return personRequest(e, lookupContext(analysis.entities), date);
}

/** How a view asks who a person is: through the background, with the reader's consent. */
export interface KnowledgeAdapter {
  consent(): OnlineConsent;
  lookup(request: KnowledgeRequest, once: boolean): Promise<Result<KnowledgeReply>>;
  /**
   * The reader chose "Always look up": true once saved; false when the browser's permission is
   * still to be given (the options page opened for it).
   */
  allow(): Promise<boolean>;
}
