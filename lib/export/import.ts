/**
 * Importing a file into the library: Sourcelight's own JSON Lines (lossless) and Web Annotation
 * JSON-LD exports, told apart by their content, validated (schema.ts) before anything is returned.
 * Errors are plain words naming the line or field, ready for "Nothing was imported from f: …".
 */
import type { SavedArticle } from '../library/types';
import { fromWebAnnotations, isWebAnnotationDocument } from './from-jsonld';
import { fromJsonLines, isArticleLike } from './jsonl';
import { NOT_JSON, parseJson } from './schema';

export { mergeArticles, type MergeResult } from './merge';

/**
 * Characters read at most (checked before any parsing). A library of a thousand articles exports
 * to a few MB; a larger file is more likely a mistake or an attack than a library.
 */
export const MAX_IMPORT_CHARS = 32 * 1024 * 1024;

export type ImportFormat = 'jsonl' | 'jsonld';
export type ImportResult = { ok: true; articles: SavedArticle[]; format: ImportFormat } | { ok: false; error: string };

const WHAT_WE_READ = 'Sourcelight imports its own exports: .jsonl (saved articles, lossless) or .jsonld (Web Annotations)';

function fail(error: string): ImportResult {
  return { ok: false, error };
}

export function parseImport(fileName: string, text: string): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return fail(`the file is too large (${(text.length / 1024 / 1024).toFixed(0)} million characters; at most ${MAX_IMPORT_CHARS / 1024 / 1024} million are read)`);
  }
  if (/\.(csv|tsv)$/i.test(fileName)) return fail(`a spreadsheet export cannot be read back (it keeps no selectors or ids). ${WHAT_WE_READ}.`);
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return fail('the file is empty');

  const whole = parseJson(body);
  if (whole.ok) {
    if (isWebAnnotationDocument(whole.value)) {
      const read = fromWebAnnotations(whole.value);
      return read.ok ? { ok: true, articles: read.value, format: 'jsonld' } : fail(read.error);
    }
    // One line of JSON Lines is also one JSON document.
    if (!isArticleLike(whole.value)) return fail(`the file is JSON, but not a Sourcelight export. ${WHAT_WE_READ}.`);
  } else if (!whole.error.startsWith(NOT_JSON)) {
    return fail(whole.error);
  } else {
    const first = parseJson(body.split('\n').find((l) => l.trim())!);
    // Not even its first line is JSON: not JSON Lines either; the whole-file error has the position.
    if (!first.ok && first.error.startsWith(NOT_JSON)) return fail(`the file is ${whole.error}. ${WHAT_WE_READ}.`);
  }
  const read = fromJsonLines(body);
  return read.ok ? { ok: true, articles: read.value, format: 'jsonl' } : fail(read.error);
}
