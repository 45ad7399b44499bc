/**
 * The capitalised name sequence: capitalised words, the particles inside a name ("von der",
 * "da"), initials ("George W. Bush") and a suffix ("Jr."). Whether a sequence is a person is
 * decided elsewhere (evidence.ts); this only says where a name could run.
 */
import type { Context } from '../context';
import type { Token } from '../tokenize';
import { isRoleOpener } from './roles';
import { inCapitals } from './scan';
import { isCapitalised } from '../words';
import type { Sequence } from './types';

/** No name runs past twelve tokens ("Luiz Inácio Lula da Silva" is six). */
const NAME_MAX_TOKENS = 12;

const LETTER = /^\p{Lu}$/u;

/**
 * A single capital letter, an initial's ("J" of "J. Smith"): asked of every token of a name and
 * the one after it, mostly ASCII, which its code settles without the Unicode regex.
 */
export function isCapitalLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? text.length === 1 && c >= 65 && c <= 90 : text.length <= 2 && LETTER.test(text);
}

const isLetter = (t: Token | undefined) => !!t && isCapitalLetter(t.text);

/** An initial at token j: a capital letter, its dot right after it, a capitalised word next ("J. Smith"). */
export function isInitialAt(ctx: Context, j: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j];
  return !!t && isCapitalLetter(t.text) && tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === t.end && ctx.isCapWord(j + 2);
}

/** The capitalised name sequence starting at token i, within the sentence ending at sentenceEnd. */
export function nameSequence(ctx: Context, i: number, sentenceEnd: number): Sequence | null {
  const { tokens, lex } = ctx;
  const limit = Math.min(sentenceEnd, i + NAME_MAX_TOKENS);
  // The tests that turn most words away first (sentence openers: "The", "He"); each test here only
  // says no, and reads the token itself before it calls (see the loop below).
  const opener = tokens[i];
  if (!opener || opener.kind !== 'word') return null;
  const text = opener.text;
  const code = text.charCodeAt(0);
  // Context.isNameWord, an ASCII capital settled by its code.
  if (!(code < 128 ? code >= 65 && code <= 90 : isCapitalised(text)) && !(text.includes('-') && ctx.isNameWord(i))) return null;
  // A word that is never a name opens none, unless an initial ("A. Stewart"): the loop below would stop at it.
  if (lex.nonNames.has(opener.lower) && !isInitialAt(ctx, i)) return null;
  // A suffix opens no name: in "John Hinckley, Jr." it is his.
  if (lex.suffixes.has(opener.lower)) return null;
  // A lone capital without its dot opens no name ("Â CanWest", text decoded wrongly).
  if (text.length <= 2 && isCapitalLetter(text) && tokens[i + 1]?.text !== '.') return null;
  // A party or a people before a given name is no name part: "Democrat Walter Mondale".
  if (lex.groupNouns.has(opener.lower) && isNationalityBeforeName(ctx, i, sentenceEnd)) return null;
  // A role noun that opens the sentence is the role's: "Actor Clint Howard said …" (its first test asked here).
  if (lex.roleNouns.has(opener.lower) && isRoleOpener(ctx, i)) return null;
  // A compound adjective is no name: "Brazilian-born Luis Oliveira", "U.S.-backed".
  if (text.includes('-') && /^\p{Lu}[^-]*-\p{Ll}+$/u.test(text)) return null;
  // Words in capitals are headline words ("LONDON"), but not initials ("G.K.").
  if (text.length > 3 && inCapitals(text) && !(text.includes('.') && /^(?:\p{Lu}\.)+$/u.test(text))) return null;
  // The loop reads each token's fields itself and asks a function only where a cheap test leaves
  // the answer open: a fresh process runs it before V8 optimises it, where every call is paid in
  // full, and it reads every word of every name and the token after it.
  let j = i;
  while (j < limit) {
    const t = tokens[j]!;
    const isWord = t.kind === 'word';
    const c = t.text.charCodeAt(0);
    // Context.isCapWord, an ASCII first letter settled by its code.
    const capWord = isWord && (c < 128 ? c >= 65 && c <= 90 : isCapitalised(t.text));
    // Context.isNameWord: a capitalised word, or a name behind a hyphenated prefix ("al-Maliki").
    const nameWord = capWord || (isWord && t.text.includes('-') && ctx.isNameWord(j));
    // (An initial is a capital letter, a capitalised word of one or two UTF-16 units.)
    const initial = capWord && t.text.length <= 2 && isInitialAt(ctx, j);
    // A surname that is also an ordinary word, right after a known given name: "John Major".
    const surname = j === i + 1 && lex.surnameWords.has(t.lower) && lex.givenNames.has(tokens[i]!.lower);
    // (The first word is one: the tests above have said so.)
    const word =
      j === i || (nameWord && (initial || surname || !lex.nonNames.has(t.lower))) || (j > i && capWord && lex.suffixes.has(t.lower));
    // A particle between capitalised words: "Ursula von der Leyen", "Lula da Silva" (the first test asked here).
    const afterParticles = word || j === i || !isWord || !lex.particles.has(t.lower) ? -1 : particlesBeforeName(ctx, j, limit);
    // The tests below stop a run that would go on: the word that ends it (most often "said", a comma) is not asked.
    if (!word && afterParticles < 0) break;
    // A title inside a capitalised run opens the next name: "Conservative MP Russ Hiebert",
    // "Clark County District Attorney David Roger" (but "Martin Luther King Jr."). So does a
    // nationality: "Controversial Australian Anthony Hill".
    if (j > i && ((capWord && isTitleBeforeName(ctx, j, limit)) || isNationalityBeforeName(ctx, j, limit))) break;
    // Two words run together over a full stop ("McGuinty.Had": a missing space) are no name part.
    if (runTogether(t.text)) break;
    if (!word) {
      j = afterParticles;
      continue;
    }
    j++;
    // An initial: "J." before a capitalised word.
    if (initial) j++;
  }
  // A trailing suffix dot: "Jr."
  if (j > i && lex.suffixes.has(ctx.lower(j - 1)) && tokens[j]?.text === '.' && tokens[j]!.start === tokens[j - 1]!.end) j++;
  // "J." alone at the end is not a name part (the dot of "Jr." is).
  if (j > i + 1 && tokens[j - 1]!.text === '.' && !lex.suffixes.has(ctx.lower(j - 2))) j--;
  if (j > i + 1 && isLetter(tokens[j - 1])) j--;
  return j > i ? { first: i, last: j } : null;
}

