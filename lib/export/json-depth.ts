/**
 * How deep a JSON text nests, counted before it is parsed. A file nested 100,000 levels deep is
 * valid JSON, but parsing it (with a reviver) overflows the stack, and the researcher would read
 * "not JSON (Maximum call stack size exceeded)" about a file that is JSON. A linear scan of the
 * brackets outside strings says what is wrong instead, at no risk to the stack.
 */

/**
 * Sourcelight's own exports nest at most 7 levels (a Web Annotation collection → its page → its
 * items → an annotation → its bodies → a body → the machine's data); 64 leaves room for other
 * tools' wrappers and hand edits while staying far below any engine's stack.
 */
export const MAX_NESTING = 64;

/** The deepest nesting of `{`/`[` in `text`, strings (and their escapes) skipped. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character, a quote among them
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) max = Math.max(max, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}
