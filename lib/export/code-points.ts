/**
 * Offsets as the Web Annotation model counts them. Inside Sourcelight offsets count UTF-16 units
 * (JavaScript strings); the model's TextPositionSelector counts characters, i.e. code points
 * (https://www.w3.org/TR/annotation-model/#text-position-selector), as Python and most RDF tools do.
 * An emoji is one of theirs and two of ours, so the conversion happens here, at the export's boundary.
 */
import { isHighSurrogate, isLowSurrogate } from '../anchoring/selectors';

/** How many code points `s` has (an emoji counts one). */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * The context either side of a quote without half a character at its far end: a selector saved
 * before selectorFor kept pairs whole may start its prefix on a low surrogate or end its suffix on a
 * high one, and a lone surrogate is not text (Python refuses to write it as UTF-8).
 */
export function wholeContext(prefix: string, suffix: string): { prefix: string; suffix: string } {
  const p = prefix.length > 0 && isLowSurrogate(prefix.charCodeAt(0)) ? prefix.slice(1) : prefix;
  const s = suffix.length > 0 && isHighSurrogate(suffix.charCodeAt(suffix.length - 1)) ? suffix.slice(0, -1) : suffix;
  return { prefix: p, suffix: s };
}
