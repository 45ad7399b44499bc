/**
 * One-word "people" the article itself shows to be things: a team, a firm, a hotel, a union. The
 * rules that find a person by a lone capitalised word (a relative "who" after it, a given name
 * that speaks, a list of surnames) cannot tell "Robinson, who had 20 points" from "the Heat, who
 * have dropped eight in a row", nor "Serena said" from "The Serena said". English can: a person's
 * name takes no article. So a one-word person with nothing else that says it is one (no role, no
 * title or descriptor before any mention) is dropped where a mention stands after "the" and before
 * what ends a noun phrase: a verb, a punctuation mark, "and", "of", a relative pronoun ("the WGA
 * issued", "the Jazz, who", "The Serena said"). An article before a name that modifies a noun
 * says nothing ("the Obama administration", "the Smith family"). A name in capitals alone, never
 * written otherwise and with no role, is an acronym ("WGA", "CFL"), not a person; a word with a
 * capital inside it far from its start is a brand ("Nielsen SoundScan"); and a name of two words or
 * more, opened by no given name, that ", which" and a verb follow is a firm ("Sprint Nextel, which
 * has been struggling"); so is a name right after a noun of a body's kind ("the agency Lodestar
 * Universal", "the band Oasis"), and one with no given name that ends in a body's head ("Congressional
 * Progressive Caucus") or in a plural after "the" ("the Rolling Stones", "the Red Wings").
 * A missed name costs less than a wrong one: the mentions go, and no other kind is guessed.
 */
import type { Context } from '../context';
import { isAllCaps, isLowerCased } from '../words';
import type { EntityStore } from './store';
import type { EntityRecord, MentionRecord } from './types';

/** Words that may follow a noun phrase but never continue a name into a longer one. */
const AFTER_PHRASE = new Set(['and', 'or', 'of', 'who', 'whose', 'which', 'that']);

/**
 * A capital inside a word after four lower-case letters or more: a brand's compound ("SoundScan",
 * "BlackBerry", "SkypeOut"), not a name's prefix ("McCain", "MacArthur", "DeShawn", "LaToya").
 */
const BRAND_WORD = /\p{Lu}\p{Ll}{4,}\p{Lu}/u;

/**
 * Common nouns of bodies and things that a name in apposition right after them belongs to: "the
 * agency Lodestar Universal", "the firm Kroll", "the band Oasis". (Not roles, which a person's name
 * follows: "spokesman John Smith".)
 */
const BODY_NOUNS = new Set(
  `agency company firm group band club team party bank network channel newspaper magazine website brand label studio charity
  organisation organization consultancy startup airline carrier retailer chain maker manufacturer publisher broadcaster insurer
  lender fund union association institute foundation tank hotel restaurant ship album`.split(/\s+/),
);

/** A name that is a web address: "PR-Inside.com", "Politico.eu". */
const WEB_NAME = /\.(?:com|org|net|gov|edu|info|co\.uk|eu|io)$/i;

export function dropThingNames(ctx: Context, store: EntityStore): void {
  for (const e of store.entities) if (e.kind === 'person' && isThing(ctx, e)) store.dropEntity(e);
}

function isThing(ctx: Context, e: EntityRecord): boolean {
  if (e.role || !e.mentions.length) return false;
  // A title or a descriptor before a mention ("Mr. Ban", "striker Bojan") says it is a person.
  if (e.mentions.some((m) => m.outer !== m.first)) return false;
  const given = e.name.includes(' ') && ctx.lex.givenNames.has(e.name.slice(0, e.name.indexOf(' ')).toLowerCase());
  // (Not after a given name: "Jim VandeHei".)
  if (!given && BRAND_WORD.test(e.name)) return true;
  // Named after a noun of its kind: "the media planning agency Lodestar Universal", "the band Oasis".
  // (The name in full: "the group Fiorina addressed" is a relative clause about Carly Fiorina.)
  const words = e.name.split(' ').length;
  if (
    !given &&
    !ctx.lex.givenNames.has(e.name.toLowerCase()) &&
    e.mentions.some((m) => m.last - m.first === words && BODY_NOUNS.has(ctx.lower(m.first - 1)))
  )
    return true;
  // A web address: "PR-Inside.com announces …".
  if (WEB_NAME.test(e.name)) return true;
  if (e.name.includes(' ')) return !given && e.mentions.some((m) => whichAfter(ctx, m) || bodyNamed(ctx, m));
  if (e.mentions.some((m) => m.last - m.first !== 1)) return false;
  if (isAllCaps(e.name)) return true;
  return e.mentions.some((m) => afterArticle(ctx, m) || whichAfter(ctx, m));
}

/**
 * ", which" and its verb after the name: a firm's relative, never a person's ("Sprint Nextel, which
 * has been struggling", "Bear Stearns, which collapsed in 2008"). Not "which" and a subject of its
 * own: that "which" may stand for the clause before ("pitching the ball to Mendenhall, which he has
 * been doing for two years").
 */
function whichAfter(ctx: Context, m: MentionRecord): boolean {
  if (ctx.tokens[m.last]?.text !== ',' || ctx.lower(m.last + 1) !== 'which') return false;
  const tag = ctx.syntax.ptb(m.last + 2) ?? '';
  return tag.startsWith('VB') || tag === 'MD';
}

/**
 * A name of two words or more that ends as a body's, a place's or an event's does: in its head
 * ("Stanford University", "Horry County", "PGA Tour", "Bob Hope Humanitarian Award"), or in a
 * plural after "the" ("the Rolling Stones", "the Beastie Boys"). Asked only of names no given name
 * opens. (Not a place at the end: "Bayern Munich" is a club, but "Denzel Washington" a person, and
 * the given names do not list every first name.)
 */
function bodyNamed(ctx: Context, m: MentionRecord): boolean {
  const last = m.last - 1;
  if (last <= m.first) return false;
  const word = ctx.lower(last);
  if (ctx.lex.orgHeads.has(word) || ctx.lex.placeNameHeads.has(word)) return true;
  return ctx.lower(m.first - 1) === 'the' && /[^s']s$/.test(word);
}

/** "the NAME" ending a noun phrase: a verb, a mark (not a possessive), "and", "of", "who" after it. */
function afterArticle(ctx: Context, m: MentionRecord): boolean {
  if (ctx.lower(m.first - 1) !== 'the') return false;
  const next = ctx.tokens[m.last];
  if (!next) return true;
  if (next.kind === 'punct' || next.kind === 'quote') return true;
  if (next.kind !== 'word' || !isLowerCased(next.text)) return false;
  if (AFTER_PHRASE.has(next.lower)) return true;
  const tag = ctx.syntax.ptb(m.last) ?? '';
  return tag.startsWith('VB') || tag === 'MD';
}
