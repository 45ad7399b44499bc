/**
 * Who a person named in an article is, from Wikidata: search the name, keep the humans, read
 * their positions, parties, countries and employers, and pick the one the article means
 * (data-sources.md §2.4). Only the name and Wikidata ids go into requests; the article's context
 * is used locally, for scoring (wikidata-score.ts). Failures come back as values, never thrown.
 */
import type { GetJson } from './http';
import { ENTITY_ID, isHuman, LABEL_LANGUAGES, labelIds, parseEntities, parseSearch, toPersonFacts } from './wikidata-parse';
import { readTerm, termIds, type Term } from './wikidata-positions';
import type { Entity, ResolveContext, Resolution, Unavailable } from './wikidata-types';
import { decide, scoreCandidate, type Candidate } from './wikidata-score';

export const WIKIDATA_API = 'https://www.wikidata.org/w/api.php';

/** wbgetentities answers at most 50 ids per request (wikibase-sdk docs, data-sources.md §2.2). */
export const MAX_IDS = 50;

/** How many search hits are read in full: the right person is near the top or not found by name. */
const MAX_CANDIDATES = 8;

const CANDIDATE_PROPS = 'claims|descriptions|labels|aliases|sitelinks';

/** Search hits that are pages about a name, not a person (descriptions seen in real answers, §2.1). */
const NOT_A_PERSON = /disambiguation page|family name|given name|surname/i;

/**
 * No `mul` parameter is needed here: wikidata.org's search index holds the `mul` labels and aliases
 * for every search language (on Beta Wikidata it did not, and that was filed as the bug
 * https://phabricator.wikimedia.org/T392058, which says production finds them), and a hit matched
 * by its `mul` name comes back with `display.label.language: "mul"`, which parseSearch reads.
 */
export function searchUrl(name: string, language = 'en'): string {
  // The language code comes from the page's markup; anything odd falls back to English.
  const lang = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language) ? language.toLowerCase() : 'en';
  const search = encodeURIComponent(name.replace(/\s+/g, ' ').trim());
  return `${WIKIDATA_API}?action=wbsearchentities&search=${search}&language=${lang}&uselang=en&type=item&limit=10&format=json&origin=*`;
}

/**
 * One request for up to 50 ids, sorted so that the same set is the same URL (and cache key).
 * Labels, descriptions and aliases in English and `mul` (see LABEL_LANGUAGES): the names kept only
 * under `mul` since 2024 would otherwise not come back at all.
 */
export function entitiesUrl(ids: string[], props: string): string {
  const list = sortIds(ids);
  if (list.length === 0 || list.length > MAX_IDS) throw new RangeError(`wbgetentities takes 1–${MAX_IDS} ids, not ${list.length}`);
  if (!/^[a-z]+(\|[a-z]+)*$/.test(props)) throw new RangeError(`Not a list of wbgetentities props: ${props}`);
  return `${WIKIDATA_API}?action=wbgetentities&ids=${list.join('|')}&props=${props}&languages=${LABEL_LANGUAGES.join('|')}&format=json&origin=*`;
}

/** The requests for any number of ids, 50 at a time. */
export function entitiesUrls(ids: string[], props: string): string[] {
  const list = sortIds(ids);
  const urls: string[] = [];
  for (let i = 0; i < list.length; i += MAX_IDS) urls.push(entitiesUrl(list.slice(i, i + MAX_IDS), props));
  return urls;
}

function sortIds(ids: string[]): string[] {
  for (const id of ids) if (!ENTITY_ID.test(id)) throw new RangeError(`Not a Wikidata id: ${JSON.stringify(id)}`);
  return [...new Set(ids)].sort((a, b) => a[0]!.localeCompare(b[0]!) || Number(a.slice(1)) - Number(b.slice(1)));
}

function unavailable(failure: { reason: Unavailable['reason']; message: string; retryAfterMs?: number }): Unavailable {
  const out: Unavailable = { status: 'unavailable', reason: failure.reason, message: failure.message };
  if (failure.retryAfterMs !== undefined) out.retryAfterMs = failure.retryAfterMs;
  return out;
}

type Fetched = { ok: true; entities: Entity[] } | Unavailable;

async function fetchEntities(ids: string[], props: string, getJson: GetJson): Promise<Fetched> {
  const entities: Entity[] = [];
  // One chunk after the other: Wikimedia asks clients not to send parallel requests.
  for (const url of entitiesUrls(ids, props)) {
    const outcome = await getJson(url);
    if (!outcome.ok) return unavailable(outcome);
    const page = parseEntities(outcome.body);
    if (!page.ok) return unavailable(page);
    entities.push(...page.entities);
  }
  return { ok: true, entities };
}

/** A term's item is small (a few claims), unlike a country's: its claims come with its label. */
const TERM_PROPS = 'labels|claims';

/**
 * The parliamentary terms that date undated seats, in one request for up to 50 (only when some
 * candidate has such a seat). Failing, they are simply not known: the seats stay "dates unknown",
 * and the person is still shown.
 */
async function fetchTerms(ids: string[], getJson: GetJson): Promise<Map<string, Term>> {
  const terms = new Map<string, Term>();
  if (ids.length === 0) return terms;
  const got = await fetchEntities(ids, TERM_PROPS, getJson).catch(() => null);
  if (got && 'ok' in got) for (const e of got.entities) terms.set(e.id, readTerm(e));
  return terms;
}

export async function resolvePerson(name: string, context: ResolveContext, getJson: GetJson): Promise<Resolution> {
  const query = name.replace(/\s+/g, ' ').trim();
  if (!query) return { status: 'not-found' };
  const searched = await getJson(searchUrl(query, context.language));
  if (!searched.ok) return unavailable(searched);
  const page = parseSearch(searched.body);
  if (!page.ok) return unavailable(page);

  const hits = page.hits.filter((h) => !NOT_A_PERSON.test(h.description ?? '')).slice(0, MAX_CANDIDATES);
  if (hits.length === 0) return { status: 'not-found' };
  const got = await fetchEntities(
    hits.map((h) => h.id),
    CANDIDATE_PROPS,
    getJson,
  );
  if (!('ok' in got)) return got;
  const rank = new Map(hits.map((h, i) => [h.id, i]));
  const humans = got.entities.filter(isHuman).sort((a, b) => (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99));
  if (humans.length === 0) return { status: 'not-found' };

  // The labels of every value the cards show, for all candidates, in one batched call.
  const labels = new Map<string, string>();
  const wanted = [...new Set(humans.flatMap(labelIds))];
  if (wanted.length > 0) {
    const named = await fetchEntities(wanted, 'labels', getJson);
    if (!('ok' in named)) return named;
    for (const e of named.entities) if (e.label) labels.set(e.id, e.label);
  }

  const terms = await fetchTerms([...new Set(humans.flatMap(termIds))], getJson);
  const candidates: Candidate[] = humans.map((e) => ({
    facts: toPersonFacts(e, labels, terms),
    aliases: e.aliases,
    sitelinkCount: Object.keys(e.sitelinks).length,
    hasOccupation: (e.claims.P106 ?? []).some((s) => s.value.type === 'item'),
  }));
  const decision = decide(
    candidates.map((c) => scoreCandidate(query, c, context)),
    page.more,
  );
  if (decision.kind === 'found') return { status: 'found', person: decision.best.candidate.facts, score: decision.best.score };
  return {
    status: 'ambiguous',
    candidates: decision.close.map(({ candidate: { facts } }) => ({ id: facts.id, label: facts.label, description: facts.description })),
  };
}
