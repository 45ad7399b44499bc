/**
 * Building the selector an annotation is saved with (DESIGN.md convention 4): its offsets in the
 * article text and its quote with the text around it, so that it can be found again when the page
 * has changed. This is the canonical selectorFor; other modules build selectors through it.
 */
import type { Selector } from '../library/types';

/** The two halves of a surrogate pair (an emoji is one): a UTF-16 unit of each kind. */
export const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
export const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Does `at` fall between the two halves of a surrogate pair (an emoji) of `text`? */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
}

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
  // The context never ends inside an emoji (a surrogate pair): half of one is not text, and other
  // tools refuse it. A unit shorter rather than longer, so the context stays within its width.
  let from = Math.max(0, start - width);
  if (splitsPair(text, from)) from++;
  let to = Math.min(text.length, end + width);
  if (splitsPair(text, to)) to--;
  return {
    position: { start, end },
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(from, start),
      suffix: text.slice(end, to),
    },
  };
}
