/**
 * Building the selector an annotation is saved with (DESIGN.md convention 4): its offsets in the
 * article text and its quote with the text around it, so that it can be found again when the page
 * has changed. This is the canonical selectorFor; other modules build selectors through it.
 */
import type { Selector } from '../library/types';

/**
 * Hypothesis stores 32 characters on each side: enough to tell apart two occurrences of a quote,
 * short enough that an edit near the passage leaves most of it intact.
 */
export const CONTEXT_LENGTH = 32;

/** The selector for text[start, end): position, quote, and `context` characters before and after. */
export function selectorFor(text: string, start: number, end: number, context = CONTEXT_LENGTH): Selector {
  // A selector with offsets outside the text would be saved and then never match: fail at the cause.
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`selectorFor: [${start}, ${end}) is not a range of a text of length ${text.length}`);
  }
  const width = Math.max(0, Math.floor(context));
  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - width), start),
      suffix: text.slice(end, end + width),
    },
  };
}
