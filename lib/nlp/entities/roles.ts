/**
 * The role an article states for a person: a title before the name ("President", "Sen."), a
 * descriptor before it ("Kremlin spokesperson"), or an appositive after it (", the Kremlin's
 * spokesman," / ", who heads the council,"). The role is the article's own phrase.
 */
import type { Context } from '../context';
import type { RoleWord } from '../lexicon-types';
import { DAY_PARTS, WEEKDAYS } from '../lexicons/reporting';
import { COURTESY_TITLES, PRE_NAME_TITLES } from '../lexicons/titles';
import { FUNCTION_WORDS, isCapitalised, isLowerCased } from '../words';
import { hasOfficialWord } from './organizations';
import type { PersonEvidence } from './types';

const COURTESY = new Set(COURTESY_TITLES.split(/\s+/).filter(Boolean));

/** Forms of address ("Mr", "Dr", "Sir") mark a person but state no role: "Mr Peskov" has none. */
export function isCourtesyTitle(role: string): boolean {
  // "former Miss" is a form of address too.
  return COURTESY.has(role.toLowerCase().replace(/^(?:former|then-|late)\s*/, ''));
}

/** Abbreviated titles and what they stand for, longest first ("Lt. Gen." before "Gen."). */
const SPELLED = PRE_NAME_TITLES.filter((t) => t.full).sort((a, b) => b.title.length - a.title.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ABBREVIATED = new RegExp(`(?<![\\p{L}.])(?:${SPELLED.map((t) => escape(t.title)).join('|')})(?!\\p{L})`, 'gu');
const FULL = new Map(SPELLED.map((t) => [t.title, t.full!]));

/**
 * The role with its abbreviated titles spelled out ("Col." → "Colonel", "Lt. Gen." →
 * "Lieutenant General"), for comparing roles (role-check): the entity keeps the role as the
 * article writes it.
 */
export function spellOutTitles(role: string): string {
  return role.replace(ABBREVIATED, (m) => FULL.get(m) ?? m);
}

/** An appositive runs at most this many tokens before its role noun. */
const APPOSITIVE_MAX = 10;
/** A descriptor reaches at most this many words back from its role noun. */
const DESCRIPTOR_MAX = 5;

/** The role noun at token k, or of its last hyphenated part ("executive-director"). */
export function roleNounAt(ctx: Context, k: number): RoleWord | null {
  const w = ctx.lower(k);
  return ctx.lex.roleNouns.get(w) ?? (w.includes('-') ? ctx.lex.roleNouns.get(hyphenatedHead(w)) : undefined) ?? null;
}

/** The head of a hyphenated compound: its last part ("co-founder"), or the part before "of" ("chief-of-staff"). */
function hyphenatedHead(w: string): string {
  const parts = w.split('-');
  const of = parts.indexOf('of');
  return of > 0 ? parts[of - 1]! : parts.at(-1)!;
}

/**
 * A role noun that opens a sentence before a name, capitalised only because it opens it: "Actor
 * Clint Howard said …", "Journalist Jorge Ramos asked …". It is the role's word, not the name's. A
 * word that is also a given name, a surname or a title is left to those rules ("Dean Smith", "Major",
 * "President Putin").
 */
export function isRoleOpener(ctx: Context, i: number): boolean {
  const { lex, tokens } = ctx;
  const w = ctx.lower(i);
  // Asked at the first word of every name: the role-noun test turns nearly all away first.
  if (!lex.roleNouns.has(w) || KINSHIP.has(w)) return false;
  const sentence = ctx.sentenceOf(i);
  if (sentence.first !== i) return false;
  if (lex.givenNames.has(w) || lex.surnameWords.has(w) || lex.titleWords.has(w)) return false;
  if (!isCapitalised(tokens[i]!.text) || !ctx.isNameWord(i + 1)) return false;
  // A headline capitalises every word ("Actor Brad Renfro Dead at 25"): where the name ends is not told there.
  for (let k = i + 2; k < Math.min(sentence.end, i + 12); k++) {
    if (tokens[k]!.kind === 'word' && tokens[k]!.text.length > 3 && !isCapitalised(tokens[k]!.text)) return true;
  }
  return false;
}

/** Words that open a noun phrase, after which a past participle modifies the role ("the disgraced former …"). */
const NP_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'this', 'that', 'whose']);

/** Kin ("wife", "son"), whose word a given name follows: "his wife Janet". */
export function isKinship(word: string): boolean {
  return KINSHIP.has(word);
}

