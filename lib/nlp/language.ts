import { countMatches } from './words';
import { appendTo } from './multimap';

/**
 * The language of a text, from its most common words, for when the page does not say or says
 * wrong (many sites serve every edition with lang="en"). Only says what it is sure of.
 *
 * Word lists: the most frequent function words of each language (articles, prepositions,
 * conjunctions), chosen so that no word is frequent in two of the listed languages.
 */
export const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'was', 'with', 'for', 'on', 'he', 'it', 'said', 'have', 'from', 'by'],
  fr: ['le', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'pas', 'du', 'au', 'avec', 'ce', 'sont'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'den', 'auf', 'ein', 'eine', 'auch', 'dem', 'zu', 'von'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'con', 'una', 'para', 'es', 'se', 'su', 'al', 'como', 'pero', 'fue'],
  pt: ['os', 'não', 'uma', 'para', 'com', 'que', 'do', 'da', 'em', 'um', 'ao', 'dos', 'das', 'foi', 'pelo', 'mais'],
  it: ['il', 'della', 'che', 'di', 'non', 'per', 'una', 'del', 'sono', 'gli', 'alla', 'nel', 'anche', 'questo', 'lo', 'è'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'zijn', 'op', 'dat', 'met', 'voor', 'ook', 'aan', 'wordt', 'naar', 'bij'],
};

// Scripts that name their language well enough on their own.
const SCRIPTS: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0e00-\u0e7f]/g, 'th'],
  [/[\u0900-\u097f]/g, 'hi'],
];

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) appendTo(LOOKUP, w, lang);
}

// Runs of letters, as /\p{L}+/gu finds them. V8 tests a class of many ranges (\p{L}) by a call per
// character, a small one inline: the lookahead turns away an ASCII non-letter (most of what lies
// between words), and [a-z]+ reads the lower-case ASCII letters of a word before \p{L} is tried.
// The loop cannot fail once a letter is read, so its two ways to read one never backtrack.
const WORD = /(?![\0-@[-`{-\x7f])(?:[a-z]+|\p{L})+/gu;
const NON_ASCII = /[^\0-\x7f]/gu;
const SURROGATE = /[\ud800-\udfff]/;
const ASTRAL_LETTER = /(?=\p{L})[\u{10000}-\u{10ffff}]/gu;

/** The longest function word: a longer word is never looked up. */
const LONGEST = Math.max(...[...LOOKUP.keys()].map((w) => w.length));

/**
 * The letters (code points, as /\p{L}/gu finds them) of `text`, its words (runs of letters, as
 * /\p{L}+/gu finds them) and how many are each language's function words. The words are found
 * by one match() (a fresh process runs this before V8 optimises anything, where a loop over the
 * characters in JavaScript cost a third more than the regex scan and the word strings it makes).
 */
export function functionWords(text: string): { letters: number; words: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  const found = text.match(WORD) ?? [];
  // A letter past the BMP is two code units of its word and one letter.
  let letters = SURROGATE.test(text) ? -countMatches(ASTRAL_LETTER, text) : 0;
  for (let k = 0; k < found.length; k++) {
    const word = found[k]!;
    letters += word.length;
    const langs = word.length <= LONGEST ? LOOKUP.get(word) : undefined;
    // An index loop: for-of's iterator and its results cost a cold process more than the lookups.
    if (langs) for (let l = 0; l < langs.length; l++) counts.set(langs[l]!, (counts.get(langs[l]!) ?? 0) + 1);
  }
  return { letters, words: found.length, counts };
}

/** A language code for `text`, or null when the text is too short or the evidence too even. */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  // Lower case has as many letters as the sample: every character's lower case has as many as it.
  const { letters, words, counts } = functionWords(sample.toLowerCase());
  if (letters < 40) return null;
  // A non-Latin script that makes up most of the letters decides. (Its characters are past ASCII:
  // where those are too few, none can.)
  for (const [re, lang] of countMatches(NON_ASCII, sample) / letters > 0.3 ? SCRIPTS : []) {
    const n = sample.match(re)?.length ?? 0;
    if (n / letters > 0.3) return lang;
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || words < 10) return null;
  // Function words are a fifth or more of running text in these languages; demand a clear lead.
  // And enough of them: "Ursula von der Leyen" in an English sentence is not German.
  if (best[1] < 5 || best[1] / words < 0.08 || (second && best[1] < 2 * second[1])) return null;
  return best[0];
}

/** The page's stated language, unless the text plainly says another (then the text wins). */
export function chooseLanguage(stated: string | null, text: string): string | null {
  const guessed = guessLanguage(text);
  if (!guessed || !stated) return guessed ?? stated;
  const primary = stated.toLowerCase().split(/[-_]/)[0] ?? '';
  // Overrule the page only where we know its stated language's words well enough to say it is
  // not that ("en" on a French text); a stated "uk" on Cyrillic text stands.
  return primary === guessed || !(primary in FUNCTION_WORDS) ? stated : guessed;
}
