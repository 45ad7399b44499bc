/**
 * The shapes of the Wikidata lookup, in a module of their own: the entity as the parser reads it,
 * the facts kept about a person, the article's context and the resolution. The modules that
 * fetch (wikidata.ts), read (wikidata-parse.ts, wikidata-positions.ts), score (wikidata-score.ts)
 * and check roles (role-check.ts) all import them from here, so none of them imports another
 * only for its types, and the imports run one way.
 */
import type { JsonOutcome } from './http';

export interface WikidataDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the precision says. */
  iso: string;
  /** 9 year, 10 month, 11 day. */
  precision: 9 | 10 | 11;
}

export interface Position {
  id: string;
  label: string;
  start: WikidataDate | null;
  /** null: no end recorded, still held (unless `endUnknown`). */
  end: WikidataDate | null;
  rank: 'preferred' | 'normal';
  /** The label of the statement's P642 ("of") or P1001 (jurisdiction) qualifier, if present. */
  of: string | null;
  /**
   * Which qualifier `of` came from. P1001 is a jurisdiction (a country, a region); P642 is often a
   * party or a cabinet ("of: Second Merkel cabinet"), so only a P642 that names a country is read
   * as the office's country (role-check.ts). Absent on answers cached before it existed: read as P642.
   */
  ofProperty?: 'P642' | 'P1001';
  /**
   * The parliamentary term (P2937) the statement names: legislature seats carry one instead of
   * dates. Its own start and end fill the dates the statement lacks, when they could be read.
   */
  term?: { id: string; label: string };
  /** The term's dates were read: they gave whatever start or end the statement lacked. */
  datesFromTerm?: true;
  /** The statement has an end time whose date is unknown (a somevalue snak, or a decade): it is over. */
  endUnknown?: true;
  /** `end` is the person's date of death (P570), not an end recorded on the statement. */
  endAtDeath?: true;
}

export interface PersonFacts {
  id: string;
  label: string;
  description: string | null;
  enwikiTitle: string | null;
  birthYear: number | null;
  positions: Position[];
  /** Labels, the preferred and current first. */
  parties: string[];
  countries: string[];
  employers: string[];
  /** The P18 file name on Wikimedia Commons. */
  image: string | null;
}

/** What the article says around the name. Used only locally, for scoring: it never goes into a URL. */
export interface ResolveContext {
  role: string | null;
  organizations: string[];
  places: string[];
  /** The article's date (ISO); null reads as today. */
  date: string | null;
  /** The page's language, for the search; English where absent. */
  language?: string;
}

export type Unavailable = {
  status: 'unavailable';
  reason: Extract<JsonOutcome, { ok: false }>['reason'];
  message: string;
  retryAfterMs?: number;
};

export type Resolution =
  | { status: 'found'; person: PersonFacts; score: number }
  | { status: 'ambiguous'; candidates: Array<{ id: string; label: string; description: string | null }> }
  | { status: 'not-found' }
  | Unavailable;

export type Snak =
  | { type: 'item'; id: string }
  | { type: 'time'; date: WikidataDate | null; year: number | null }
  | { type: 'string'; value: string }
  /** novalue ("no end": still held) and somevalue ("an end, date unknown") carry no datavalue. */
  | { type: 'novalue' }
  | { type: 'somevalue' }
  | { type: 'other' };

export interface Statement {
  rank: 'preferred' | 'normal';
  value: Snak;
  qualifiers: Record<string, Snak[]>;
}

export interface Entity {
  id: string;
  label: string | null;
  description: string | null;
  aliases: string[];
  /** Deprecated statements are already dropped: Wikidata keeps them only as known errors. */
  claims: Record<string, Statement[]>;
  sitelinks: Record<string, string>;
}
