/**
 * Is a capitalised sequence a person? Only when something in the text says so: a title or a
 * role descriptor before it, an appositive after it, a known given name first, an initial
 * ("J. Smith"), a family name written first ("Kim Jong Un"), a relative "who" after it, a country
 * or party in brackets after it, or a reporting verb right after a two-to-four word name.
 */
import type { Context } from '../context';
import { isAllCaps, isCapitalised, isLowerCased } from '../words';
import { endsInOrgHead, hasOfficialWord } from './organizations';
import { isCapitalLetter, looksLikePerson } from './names';
import { inResults } from './results';
import type { Sentence } from '../tokenize';
import {
  appositiveAfter,
  descriptorBefore,
  isCourtesyTitle,
  isKinship,
  isPluralRole,
  isRank,
  isTimeWordAt,
  roleNounAt,
  titleBefore,
} from './roles';
import type { PersonEvidence, Sequence } from './types';

/** Articles and possessives that open a descriptor set off by commas ("the director, …", "his bail bondsman, …"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);

/** A people, a faith or a party, never one person: "Afghans", "the Briton", "fellow Muslims". */
export function isGroup(ctx: Context, seq: Sequence): boolean {
  if (ctx.lex.groupNouns.has(ctx.lower(seq.last - 1))) return true;
  // A nationality, maybe abbreviated: "Briton", "S. Korean".
  const from = seq.last - seq.first >= 3 && ctx.tokens[seq.first + 1]!.text === '.' ? seq.first + 2 : seq.first;
  const m = ctx.lex.demonyms.match(ctx.tokens, from, seq.last);
  return !!m && from + m.length === seq.last;
}

/** A place or a body by its head: "Sayed Abad district", "the Alberta Tory party", "Grace Road". */
export function isHeadedAfter(ctx: Context, seq: Sequence): boolean {
  const t = ctx.tokens[seq.last];
  // A firm: "Edward D. Jones & Co". A place: "Trent Bridge", "Grace Road".
  if (t?.text === '&' || ctx.lex.placeNameHeads.has(ctx.lower(seq.last - 1))) return true;
  return !!t && t.kind === 'word' && ctx.lex.lowerHeads.has(t.text);
}

/** A known news outlet whose name ends right before token `end`. */
function isMediaEndingAt(ctx: Context, end: number, floor: number): boolean {
  for (let k = end - 1; k >= floor && end - k <= 4; k--) {
    const m = ctx.lex.known.match(ctx.tokens, k, end);
    if (m && k + m.length === end) return m.value.kind === 'media';
  }
  return false;
}

/** A known given name ("Anne-Marie" by its first part), a family name written first, or an initial ("J. Smith") opens the name. */
function isNamed(ctx: Context, first: number): boolean {
  const word = ctx.lower(first);
  const { givenNames, familyFirst } = ctx.lex;
  if (givenNames.has(word) || familyFirst.has(word) || (word.includes('-') && givenNames.has(word.split('-')[0]!))) return true;
  const text = ctx.tokens[first]!.text;
  return isCapitalLetter(text) && ctx.tokens[first + 1]?.text === '.';
}

/** The text ends, or a comma or a full stop stands, at token k: what may follow a name set off as a phrase. */
function endsAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !t || t.text === ',' || t.text === '.';
}

/** A possessive among tokens a..b ("Stewart's lawyer"). */
function hasPossessive(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.tokens[k]!.kind === 'poss') return true;
  return false;
}

/** A reporting verb in lower case at token k ("said"). */
function isSpeechVerbAt(ctx: Context, k: number): boolean {
  return ctx.isWord(k) && isLowerCased(ctx.tokens[k]!.text) && ctx.lex.speechVerbs.has(ctx.lower(k));
}

/** A singular role noun in lower case at token k ("broker"). */
function isRoleNoun(ctx: Context, k: number): boolean {
  return ctx.isWord(k) && isLowerCased(ctx.tokens[k]!.text) && !!roleNounAt(ctx, k) && !isPluralRole(ctx, k);
}

/**
 * A lower-case noun at token k, or an adjective before more of a noun phrase, by their tags: what a
 * word before them would modify. A time phrase is not one ("lobbyist Smith last year").
 */
