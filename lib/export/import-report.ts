/**
 * What reading an import file gave: the articles it can take, each line, article or annotation it
 * left out with why, and what it took differently from the file. Every line is in words a researcher
 * reads in the library's import status ("line 4: title: is longer than 2000 characters").
 */
import type { SavedArticle } from '../library/types';

export interface ImportRead {
  articles: SavedArticle[];
  /** Left out, each with where and why. */
  rejected: string[];
  /** Taken, but not as the file had it: placed again by its quote, or not placed. */
  notes: string[];
}

/** "annotation 3 (urn:uuid:…)": how messages name an annotation of a record. */
export function nameAnnotation(index: number, id: unknown): string {
  return `annotation ${index + 1}${typeof id === 'string' ? ` (${id.slice(0, 60)})` : ''}`;
}
