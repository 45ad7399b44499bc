/**
 * JSON as GDELT writes it, read the way its Python client (gdeltdoc's `load_json`) reads it: a
 * strict parse first, and only when that fails, the characters a strict parser refuses are
 * repaired and the answer read again. Its users report both kinds in ArtList titles (gdelt-doc-api
 * issues 26 and 28): raw control characters, and backslashes that escape nothing JSON knows
 * (`\'`, `\x`), either of which would otherwise make the whole answer "malformed".
 */

/** A valid escape, kept as it is; any other backslash (group 1 empty) is one JSON does not know. */
const ESCAPE = /\\(["\\/bfnrt]|u[0-9a-fA-F]{4})?/g;

/**
 * gdeltdoc blanks each offending character with a space; dropping the lone backslash instead keeps
 * what the writer meant ("Biden\'s" reads "Biden's", not "Biden 's"). Scanning left to right pairs
 * `\\` before it can be mistaken for the start of another escape.
 */
export function repairEscapes(text: string): string {
  return text.replace(ESCAPE, (match, valid: string | undefined) => (valid ? match : ''));
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F]/g;

/** The parsed value, or undefined when even the repaired text is not JSON (a cut-off body, say). */
export function parseJsonLeniently(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repairEscapes(text).replace(CONTROL, ' '));
    } catch {
      return undefined;
    }
  }
}
