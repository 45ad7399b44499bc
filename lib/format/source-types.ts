/** A claim's kind of source in a reader's words: the page's cards and the popup's sourcing summary say it alike. */
import { i18n } from '#i18n';
import type { SourceType } from '../nlp/types';

// Functions, not strings: a message is read when shown, in the reader's language (and a literal key per type keeps en.yml checkable).
const LABEL: Record<SourceType, () => string> = {
  'named-person': () => i18n.t('sourceType.namedPerson'),
  anonymous: () => i18n.t('sourceType.anonymous'),
  institution: () => i18n.t('sourceType.institution'),
  media: () => i18n.t('sourceType.media'),
  document: () => i18n.t('sourceType.document'),
  other: () => i18n.t('sourceType.other'),
};

export function sourceTypeLabel(type: SourceType): string {
  return LABEL[type]();
}