const RUN_TOGETHER = /^\p{Lu}\p{L}+\.\p{Lu}\p{Ll}+$/u;

/**
 * Two words run together over a full stop ("McGuinty.Had"). The regex is asked only where its
 * first dot leaves room for two letters before it and two after: not of "Mr." or "U.S.".
 */
function runTogether(text: string): boolean {
  const dot = text.indexOf('.');
  return dot >= 2 && dot <= text.length - 3 && RUN_TOGETHER.test(text);
}

/** The name word after the particles at token j ("von der" of "Ursula von der Leyen"), or -1. */
function particlesBeforeName(ctx: Context, j: number, limit: number): number {
  let k = j;
  while (k < limit && ctx.isWord(k) && ctx.lex.particles.has(ctx.lower(k))) k++;
  return k > j && ctx.isNameWord(k) ? k : -1;
}

/** A nationality or a party before a given name: "Australian Anthony Hill", "Democrat Walter Mondale". */
function isNationalityBeforeName(ctx: Context, j: number, limit: number): boolean {
  const size = ctx.lex.demonyms.match(ctx.tokens, j, limit)?.length ?? (ctx.lex.groupNouns.has(ctx.lower(j)) ? 1 : 0);
  return size > 0 && ctx.isCapWord(j + size) && ctx.lex.givenNames.has(ctx.lower(j + size));
}

/** A capitalised title at token j with a name after it ("MP Russ Hiebert"). */
export function isTitleBeforeName(ctx: Context, j: number, limit: number): boolean {
  // The capital first: most tokens asked are not, and the phrase lookup is the dearer test.
  const t = ctx.tokens[j];
  if (!t || t.kind !== 'word' || !isCapitalised(t.text)) return false;
  const title = ctx.lex.titles.match(ctx.tokens, j, limit);
  if (!title) return false;
  const next = j + title.length;
  return ctx.isCapWord(next) && !ctx.lex.suffixes.has(ctx.lower(next)) && !ctx.lex.nonNames.has(ctx.lower(next));
}

/**
 * The name after a title's body: "Inspector General of Punjab Police Nasim Ahmed" runs the body
 * and the name together; the name is what follows the body's last head word ("Police"), two
 * words or more. `i` is the token after the title.
 */
export function officeOfBody(ctx: Context, i: number, sentenceEnd: number): Sequence | null {
  if (ctx.lower(i) !== 'of') return null;
  const from = ctx.lower(i + 1) === 'the' ? i + 2 : i + 1;
  // The body's words may be words that are never names ("Police"): read the capitalised run.
  let head = -1;
  for (let k = from; k < sentenceEnd && k - from < NAME_MAX_TOKENS && ctx.isCapWord(k); k++)
    if (ctx.lex.orgHeads.has(ctx.lower(k))) head = k;
  const name = head < 0 ? null : nameSequence(ctx, head + 1, sentenceEnd);
  return name && name.last - name.first >= 2 ? name : null;
}

/** Two words or more opening with a known given name or a family name written first. */
export function looksLikePerson(ctx: Context, seq: Sequence): boolean {
  const first = ctx.lower(seq.first);
  return seq.last - seq.first >= 2 && (ctx.lex.givenNames.has(first) || ctx.lex.familyFirst.has(first));
}