/** Kin before a name is a given name as often as a role: "Son Pham" is Vietnamese. */
const KINSHIP = new Set('son daughter brother sister mother wife husband uncle aunt cousin nephew niece grandson granddaughter'.split(' '));

/** A plural role noun ("NATO monitors", "officials") describes several people, never the one name after it. */
export function isPluralRole(ctx: Context, k: number): boolean {
  const w = ctx.lower(k);
  const singular = w.endsWith('men')
    ? w.slice(0, -3) + 'man'
    : w.endsWith('people')
      ? w.slice(0, -6) + 'person'
      : w.replace(/(?:(?<=[sxz]|sh|ch)es|s)$/, '');
  return singular !== w && ctx.lex.roleNouns.has(singular);
}

/** The articles, which may open a role ("a spokesman") or stand before a title ("the Marine Accident Investigation branch"). */
export const ARTICLES = new Set(['the', 'a', 'an']);

/** Prepositions: none opens an appositive, nor stands before the name an appositive's words are headed by. */
const PREPOSITIONS = new Set(
  'about after against amid among at before by despite during for from in into of on over since through to under until with without'.split(
    ' ',
  ),
);

/** Words that open a clause, a list or an adverbial, never an appositive: "no DNA, nor any eyewitness account". */
const NOT_APPOSITIVE = new Set([
  ...['nor', 'and', 'or', 'but', 'not', 'no', 'so', 'yet', 'if', 'than', 'as', 'then', 'while'],
  // A preposition: "San Bernardino, amid reports that the husband-and-wife …".
  ...PREPOSITIONS,
  // A relative clause of a thing or a place ("Research, which hosted the President's speech").
  ...['which', 'whose', 'where', 'when', 'that'],
  // An infinitive: "Clinton, to throw in their lot with Sanders as the candidate".
  'to',
]);

/**
 * Auxiliaries: one before the role noun makes the words after a comma a clause, not an appositive
 * ("Correct the Record, also have benefited from the largesse of hedge fund executives").
 */
const AUXILIARIES = new Set(
  'is are was were be been being am has have had having do does did will would shall should can could may might must'.split(' '),
);
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/**
 * A reporting verb at token e, as a verb: "state" and "states" are also nouns ("the state party
 * chairwoman", "a State Department official", "United States Customs"), and the rules once took
 * them for roles, which hid that.
 */
function isSpeechVerb(ctx: Context, e: number): boolean {
  return ctx.lex.speechVerbs.has(ctx.lower(e)) && /^(?:VB|MD)/.test(ctx.syntax.ptb(e) ?? '');
}

/**
 * A person's name opening at token e (a known given name, capitalised, and a name word after it)
 * that heads the words after a comma: not a possessive ("Donald Trump's lawyer"), not a modifier of
 * a lower-case noun after it ("a Bernie Sanders delegate"), not in a prepositional phrase ("a
 * 59-year-old from Hilton Head").
 */
function namesAnother(ctx: Context, e: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[e]!;
  if (t.kind !== 'word' || !lex.givenNames.has(t.lower) || !isCapitalised(t.text) || !ctx.isNameWord(e + 1)) return false;
  if (PREPOSITIONS.has(tokens[e - 1]?.text ?? '')) return false;
  let n = e + 1;
  while (ctx.isNameWord(n)) n++;
  const after = tokens[n];
  return !!after && after.kind !== 'poss' && !(after.kind === 'word' && isLowerCased(after.text) && !!roleNounAt(ctx, n));
}

/** Verbs through which "who …" states a role. */
const HOLDING_VERBS = new Set('is was served serves works worked became becomes remains remained'.split(' '));

/** Pronouns that stand as a clause's subject: "New York, residence she shares with her husband". */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);

/**
 * Before an appositive's role noun, a word that makes the words after the comma something else: an
 * auxiliary or a verb the dictionary knows as finite opens a clause ("John became one of the game's
 * officials"), but for a relative clause's copula ("a physicist who is co-director of …"), which
 * states the role; so does a subject pronoun ("the residence she shares with her husband").
 */
function opensClause(ctx: Context, e: number): boolean {
  const w = ctx.lower(e);
  if (COPULAS.has(w) && ctx.lower(e - 1) === 'who') return false;
  return AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w) || ctx.syntax.isKnownFiniteVerb(e);
}

/**
 * Words that may follow the head of an appositive role: "a trawler captain from Kessen", "a lawyer who …", "an official
 * familiar with …".
 */
