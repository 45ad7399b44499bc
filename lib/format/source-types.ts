/** A claim's kind of source in a reader's words: the page's cards and the popup's sourcing summary say it alike. */
import type { SourceType } from '../nlp/types';

export const SOURCE_TYPE_LABEL: Record<SourceType, string> = {
  'named-person': 'named person',
  anonymous: 'anonymous source',
  institution: 'institution',
  media: 'news media',
  document: 'document',
  other: 'other source',
};
