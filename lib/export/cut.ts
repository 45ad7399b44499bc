/**
 * Shortening text without cutting a character in two: a cut between the halves of a surrogate pair
 * (an emoji) leaves a lone surrogate, which is not text and which other tools refuse to write.
 */
import { isHighSurrogate, isLowSurrogate } from '../anchoring/selectors';

/** `s` in at most `max` UTF-16 units; a shortened one ends with `mark` (counted in `max`). */
export function cutWhole(s: string, max: number, mark = '…'): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - mark.length);
  if (end > 0 && isHighSurrogate(s.charCodeAt(end - 1)) && isLowSurrogate(s.charCodeAt(end))) end--;
  return s.slice(0, end) + mark;
}

/** The start of a quote for a message: “Kyiv was employing missiles made…”. */
export function quoteStart(s: string, max = 60): string {
  return `“${cutWhole(s.replace(/\s+/g, ' ').trim(), max)}”`;
}