const AFTER_ROLE = new Set([
  'who',
  'whose',
  'and',
  'from',
  'with',
  'since',
  'until',
  'during',
  'under',
  'familiar',
  'close',
  'responsible',
  'involved',
]);

/** A title qualifier reaches at most this many tokens back ("acting NSW Opposition Leader"). */
const QUALIFIER_MAX = 4;

/** A rank or a form of address rather than an office: every word a rank word ("Lt. Col.", "Officer", "Dr"). */
export function isRank(ctx: Context, title: string): boolean {
  const words = title
    .toLowerCase()
    .split(/[\s.-]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => ctx.lex.rankWords.has(w));
}

/**
 * Where a title's qualifiers start, for the title starting at token i: the capitalised words
 * and modifiers the article writes before it ("Health Minister", "MCA President", "Bloc Quebecois
 * Leader", "acting NSW Opposition Leader", "Clark County District Attorney"). `free` says whether
 * a token may be taken (not part of a person's name).
 */
export function qualifierStart(ctx: Context, i: number, floor: number, free: (k: number) => boolean): number {
  const { tokens, lex } = ctx;
  let start = i;
  for (let k = i - 1; k >= floor && i - k <= QUALIFIER_MAX && free(k); k--) {
    const lw = ctx.lower(k);
    if (tokens[k]!.kind === 'poss' && ctx.isCapWord(k - 1)) continue;
    if (ctx.isWord(k) && lex.titleModifiers.has(lw)) {
      start = k;
      continue;
    }
    if (!ctx.isCapWord(k) || FUNCTION_WORDS.has(lw) || lex.speechVerbs.has(lw)) break;
    if (lex.nonNames.has(lw) && !lex.titleWords.has(lw) && !lex.titleModifiers.has(lw)) break;
    start = k;
  }
  return start;
}

/**
 * Words a descriptor does not run back over: a time word in lower case, or a day's name, closes
 * the adverbial the sentence opens with ("Last week Kremlin spokesman …", "On a bad day Kremlin
 * spokesman …", "On Tuesday Kremlin aide …"; "Real Time host" and "Morning co-anchor" are names'
 * words), and an -ing word that works as a preposition opens the phrase ("critics, including
 * Nobel Prize-winning economist Paul Krugman"; "starting point guard" keeps its modifier).
 */
const TIME_WORDS = new Set([
  ...DAY_PARTS,
  ...'day days week weeks month months year years weekend time today tonight yesterday tomorrow'.split(' '),
]);
/** A time word in lower case: "last year", "this week", "Tuesday morning". */
export function isTimeWordAt(ctx: Context, k: number): boolean {
  return TIME_WORDS.has(ctx.tokens[k]?.text ?? '');
}

// Not syntax/clauses.ts's list, which also ends a clause at "starting", "beginning" and "during".
const PREPOSITIONAL_ING = new Set(
  'including excluding regarding concerning following involving barring pending notwithstanding according featuring'.split(' '),
);

/** Role nouns that are verbs as well: "to coach", "to host", "to captain". */
const VERB_ROLES = new Set([
  'coach',
  'host',
  'manage',
  'chair',
  'captain',
  'skipper',
  'pilot',
  'anchor',
  'referee',
  'judge',
  'head',
  'lead',
  'star',
  'partner',
]);

