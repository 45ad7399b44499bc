/** Small closed classes of English the rules lean on (function words stop names and roles). */

/** Words that never belong to a name or a role descriptor: articles, prepositions, conjunctions, auxiliaries, pronouns. */
export const FUNCTION_WORDS = new Set(
  `a an the this that these those and or but nor so yet if then than as at by for from in into of off on onto out over to up with
  without within about above after against along among around before behind below beneath beside between beyond during
  except inside near since through toward towards under until upon via is are was were be been being am has have had do does
  did will would shall should can could may might must not no it its he she him her his hers they them their theirs we us our
  you your i me my who whom whose which what when where why how all any both each every some such also only just very
  although though while because unless whereas whether however meanwhile`.split(/\s+/),
);

/** Personal pronouns that can stand for a person source, with the number they agree in. */
export const PERSON_PRONOUNS = new Map<string, 'he' | 'she' | 'they' | 'i' | 'we'>([
  ['he', 'he'],
  ['she', 'she'],
  ['they', 'they'],
  ['i', 'i'],
  ['we', 'we'],
]);

const CAPITALISED = /^\p{Lu}/u;
const LOWER_CASED = /^\p{Ll}/u;

// Tested of nearly every token, many times over: ASCII, most of any English text, is settled
// without the Unicode regex (a literal inside the function would also be a new object per call).

/** Does the word open with a capital letter? */
export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(word);
}

/** Does the word open with a lower-case letter? */
export function isLowerCased(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_CASED.test(word);
}

/** All letters upper-case and more than one of them ("NATO", "LONDON"). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && !isLowerCased(word) && ALL_CAPS.test(word) && TWO_CAPITALS.test(word);
}
const ALL_CAPS = /^[\p{Lu}\p{N}.\-&]+$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

// Runs of letters and digits, /[\p{L}\p{N}]+/gu, written for V8 as language.ts's WORD is: ASCII
// punctuation turned away and ASCII runs read by inline tests, the categories (a call per character) only past ASCII.
const WORD = /(?![\0-/:-@[-`{-\x7f])(?:[a-zA-Z0-9]+|\p{L}|\p{N})+/gu;

/**
 * How many words (runs of letters and digits, as /[\p{L}\p{N}]+/gu finds them) `text` has.
 */
export function countWords(text: string): number {
  return countMatches(WORD, text);
}

/**
 * Has text[from, to) at least `n` words (as countWords counts them)? Reads to the n-th only, where
 * counting them all would read a paragraph-long span to its end. A word may run past `to`, as
 * countWords of the slice would count its part.
 */
export function hasWordsBetween(text: string, from: number, to: number, n: number): boolean {
  if (n <= 0) return true;
  WORD.lastIndex = from;
  // The words before the n-th are stepped over by test(), which builds no match array: only where
  // the n-th starts is asked. A word before it that ends at or past `to` leaves the n-th to start past it.
  for (let found = 1; found < n; found++) if (!WORD.test(text) || WORD.lastIndex >= to) return false;
  const m = WORD.exec(text);
  return !!m && m.index < to;
}

/** How many times a global regex matches: test() stepping from match to match makes no string and no array of them, as match() would. */
export function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}
