/**
 * What the entity rules read of every token, gathered in one walk per text: where the name words
 * are and which lines are headlines. The rules then work from these few positions instead of each
 * walking every token again. Whether the text writes a word in lower case is searched for.
 */
import type { Context } from '../context';
import { tokenAt, type Token } from '../tokenize';
import { isAllCaps, isCapitalised, isLowerCased } from '../words';

export interface TextScan {
  /** The tokens that can be part of a name (Context.isNameWord), in text order. */
  nameWords: number[];
  /**
   * Per sentence: a headline or table line in capitals ("LEICESTERSHIRE TAKE OVER AT TOP"), or in
   * title case, every word capitalised ("Retired General Reveals Demoralizing Experience Of Serving
   * Under Obama"): no names read there, the article's text names them again.
   */
  headline: boolean[];
  /** writesInLower's answers so far: a text opens many sentences with one name ("Trump"). */
  inLower: Map<string, boolean>;
}

/** Small words a title-case headline capitalises and running text does not. */
const TITLE_CASE_WORDS = new Set([
  'Of',
  'The',
  'In',
  'On',
  'At',
  'To',
  'For',
  'Under',
  'Over',
  'With',
  'From',
  'By',
  'Into',
  'About',
  'After',
  'Before',
  'Is',
  'Are',
  'Was',
]);
/** The longest of them: a longer word is never looked up. */
const TITLE_CASE_LONGEST = Math.max(...[...TITLE_CASE_WORDS].map((w) => w.length));

// Several rule families ask of one text (and the tokens never change after tokenize()).
const scans = new WeakMap<Token[], TextScan>();

export function scanOf(ctx: Context): TextScan {
  let scan = scans.get(ctx.tokens);
  if (!scan) scans.set(ctx.tokens, (scan = scanText(ctx)));
  return scan;
}

function scanText(ctx: Context): TextScan {
  const { tokens, sentences } = ctx;
  const nameWords: number[] = [];
  const headline: boolean[] = [];
  // Index loops and locals: a fresh process runs this before V8 optimises it, where for-of costs
  // about twice as much and every property read and call is paid in full, for each of the text's tokens.
  for (let s = 0; s < sentences.length; s++) {
    const { first, end } = sentences[s]!;
    let words = 0;
    let caps = 0;
    let capitalised = 0;
    // Title case shows in a capitalised small word inside the line ("Of", "Under"), which a list of names has not.
    let small = false;
    for (let i = first; i < end; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const text = t.text;
      words++;
      // isCapitalised and isLowerCased, an ASCII first letter (most words) settled here by its code.
      const c = text.charCodeAt(0);
      if (c < 128 ? c >= 65 && c <= 90 : isCapitalised(text)) {
        nameWords.push(i);
        capitalised++;
        if (inCapitals(text)) caps++;
        if (!small && i > first && text.length <= TITLE_CASE_LONGEST && TITLE_CASE_WORDS.has(text)) small = true;
        continue;
      }
      // A capitalised name behind a lower-case prefix: "al-Maliki".
      if (text.includes('-') && ctx.isNameWord(i)) nameWords.push(i);
    }
    headline.push((words >= 2 && caps / words > 0.6) || (words >= 5 && capitalised === words && small));
  }
  return { nameWords, headline, inLower: new Map() };
}

/**
 * Does the text write `word` as a word of its own, in lower case ("officials")? Such a word
 * opening a sentence is an ordinary word. Asked of a few capitalised words a text (sentence
 * openers, one-word names after a title), it searches the text for them: a set of every
 * lower-case word, built by the scan, cost about 1% of a run (an add for most tokens).
 */
export function writesInLower(ctx: Context, word: string): boolean {
  const { inLower } = scanOf(ctx);
  let found = inLower.get(word);
  if (found === undefined) inLower.set(word, (found = searchInLower(ctx, word)));
  return found;
}

function searchInLower(ctx: Context, word: string): boolean {
  if (!isLowerCased(word)) return false;
  const { text, tokens } = ctx;
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
    // Tokens do not overlap: a token starting at p is the first one ending after it.
    const t = tokens[tokenAt(tokens, p)];
    if (t && t.start === p && t.text === word && t.kind === 'word') return true;
  }
  return false;
}

/** isAllCaps, where a lower-case second letter (most capitalised words) settles it without the Unicode regex. */
export function inCapitals(word: string): boolean {
  const c = word.charCodeAt(1);
  return !(c >= 97 && c <= 122) && isAllCaps(word);
}
