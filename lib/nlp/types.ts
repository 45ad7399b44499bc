/** What the analysis finds in an article's text (../shared/eval/FORMAT.md). Offsets are UTF-16, end exclusive. */

export interface Span {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
}

export type EntityKind = 'person' | 'organization' | 'media' | 'place' | 'group';

export type SourceType = 'named-person' | 'anonymous' | 'institution' | 'media' | 'document' | 'other';

export interface Entity {
  /** Canonical name: the fullest form the article uses ("Dmitry Peskov", "Kremlin", "Reuters"). */
  name: string;
  kind: EntityKind;
  /** The role the article states ("Kremlin spokesperson"), or null. */
  role: string | null;
  /** Holds public office or speaks for a government, party, army, court or international body. */
  official: boolean;
  /** Every mention of the entity: the name itself ("Peskov"), without titles; pronouns not included. */
  mentions: Span[];
  /** How far it can be trusted to be what `kind` says (entity-confidence.ts); set by analyze(), absent in older saved data. */
  confidence?: number;
}

export interface Attribution {
  /** The source as written ("Kremlin spokesperson Dmitry Peskov", "a senior Ukrainian official", "he"), or null. */
  source: Span | null;
  /** Canonical name of the entity the source resolves to ("he" -> "Dmitry Peskov"), or null. */
  speaker: string | null;
  sourceType: SourceType;
  /** The reporting word(s): "said", "told reporters", "according to", "denials". */
  cue: Span;
  /** What was said (a direct quotation without its quote marks, or the reported clause). */
  content: Span;
  /** A direct quotation? */
  direct: boolean;
  /** Who passed the claim on, where the text says ("…, according to Reuters"): the source stays the original speaker. */
  relay: { source: Span; speaker: string | null; sourceType: SourceType } | null;
  /** How sure the judge (lib/nlp/judge) is that the claim is right, in [0, 1]. */
  confidence: number;
}

export interface Analysis {
  /** The language the text was analysed as, or the one detected when unsupported. */
  language: string | null;
  /** False for languages the rules are not written for: entities and attributions are then empty. */
  supported: boolean;
  entities: Entity[];
  /** The claims shown: the judge's confidence at or above the threshold. */
  attributions: Attribution[];
  /** The rules' other candidates, below the threshold, with their confidence (for research, never shown). */
  candidates: Attribution[];
}

export interface AnalyzeOptions {
  /** The language the page states, if any; the text's own evidence is checked too. */
  language?: string | null;
  /**
   * True when `language` is what chooseLanguage() gave for this very text (an extracted article's,
   * lib/article/extract.ts): it is taken as it is. Choosing again would give the same language (the
   * choice keeps a language the text agrees with), after reading up to 20,000 characters again.
   */
  languageChecked?: boolean;
  /** The lowest confidence shown (default: judge/judge.ts DEFAULT_THRESHOLD; 0 shows every candidate). */
  threshold?: number;
  /** False turns the judge off: every candidate is shown with confidence 1 (the training script's view). */
  judge?: boolean;
  /** Called with each candidate and its features (the training script reads them). */
  onCandidate?: (attribution: Attribution, features: readonly number[]) => void;
}
