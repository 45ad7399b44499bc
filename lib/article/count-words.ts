import { countMatches } from '../nlp/words';

// A word: /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu, written as lib/nlp/words.ts writes its patterns for
// V8: an ASCII character that is no letter or digit is turned away first and ASCII runs are read by
// inline tests, so that the categories (a call per character) are asked only past ASCII. The two
// match the same runs: ASCII letters and digits are letters and digits, and nothing follows the
// optional tail for a run to be read back over.
const WORD = /(?![\0-/:-@[-`{-\x7f])(?:[a-zA-Z0-9]+|\p{L}|\p{N})+(?:['’.-](?:[a-zA-Z0-9]+|\p{L}|\p{N})+)*/gu;

/**
 * The words of a text as the article's word count counts them ("U.S.", "don't" and "two-year" are
 * one each), counted as found: match() made a string of each and an array of them all.
 */
export function countWords(text: string): number {
  return countMatches(WORD, text);
}
