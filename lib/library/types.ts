/**
 * A saved article and its annotations: what the research library keeps, exports and imports.
 * Plain serialisable data. Offsets index into `text` (UTF-16, end exclusive), the article text the
 * analysis ran on (DESIGN.md: one coordinate system).
 */
import type { EntityKind, SourceType } from '../nlp/types';

/** Where an annotation sits (Web Annotation TextPositionSelector + TextQuoteSelector, as Hypothesis stores them). */
export interface Selector {
  position: { start: number; end: number };
  quote: { exact: string; prefix: string; suffix: string };
}

/** An attribution's fields: the machine's, or the researcher's correction of them. */
export interface AttributionData {
  speaker: string | null;
  /** The source as written ("a senior Ukrainian official"). */
  source: string | null;
  sourceType: SourceType;
  cue: string;
  content: string;
  direct: boolean;
  /** The speaker's role as the article states it. */
  role: string | null;
}

/**
 * 'unreviewed': the machine's, untouched; 'confirmed'/'rejected': the researcher's verdict on it;
 * 'corrected': `correction` wins over `machine`; 'added': the researcher's own (a missed claim, or
 * a highlighted passage with a note).
 */
export type Verdict = 'unreviewed' | 'confirmed' | 'corrected' | 'rejected' | 'added';

export interface SavedAnnotation {
  /** Stable across exports and imports ("urn:uuid:…"). */
  id: string;
  /** An attribution (machine or added), or a highlighted passage with a note. */
  type: 'attribution' | 'highlight';
  selector: Selector;
  /** The machine's output, kept as it was even when corrected or rejected; null for the researcher's own. */
  machine: AttributionData | null;
  /** The researcher's version; wins over `machine`. */
  correction: AttributionData | null;
  verdict: Verdict;
  note: string;
  tags: string[];
  created: string;
  modified: string;
}

export interface SavedEntity {
  name: string;
  kind: EntityKind;
  role: string | null;
  official: boolean;
  mentions: number;
}

export interface SavedArticle {
  /** The canonical URL: saving the same article again updates it. */
  url: string;
  title: string | null;
  byline: string | null;
  /** Registrable domain ("bbc.co.uk"), or "". */
  outlet: string;
  outletName: string | null;
  publishedAt: string | null;
  language: string | null;
  /** The extracted article text all selectors index into. */
  text: string;
  entities: SavedEntity[];
  annotations: SavedAnnotation[];
  tags: string[];
  savedAt: string;
  updatedAt: string;
}

/** What an attribution says, the researcher's word first. */
export function effective(a: SavedAnnotation): AttributionData | null {
  if (a.verdict === 'rejected') return null;
  return a.correction ?? a.machine;
}
