/**
 * Importing a file into the library: Sourcelight's own JSON Lines (lossless) and Web Annotation
 * JSON-LD exports, told apart by their content, validated (schema.ts) before anything is returned.
 * A file that is not an export at all is refused with one reason; in an export, each line (JSON
 * Lines) or annotation (JSON-LD) that fails is left out and listed, and the rest is taken. Messages
 * are plain words naming the line or field, ready for the library's import status.
 */
import { fromWebAnnotations, isWebAnnotationDocument } from './from-jsonld';
import type { ImportRead } from './import-report';
import { fromJsonLines, isArticleLike } from './jsonl';
import { NOT_JSON, parseJson, TOO_DEEP } from './schema';
import { decodeUtf8, describeBadBytes } from './utf8';

export { mergeArticles, type MergeResult, type Orphan } from './merge';
export type { ImportRead } from './import-report';

/**
 * Characters (or bytes) read at most (checked before any parsing). A library of a thousand articles
 * exports to a few MB; a larger file is more likely a mistake or an attack than a library.
 */
export const MAX_IMPORT_CHARS = 32 * 1024 * 1024;

export type ImportFormat = 'jsonl' | 'jsonld';
/**
 * `ok`: at least one article was taken; `rejected` lists what was left out, `notes` what was taken
 * differently from the file. Otherwise nothing is taken: `error` says why, and `rejected` lists
 * each of several lines or annotations that failed.
 */
export type ImportResult = ({ ok: true; format: ImportFormat } & ImportRead) | { ok: false; error: string; rejected: string[] };

const WHAT_WE_READ = 'Sourcelight imports its own exports: .jsonl (saved articles, lossless) or .jsonld (Web Annotations)';

function fail(error: string, rejected: string[] = []): ImportResult {
  return { ok: false, error, rejected };
}

/** Taken when something is; else the one reason, or a count with the list. */
function taken(format: ImportFormat, read: ImportRead, what: string): ImportResult {
  if (read.articles.length || !read.rejected.length) return { ok: true, format, ...read };
  if (read.rejected.length === 1) return fail(read.rejected[0]!);
  return fail(`none of its ${read.rejected.length} ${what} could be imported`, read.rejected);
}

/**
 * Reads an export. Bytes (what the library page reads from the file) are decoded as strict UTF-8:
 * in JSON Lines a line with invalid bytes is left out and listed; a JSON-LD document is one JSON
 * value, which no line can be left out of, so it is refused with where its first bad byte is.
 */
export function parseImport(fileName: string, input: string | Uint8Array): ImportResult {
  if (input.length > MAX_IMPORT_CHARS) {
    const unit = typeof input === 'string' ? 'characters' : 'bytes';
    return fail(
      `the file is too large (${(input.length / 1024 / 1024).toFixed(0)} million ${unit}; at most ${MAX_IMPORT_CHARS / 1024 / 1024} million are read)`,
    );
  }
  if (/\.(csv|tsv)$/i.test(fileName))
    return fail(`a spreadsheet export cannot be read back (it keeps no selectors or ids). ${WHAT_WE_READ}.`);
  const decoded = typeof input === 'string' ? { text: input, bad: [] } : decodeUtf8(input);
  const bytes = typeof input === 'string' ? null : input;
  const body = decoded.text.replace(/^\uFEFF/, '');
  const badLines = new Map(decoded.bad.map((b) => [b.line, describeBadBytes(b, bytes)]));
  if (!body.trim() && !badLines.size) return fail('the file is empty');

  const whole = badLines.size ? parseJson(new TextDecoder().decode(bytes!)) : parseJson(body);
  const firstBad = decoded.bad[0];
  const notUtf8 = firstBad && `the file ${describeBadBytes(firstBad, bytes)} (line ${firstBad.line})`;
  if (whole.ok) {
    // One JSON document with bytes that are not UTF-8: nothing of it can be taken safely.
    if (notUtf8)
      return fail(
        `${notUtf8}. Nothing was imported: in one JSON document, a quote read with “�” in place of a character would no longer match its article.`,
      );
    if (isWebAnnotationDocument(whole.value)) {
      const read = fromWebAnnotations(whole.value);
      return read.ok ? taken('jsonld', read.value, 'annotations or articles') : fail(read.error);
    }
    // One line of JSON Lines is also one JSON document.
    if (!isArticleLike(whole.value)) return fail(`the file is JSON, but not a Sourcelight export. ${WHAT_WE_READ}.`);
  }
  const { objects, ...read } = fromJsonLines(body, badLines);
  // Not one line is a JSON object: not JSON Lines either, and the whole-file error says what it is.
  if (!whole.ok && !objects && notUtf8) return fail(`${notUtf8}, and no line of it is a saved article. ${WHAT_WE_READ}, in UTF-8.`);
  if (!whole.ok && !objects) {
    if (whole.error.startsWith(NOT_JSON)) return fail(`the file is ${whole.error}. ${WHAT_WE_READ}.`);
    return fail(whole.error.startsWith(TOO_DEEP) ? `the file is JSON ${whole.error}, so it is not one of them` : whole.error);
  }
  return taken('jsonl', read, 'lines');
}
