/** A source of a claim, as the rules find it; and the source type an entity kind speaks as. */
import type { EntityRecord } from '../entities';
import type { EntityKind, SourceType } from '../types';

export interface Source {
  /** Token range of the source as written, end exclusive. */
  first: number;
  last: number;
  sourceType: SourceType;
  /** The entity it resolves to (a pronoun's antecedent included), or null. */
  entity: EntityRecord | null;
  /** For unnamed sources, the entity kind and name to record them under ("group", "a senior Ukrainian official"). */
  generic: { kind: EntityKind; name: string } | null;
}

export function sourceTypeOf(kind: EntityKind): SourceType {
  switch (kind) {
    case 'person':
      return 'named-person';
    case 'media':
      return 'media';
    case 'group':
      return 'anonymous';
    default:
      // A place that speaks is its government ("Moscow denied …").
      return 'institution';
  }
}