/** A role descriptor ending right before token i ("Kremlin spokesperson", "North Korean leader"). */
export function descriptorBefore(ctx: Context, i: number, floor: number): { start: number; word: RoleWord } | null {
  const { tokens, lex } = ctx;
  const head = i - 1;
  if (head < floor || !ctx.isWord(head)) return null;
  // A lower-case role noun: capitalised ones are titles ("Foreign Minister"), handled as such, but
  // for one capitalised only because it opens the sentence ("Actor Clint Howard").
  // A role with an "of" phrase whose last word is no role of its own: "his chief of staff Fatahi Mohamed Mustafa".
  const ofPhrase =
    ctx.lower(head - 1) === 'of' && head - 2 >= floor ? lex.roleOfPhrases.get(`${ctx.lower(head - 2)} of ${ctx.lower(head)}`) : undefined;
  const noun = ofPhrase ? head - 2 : head;
  const word = ofPhrase ?? roleNounAt(ctx, head);
  if (!word || (isCapitalised(tokens[noun]!.text) && !isRoleOpener(ctx, noun)) || isPluralRole(ctx, noun)) return null;
  // "accepted an offer to coach Bayern Munich", "expected to host Trump": a verb after "to", not a
  // role, where a role noun is also a verb and no given name follows (but "to spokesperson Monica
  // Klein", "an edge to wicketkeeper Denesh Ramdin", "talked to coach Bill Belichick").
  if (ctx.lower(noun - 1) === 'to' && noun - 1 >= floor && VERB_ROLES.has(ctx.lower(noun)) && !lex.givenNames.has(ctx.lower(i)))
    return null;
  let start = noun;
  let lowerTaken = 0;
  for (let k = noun - 1; k >= floor && noun - k <= DESCRIPTOR_MAX; k--) {
    const t = tokens[k]!;
    const lw = t.lower;
    if (t.kind === 'poss') {
      start = k;
      continue;
    }
    // A capitalised word is a name's, even a verb's form ("State Department spokesman"), and so
    // is a title's word ("MCA state official").
    if (t.kind !== 'word' || FUNCTION_WORDS.has(lw) || PREPOSITIONAL_ING.has(lw) || WEEKDAYS.has(lw)) break;
    if (TIME_WORDS.has(t.text)) break;
    if (lex.speechVerbs.has(lw) && !isCapitalised(t.text) && !lex.titleWords.has(lw)) break;
    if (isCapitalised(t.text)) {
      start = k;
      continue;
    }
    if (lowerTaken >= 2) break;
    // A plural noun before a name's word is the sentence's, not the role's: "Following talks
    // Kremlin aide Yuri Ushakov said …" (before the role noun itself it is one: "human rights lawyer").
    if (k + 1 < noun && isCapitalised(tokens[k + 1]!.text) && ctx.syntax.ptb(k) === 'NNS') break;
    // A lower-case word of a role modifies it ("senior", "former", "deputy", "campaign"): a verb
    // is the sentence's ("5 percent prefer Libertarian nominee Gary Johnson").
    const tag = ctx.syntax.ptb(k) ?? '';
    if (!/^(?:JJ\w?|NNS?|VBN|VBG)$/.test(tag)) break;
    // A past participle opens the role only inside a noun phrase ("the embattled former senator",
    // "McCartney's estranged wife"); after a name or a verb it is the sentence's verb ("Trump led
    // former secretary of state …").
    if (
      tag === 'VBN' &&
      !NP_OPENERS.has(ctx.lower(k - 1)) &&
      tokens[k - 1]?.kind !== 'poss' &&
      !/^(?:RB|JJ)/.test(ctx.syntax.ptb(k - 1) ?? '')
    )
      break;
    lowerTaken++;
    start = k;
  }
  return { start, word };
}

/**
 * Is word k part of a role's compound: a role noun within three lower-case content words after it
 * ("managing director", "nursing home owner")?
 */
function modifiesRoleNoun(ctx: Context, k: number): boolean {
  for (let e = k + 1; e <= k + 3; e++) {
    const t = ctx.tokens[e];
    if (!t || t.kind !== 'word' || isCapitalised(t.text) || FUNCTION_WORDS.has(t.lower)) return false;
    if (roleNounAt(ctx, e)) return true;
  }
  return false;
}

