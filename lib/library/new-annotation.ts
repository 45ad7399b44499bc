/**
 * The researcher's own annotation on a saved article: a claim the machine missed (an attribution
 * with its fields as the researcher gives them), or a highlighted passage with a note.
 */
import { selectorFor } from '../anchoring/selectors';
import { uuidV4 } from '../uuid';
import type { AttributionData, SavedAnnotation } from './types';

/** A new annotation's id: random, as no two of the researcher's own are the same annotation. */
export function newId(): string {
  return `urn:uuid:${uuidV4()}`;
}

/**
 * The annotation on text[passage.start, passage.end) of the article's `text`: an added claim when
 * `claim` is given, else a highlight; `now` (ISO 8601) is when it was created and last changed.
 */
export function newAnnotation(
  text: string,
  passage: { start: number; end: number },
  note: string,
  tags: string[],
  claim: AttributionData | null,
  now: string,
): SavedAnnotation {
  return {
    id: newId(),
    type: claim ? 'attribution' : 'highlight',
    selector: selectorFor(text, passage.start, passage.end),
    machine: null,
    correction: claim,
    verdict: 'added',
    note,
    tags,
    created: now,
    modified: now,
  };
}
