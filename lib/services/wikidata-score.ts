/**
 * Which of the people Wikidata offers for a name is the one the article means. The article's
 * context (its role for the person, nearby places and organisations, its date) is used here,
 * locally, and never sent: the requests carry only the name and Wikidata ids.
 */
import { countriesIn, countryOf, normaliseWords } from './country-names';
import { checkRole, positionCountries } from './role-check';
import type { PersonFacts, ResolveContext } from './wikidata-types';

/**
 * Points per signal (data-sources.md §2.4). The article's evidence (role, country, organisation)
 * outweighs what the name alone suggests (holding some office, notability); an exact name is
 * strong because search also returns prefix and alias matches ("Kim" finds "Kim Kardashian").
 */
export const WEIGHTS = {
  exactName: 3,
  /** The article's role for the person agrees with a position held on its date (role-check.ts). */
  role: 4,
  /** A country of citizenship or of an office is one the article's places, organisations or role name. */
  country: 2.5,
  /** A party, employer or office body is an organisation the article names. */
  organisation: 2.5,
  /** Has held a position (P39): officials are whom the cards are for; a prior, not evidence. */
  office: 1,
  /** Only an occupation (P106). */
  occupation: 0.5,
  /** At most this much, on a log scale of sitelink count: a weak tiebreak. */
  sitelinks: 1,
} as const;

/** The sitelink count that earns the whole sitelink weight (heads of state have 200 and more). */
const SITELINKS_FULL = 200;

/**
 * Two candidates within this many points are "ambiguous". It equals the most the priors alone
 * (office + sitelinks) can separate two namesakes, so notability never decides by itself, and it
 * is below every single piece of the article's evidence, so one such piece does decide.
 */
export const MARGIN = WEIGHTS.office + WEIGHTS.sitelinks;

/** Below this the best is no more than a search hit (no exact name, no evidence): not "found". */
export const MIN_SCORE = WEIGHTS.exactName;

export interface Candidate {
  facts: PersonFacts;
  aliases: string[];
  sitelinkCount: number;
  hasOccupation: boolean;
}

export interface Scored {
  candidate: Candidate;
  score: number;
  /** Whether anything in the article (not only the name) points to this person. */
  evidence: boolean;
}

const joined = (text: string) => normaliseWords(text).join(' ');

function containsPhrase(haystack: string, needle: string): boolean {
  return !!needle && ` ${haystack} `.includes(` ${needle} `);
}

export function scoreCandidate(name: string, candidate: Candidate, context: ResolveContext): Scored {
  const { facts } = candidate;
  let score = 0;
  const wanted = joined(name);
  if ([facts.label, ...candidate.aliases].some((n) => joined(n) === wanted)) score += WEIGHTS.exactName;

  if (facts.positions.length > 0) score += WEIGHTS.office;
  else if (candidate.hasOccupation) score += WEIGHTS.occupation;
  score += WEIGHTS.sitelinks * Math.min(1, Math.log10(1 + candidate.sitelinkCount) / Math.log10(1 + SITELINKS_FULL));

  // Which namesake this is, not whether the office was held that day: an undated office that
  // agrees with the stated role (a third of real P39 statements) still tells the person apart.
  const check = context.role ? checkRole(context.role, facts.positions, context.date) : null;
  const role = check?.status === 'consistent' || (check?.status === 'unknown' && check.reason === 'dates-unknown');

  const articleCountries = new Set([...context.places, ...context.organizations, context.role ?? ''].flatMap(countriesIn));
  const offices = facts.positions.flatMap((p) => [p.label, p.of ?? '']);
  // A party or cabinet named by "of" (P642) is an organisation of the office, not its country.
  const personCountries = new Set([...facts.countries.map((c) => countryOf(c) ?? c), ...facts.positions.flatMap(positionCountries)]);
  const country = [...personCountries].some((c) => articleCountries.has(c));

  const bodies = [...facts.parties, ...facts.employers, ...offices].map(joined);
  const organisation = context.organizations.map(joined).some((org) => bodies.some((b) => containsPhrase(b, org)));

  if (role) score += WEIGHTS.role;
  if (country) score += WEIGHTS.country;
  if (organisation) score += WEIGHTS.organisation;
  return { candidate, score: Math.round(score * 100) / 100, evidence: role || country || organisation };
}

export type Decision = { kind: 'found'; best: Scored } | { kind: 'ambiguous'; close: Scored[] };

/**
 * `incomplete`: search said more hits exist (`search-continue`). The right person may then be
 * on a page not read, so a best candidate needs the article's evidence, not only its name.
 */
export function decide(scored: Scored[], incomplete: boolean): Decision {
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return { kind: 'ambiguous', close: [] };
  const close = ranked.filter((s) => best.score - s.score <= MARGIN);
  if (close.length > 1) return { kind: 'ambiguous', close };
  if (best.score < MIN_SCORE || (incomplete && !best.evidence)) return { kind: 'ambiguous', close: ranked };
  return { kind: 'found', best };
}
