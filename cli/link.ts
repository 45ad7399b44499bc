/**
 * `--link`: each person of an analysis looked up in Wikidata (and Wikipedia) with the extension's
 * own knowledge client (lib/services/knowledge-client.ts) and the context the extension's cards
 * pass (personRequestAt in lib/services/knowledge-request.ts: the stated role, the organisations and places the article names, its
 * date), and the answer added to the person in the JSON:
 *
 *   wikidata:       { id, label, description, roleCheck } when one person was found, else null
 *   wikidataStatus: { status: 'found' }
 *                 | { status: 'ambiguous', candidates: [{ id, label, description }] }
 *                 | { status: 'not-found' }
 *                 | { status: 'unavailable', reason, message }   (offline, timeout, rate-limited,
 *                   http-error, malformed, or not-found for a page the lookup needed; in
 *                   --responses mode, 'offline' for a request that was not recorded)
 *
 * A lookup that fails for the service's reasons is a finding about that person, not a failure of
 * the run: the next person is looked up, and the exit code is not changed by it.
 * GDELT's coverage is not asked: the issue wants who a person is, and at GDELT's one request per
 * 5 s it would make a batch run of a thousand people take hours.
 */
import type { KnowledgeAnswer, KnowledgeRequest } from '../lib/services/knowledge';
import { personRequestAt } from '../lib/services/knowledge-request';
import type { RoleCheck } from '../lib/services/role-check';
import type { Analysis } from '../lib/nlp/types';

export type LinkStatus =
  | { status: 'found' }
  | { status: 'ambiguous'; candidates: Array<{ id: string; label: string; description: string | null }> }
  | { status: 'not-found' }
  | { status: 'unavailable'; reason: string; message: string };

export interface PersonLink {
  wikidata: { id: string; label: string; description: string | null; roleCheck: RoleCheck | null } | null;
  wikidataStatus: LinkStatus;
}

export type Lookup = (request: KnowledgeRequest) => Promise<KnowledgeAnswer>;

export function toPersonLink(answer: KnowledgeAnswer): PersonLink {
  switch (answer.status) {
    case 'found': {
      const { id, label, description } = answer.person;
      return { wikidata: { id, label, description, roleCheck: answer.roleCheck ?? null }, wikidataStatus: { status: 'found' } };
    }
    case 'ambiguous':
      return { wikidata: null, wikidataStatus: { status: 'ambiguous', candidates: answer.candidates } };
    case 'not-found':
      return { wikidata: null, wikidataStatus: { status: 'not-found' } };
    case 'unavailable':
      return { wikidata: null, wikidataStatus: { status: 'unavailable', reason: answer.reason, message: answer.message } };
  }
}

/**
 * The people of `analysis` by their index in `analysis.entities`, one after the other (Wikimedia asks scripts not to
 * run requests in parallel).
 */
export async function linkPeople(analysis: Analysis, date: string | null, lookup: Lookup): Promise<Map<number, PersonLink>> {
  const links = new Map<number, PersonLink>();
  for (let index = 0; index < analysis.entities.length; index++) {
    const request = personRequestAt(analysis, index, date);
    if (!request) continue;
    let answer: KnowledgeAnswer;
    try {
      answer = await lookup(request);
    } catch (e) {
      // The client answers failures as values; a throw here is a defect, still not worth the rest of the run.
      answer = { status: 'unavailable', reason: 'http-error', message: e instanceof Error ? e.message : String(e) };
    }
    links.set(index, toPersonLink(answer));
  }
  return links;
}

function describeRole(check: RoleCheck | null): string {
  if (!check) return '';
  if (check.status === 'consistent') return `; role: consistent (${check.position.label})`;
  if (check.status === 'unknown') return `; role: unknown (${check.reason}${check.position ? `: ${check.position.label}` : ''})`;
  return `; role: ${check.status}`;
}

/** The summary's line under a person. */
export function describeLink({ wikidata, wikidataStatus: s }: PersonLink): string {
  if (wikidata)
    return `wikidata: ${wikidata.id} ${wikidata.label}${wikidata.description ? ` — ${wikidata.description}` : ''}${describeRole(wikidata.roleCheck)}`;
  if (s.status === 'ambiguous') return `wikidata: ambiguous (${s.candidates.map((c) => c.id).join(', ')})`;
  if (s.status === 'unavailable') return `wikidata: unavailable (${s.reason}: ${s.message})`;
  return 'wikidata: not found';
}