function modifiesNext(ctx: Context, k: number): boolean {
  if (isTimeWordAt(ctx, k) || isTimeWordAt(ctx, k + 1)) return false;
  const noun = (j: number) => {
    if (!ctx.isWord(j) || !isLowerCased(ctx.tokens[j]!.text)) return '';
    const tag = ctx.syntax.ptb(j);
    return tag === 'NN' || tag === 'NNS' ? 'noun' : tag === 'JJ' ? 'adjective' : '';
  };
  const here = noun(k);
  return here === 'noun' || (here === 'adjective' && noun(k + 1) !== '');
}

/**
 * Are the words after a title more of the title, a role's words ("Chief Strategy Officer")? Not
 * where a given name opens them ("Senator Scott Farmer"), nor after a form of address (`address`),
 * which a surname follows ("Dr. King").
 */
export function continuesTitle(ctx: Context, seq: Sequence, address: boolean): boolean {
  return !address && !!roleNounAt(ctx, seq.last - 1) && !looksLikePerson(ctx, seq);
}

export function personEvidence(ctx: Context, seq: Sequence, limit: number, floor: number): PersonEvidence | null {
  const { tokens, lex } = ctx;
  const { first, last } = seq;
  const length = last - first;
  if (isGroup(ctx, seq) || isHeadedAfter(ctx, seq)) return null;
  const title = titleBefore(ctx, first, floor);
  // A body's head word after a title is no name: "Major League Baseball"; nor are the title's own words.
  if (title && (lex.orgHeads.has(ctx.lower(first)) || continuesTitle(ctx, seq, title.role === null))) return null;
  if (title) return title;
  const desc = descriptorBefore(ctx, first, floor);
  // One capitalised word that a lower-case noun or adjective follows modifies it, and names no one:
  // "veteran Democratic strategist Donna Brazile", "his wife Democratic presidential front-runner"
  // (but a given name after kin is one: "his wife Janet visit with voters", a verb the tagger reads as a noun).
  if (desc && length === 1 && !(lex.givenNames.has(ctx.lower(first)) && isKinship(ctx.lower(first - 1))) && modifiesNext(ctx, last))
    return null;
  if (desc)
    return {
      role: ctx.slice(desc.start, first),
      official: desc.word.official || hasOfficialWord(ctx, desc.start, first),
      outer: desc.start,
    };
  // "The U.S.-backed Palestinian president, Mahmoud Abbas, wields …": a descriptor set off by commas.
  if (tokens[first - 1]?.text === ',' && endsAt(ctx, last)) {
    const before = descriptorBefore(ctx, first - 1, floor);
    // The phrase runs from its article ("the", "a"), over a compound the descriptor stops at ("U.S.-backed").
    // A possessive owns the phrase ("Stewart's lawyer"); else it runs back over a compound to its
    // article ("The U.S.-backed Palestinian president"), never over another word of the sentence.
    const owned = before && hasPossessive(ctx, before.start, first - 1);
    let det = before && !owned ? before.start - 1 : -1;
    while (
      det >= floor &&
      before!.start - det <= 4 &&
      !DETERMINERS.has(ctx.lower(det)) &&
      (tokens[det]!.kind !== 'word' || isCapitalised(tokens[det]!.text) || tokens[det - 1]?.text === '-')
    )
      det--;
    const start = owned ? before.start : det >= floor && DETERMINERS.has(ctx.lower(det)) ? det + 1 : -1;
    // A firm is no person: "a longtime coal executive, ERP Compliant Fuels, is …".
    if (before && start >= 0 && !isAllCaps(tokens[first]!.text)) {
      return { role: ctx.slice(start, first - 1), official: before.word.official || hasOfficialWord(ctx, start, first - 1), outer: first };
    }
  }
  const appositive = appositiveAfter(ctx, last, limit);
  if (appositive) return { role: appositive.role, official: appositive.official, outer: first };
  if (length >= 2 && isNamed(ctx, first)) return { role: null, official: false, outer: first };
  // "Duffy Waldorf, who …", "Gonzalez, who …": a relative "who" follows people.
  // (A single plural is a team or a people: "the Cardinals, who won". After "in" it is the place of
  // the person before: "the leader of the opposition in North-Rhine Westphalia, who suggested".)
  if (
    tokens[last]?.text === ',' &&
    (ctx.lower(last + 1) === 'who' || ctx.lower(last + 1) === 'whose') &&
    ctx.lower(first - 1) !== 'in' &&
    !(length === 1 && /s$/.test(tokens[first]!.text)) &&
    !hasOfficialWord(ctx, first, last) &&
    !endsInOrgHead(ctx, seq) &&
    !lex.demonyms.match(tokens, first, last)
  ) {
    return { role: null, official: false, outer: first };
  }
  // A name with a country or a party and state after it: "Jearl Miles (U.S.)", "Mike Pence (R-IN)".
  // (A country may take more than one word: "Jiri Novak ( Czech Republic )".)
  if (length >= 2 && tokens[last]?.text === '(') {
    const inside = tokens[last + 1];
    const place = lex.known.match(tokens, last + 1, last + 5);
    if (place?.value.kind === 'place' && tokens[last + 1 + place.length]?.text === ')')
      return { role: null, official: false, outer: first };
    if (inside && tokens[last + 2]?.text === ')' && /^[RDI]-[A-Z][A-Za-z.]*$/.test(inside.text))
      return { role: null, official: false, outer: first };
  }
  if (length >= 2 && length <= 4 && lex.speechVerbs.has(ctx.lower(last)) && !hasOfficialWord(ctx, first, last)) {
    return { role: null, official: false, outer: first };
  }
  // The verb first: "…," said Humaira Kirmani, a 60-year-old from Lexington; "…," said broker
  // Shakil Rizvi. A lower-case noun between is the role the article states.
  if (length >= 2 && length <= 4 && endsAt(ctx, last) && !hasOfficialWord(ctx, first, last) && !endsInOrgHead(ctx, seq)) {
    if (isSpeechVerbAt(ctx, first - 1)) return { role: null, official: false, outer: first };
    if (isSpeechVerbAt(ctx, first - 2) && isRoleNoun(ctx, first - 1))
      return { role: ctx.slice(first - 1, first), official: false, outer: first - 1 };
  }
  // A news outlet's reporter: "the BBC's Humphrey Hawksley", "CNN's Wolf Blitzer".
  // (Then a place or a verb: "CNBC's Squawk Box, Trump said" is a programme.)
  const poss = length >= 2 && length <= 3 && tokens[first - 1]?.kind === 'poss';
  if (poss && (ctx.lower(last) === 'in' || lex.speechVerbs.has(ctx.lower(last))) && isMediaEndingAt(ctx, first - 1, floor)) {
    return { role: null, official: false, outer: first };
  }
  // An age set off by commas follows a person: "Jeerasak Densakul, 24, was arrested".
  if (
    length >= 2 &&
    length <= 4 &&
    tokens[last]?.text === ',' &&
    /^\d{1,3}$/.test(tokens[last + 1]?.text ?? '') &&
    tokens[last + 2]?.text === ',' &&
    !hasOfficialWord(ctx, first, last)
  ) {
    return { role: null, official: false, outer: first };
  }
  if (inResults(ctx, seq)) return { role: null, official: false, outer: first };
  return null;
}

/**
 * The role a title states for the name after it, with the qualifiers from `start` on ("Health
 * Minister"). A rank or a form of address gives way to an office the article also states, a
 * descriptor before it ("Wardak police chief Gen. Zafaruddin") or an appositive after the name
 * ("Officer Ramon Denby, a Las Vegas police spokesman"); a form of address alone is no role.
 */
export function titledRole(ctx: Context, start: number, title: number, titleEnd: number, seq: Sequence, s: Sentence): PersonEvidence {
  const role = ctx.slice(start, titleEnd);
  if (start === title && isRank(ctx, role)) {
    const desc = descriptorBefore(ctx, title, s.first);
    if (desc)
      return {
        role: ctx.slice(desc.start, title),
        official: desc.word.official || hasOfficialWord(ctx, desc.start, title),
        outer: desc.start,
      };
    const appositive = appositiveAfter(ctx, seq.last, s.end);
    if (appositive) return { role: appositive.role, official: appositive.official, outer: start };
  }
  return { role: isCourtesyTitle(role) ? null : role, official: false, outer: start };
}
