/** The records the entity rules produce; attribution and analyze.ts read them. */
import type { Gender } from '../lexicon-types';
import type { EntityKind, Span } from '../types';

export type { Gender };

export interface EntityRecord {
  name: string;
  kind: EntityKind;
  role: string | null;
  official: boolean;
  /** A person's gender where the text says it (a title, a gendered role) or the given name does; null when unknown. */
  gender: Gender | null;
  mentions: MentionRecord[];
}

export interface MentionRecord extends Span {
  /** Token range of the name, end exclusive. */
  first: number;
  last: number;
  /** Token where the mention as written starts, with its title or descriptor ("Kremlin spokesperson Dmitry Peskov"). */
  outer: number;
  entity: EntityRecord;
}

export interface EntityIndex {
  entities: EntityRecord[];
  /** The mention covering each token, by token index. */
  mentionAt: Map<number, MentionRecord>;
}

/** A run of tokens that may be a name: first token, end exclusive. */
export interface Sequence {
  first: number;
  last: number;
}

/** What makes a sequence a person: the role stated, whether official, where the mention starts. */
export interface PersonEvidence {
  role: string | null;
  official: boolean;
  outer: number;
}
