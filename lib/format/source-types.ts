/** A claim's kind of source in a reader's words: the page's cards and the popup's sourcing summary say it alike. */
import { i18n } from '#i18n';
import type { SourceType } from '../nlp/types';

// Functions, not strings: a message is read when shown, in the reader's language (and a literal key per type keeps en.yml checkable).
const LABEL: Record<SourceType, (n: number) => string> = {
  'named-person': (n) => i18n.t('sourceType.namedPerson', n),
  anonymous: (n) => i18n.t('sourceType.anonymous', n),
  institution: (n) => i18n.t('sourceType.institution', n),
  media: (n) => i18n.t('sourceType.media', n),
  document: (n) => i18n.t('sourceType.document', n),
  other: (n) => i18n.t('sourceType.other', n),
};

/** The label for `count` sources of the type ("1 from named person", "3 from named persons"). */
export function sourceTypeLabel(type: SourceType, count = 1): string {
  return LABEL[type](count);
}