/** An appositive role after a name: ", the Kremlin's spokesman," / ", who heads the council," */
export function appositiveAfter(ctx: Context, j: number, limit: number): { role: string; official: boolean } | null {
  const { tokens, lex } = ctx;
  if (tokens[j]?.text !== ',') return null;
  let k = j + 1;
  if (ctx.lower(k) === 'who' && lex.headingVerbs.has(ctx.lower(k + 1))) {
    let e = k + 2;
    while (e < limit && tokens[e]!.text !== ',' && tokens[e]!.text !== '.' && e - k < APPOSITIVE_MAX) e++;
    const object = ctx.slice(k + 2, e).replace(/^the\s+/i, '');
    return e > k + 2 ? { role: `head of ${object}`, official: false } : null;
  }
  if (ARTICLES.has(ctx.lower(k))) k++;
  if (NOT_APPOSITIVE.has(ctx.lower(k))) return null;
  // A relative clause states a role through a copula or a verb of holding a post ("who was a top
  // adviser", "who served as White House counsel"), not through another verb ("who helped set up
  // the former secretary of state's server", "who swept all of the delegates").
  if (ctx.lower(k) === 'who' && !HOLDING_VERBS.has(ctx.lower(k + 1))) return null;
  // A verb opens a clause, not an appositive: "after World War II, banned anyone who …".
  const opener = tokens[k]?.text ?? '';
  if (opener.endsWith('ed') && /^\p{Ll}+ed$/u.test(opener) && !lex.titleModifiers.has(ctx.lower(k))) return null;
  // So does a participle, unless it modifies the role noun after it ("visiting professor", "acting
  // director"): "Trump, providing a boost to the first-time candidate", "Clinton, casting herself as …".
  if (/^\p{Ll}+ing$/u.test(opener) && !lex.titleModifiers.has(opener) && (PREPOSITIONAL_ING.has(opener) || !modifiesRoleNoun(ctx, k)))
    return null;
  let e = k;
  let word: RoleWord | null = null;
  let roleEnd = -1;
  let complement = false;
  while (e < limit && e - k < APPOSITIVE_MAX) {
    const t = tokens[e]!;
    if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')' || t.kind === 'quote') break;
    // Another person's name at the phrase's head makes it theirs: "Lynchburg, VA, Republican
    // presidential front-runner Donald Trump addressed the students of …" says nothing of VA (but
    // "a lawyer for Jane Doe", "Donald Trump's lawyer", "the husband of actress Jane Doe" are roles).
    if ((roleEnd < 0 || e === roleEnd) && !complement && namesAnother(ctx, e)) return null;
    if (t.kind === 'word' && lex.roleComplements.has(t.lower)) complement = true;
    const w = t.kind === 'word' ? roleNounAt(ctx, e) : null;
    if (w) {
      word = w;
      roleEnd = e + 1;
    } else if (t.kind === 'word' && roleEnd < 0 && (isSpeechVerb(ctx, e) || opensClause(ctx, e))) return null;
    e++;
  }
  if (!word || roleEnd < 0) return null;
  // The role noun heads the phrase: it ends it, or a complement, a relative clause or a
  // participle follows ("a lawyer representing the family"); "Deal, a spokesman said" is a clause.
  const next = ctx.lower(roleEnd);
  if (roleEnd < e && lex.speechVerbs.has(next)) return null;
  if (roleEnd < e && !lex.roleComplements.has(next) && !AFTER_ROLE.has(next) && !/(?:ing|ed)$/.test(next)) return null;
  // The role runs to its head noun and any "of"/"for"/"at" phrase after it.
  let stop = roleEnd;
  if (lex.roleComplements.has(ctx.lower(stop))) stop = complementEnd(ctx, roleEnd + 1, e, isCapitalised(tokens[roleEnd - 1]!.text));
  if (stop < 0) return null;
  return { role: ctx.slice(k, stop), official: word.official || hasOfficialWord(ctx, k, stop) };
}

/**
 * Where the "of"/"for"/"at" phrase after a role noun ends, from token a to the appositive's end e:
 * at a relative pronoun, a subordinator or a reporting verb ("a professor at Michigan State
 * University who co-authored …", "president of the Montreal Expos when they entered …"); -1 where
 * a verb shows the words after the comma to be a clause ("Journalism, former secretary of state was
 * made aware …"), or where the role is a title (`titled`) and a name follows it: that is another
 * person ("Treasurer Kelly Mitchell, Secretary of State Connie Lawson, …").
 */
function complementEnd(ctx: Context, a: number, e: number, titled: boolean): number {
  const { tokens, lex } = ctx;
  for (let j = a; j < e; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') continue;
    // A reporting verb ends the phrase a comma should have closed: "Sam Lau, communications director
    // for the Iowa Democratic Party said in a statement".
    if (COMPLEMENT_STOPS.has(t.text) || isSpeechVerb(ctx, j)) return j;
    if (opensClause(ctx, j)) return -1;
    if (titled && lex.givenNames.has(t.lower) && isCapitalised(t.text) && ctx.isNameWord(j + 1)) return -1;
  }
  return e;
}

/** Relative pronouns and subordinators, which end a role's complement. */
const COMPLEMENT_STOPS = new Set('who whose which that when where while because until after before'.split(' '));

/** A title right before token i: "President", "Secretary of State", "Sen.". */
export function titleBefore(ctx: Context, i: number, floor: number): PersonEvidence | null {
  const { tokens, lex } = ctx;
  const m = lex.titles.matchEndingAt(tokens, i - 1, floor);
  if (!m) return null;
  if (!isCapitalised(tokens[m.start]!.text)) return null;
  // "Kremlin spokesperson" style descriptors before a title are part of the role too.
  const desc = descriptorBefore(ctx, m.start, floor);
  const start = desc ? desc.start : m.start;
  const role = ctx.slice(start, i);
  return { role: isCourtesyTitle(role) ? null : role, official: m.value.official || !!desc?.word.official, outer: start };
}
