/**
 * Named entities: people (with the role the article states), organisations, media and places,
 * each with every mention linked to it. Rules over capitalised sequences, one family per file:
 *
 * - a known name (lexicons: places, institutions, media) is what the lexicon says;
 * - a capitalised sequence (names.ts) is a person when something says so (evidence.ts): a title
 *   or descriptor before it, an appositive after it (roles.ts), a known given name first, …;
 * - a sequence that ends in an organisation head word ("Foreign Ministry") is an organisation
 *   (organizations.ts);
 * - then lists of names, speaking surnames and shorter forms of the people found (later.ts);
 * - each person's gender, where a title, a role or the given name says it (gender.ts);
 * - last, a one-word "person" the article shows to be a thing ("the Heat, who"), an acronym, a
 *   brand, a firm with ", which" is dropped (things.ts).
 * Anything else is left alone: a missed name costs less than a wrong one.
 */
import { Context } from '../context';
import type { Known, Lexicon } from '../lexicon-types';
import { PhraseIndex } from '../phrases';
import type { Tokenized } from '../tokenize';
import { continuesTitle, isGroup, isHeadedAfter, personEvidence, titledRole } from './evidence';
import { addGivenNameMentions, addHeadlineMentions, addListedPeople, addRelatives, addShorterMentions, addSpeakingNames } from './later';
import { isInitialAt, isTitleBeforeName, looksLikePerson, nameSequence, officeOfBody } from './names';
import { endsInOrgHead, hasOfficialWord, isOrganizationName } from './organizations';
import { ARTICLES, isCourtesyTitle, qualifierStart } from './roles';
import { scanOf, writesInLower } from './scan';
import { EntityStore } from './store';
import { dropThingNames } from './things';
import { addWordSurnameMentions } from './word-surnames';
import type { EntityIndex, Sequence } from './types';

export type { EntityIndex, EntityRecord, MentionRecord } from './types';
export { isCourtesyTitle, spellOutTitles } from './roles';
export type { Known };

/**
 * The words a known name, a nationality or a title opens with, per lexicon: every name word asks
 * all three indexes, most open none of them, and one lookup then answers for the three.
 */
const openersByLexicon = new WeakMap<Lexicon, Set<string>>();

function phraseOpeners(lex: Lexicon): Set<string> {
  let words = openersByLexicon.get(lex);
  if (!words) openersByLexicon.set(lex, (words = PhraseIndex.firstWords([lex.known, lex.demonyms, lex.titles])));
  return words;
}

export function findEntities(ctx: Context): EntityIndex;
export function findEntities(doc: Tokenized, lex: Lexicon): EntityIndex;
export function findEntities(docOrCtx: Tokenized | Context, lexicon?: Lexicon): EntityIndex {
  const ctx = docOrCtx instanceof Context ? docOrCtx : new Context(docOrCtx, lexicon!);
  const { tokens, sentences, lex } = ctx;
  const store = new EntityStore(ctx);
  const pending: Sequence[] = [];

  // A title's qualifiers may be an organisation or a place ("MCA President"), never a person.
  const free = (k: number) => {
    const kind = store.mentionAt.get(k)?.entity.kind;
    return !kind || kind === 'organization' || kind === 'place';
  };

  // Where the name words are and which lines are headlines, read in one walk over the tokens.
  const { nameWords, headline } = scanOf(ctx);
  const openers = phraseOpeners(lex);

  /**
   * Is the sequence after a title (at `title`) a name? Not "the Marine Accident Investigation
   * branch" (a title after an article, no given name), nor "Justice Law" (a word the text also
   * writes in lower case), nor a group or a place ("Sayed Abad district").
   */
  const isNameAfterTitle = (seq: Sequence, title: number): boolean => {
    if (isGroup(ctx, seq) || isHeadedAfter(ctx, seq)) return false;
    // A body's head word is no name: "Major League Baseball" (a rank, then "League"), "Sir Ganga Ram
    // Hospital" (but "Senator Frank Church", opened by a given name).
    if (lex.orgHeads.has(ctx.lower(seq.first)) || (endsInOrgHead(ctx, seq) && !looksLikePerson(ctx, seq) && seq.last - seq.first >= 2))
      return false;
    if (ARTICLES.has(ctx.lower(title - 1)) && !looksLikePerson(ctx, seq)) return false;
    if (continuesTitle(ctx, seq, isCourtesyTitle(ctx.slice(title, seq.first).replace(/\.$/, '')))) return false;
    return seq.last - seq.first > 1 || !writesInLower(ctx, ctx.lower(seq.first));
  };

  // Pass 1: known names and evident people.
  // Each rule opens at a name word: the loop steps from one to the next (`next` into nameWords).
  let next = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    if (headline[si]) continue;
    const { first, end } = s;
    for (let i = first; i < end;) {
      while (next < nameWords.length && nameWords[next]! < i) next++;
      if (next === nameWords.length || nameWords[next]! >= end) break;
      i = nameWords[next]!;
      const t = tokens[i]!;
      // An ordinary word that opens the sentence (or a quotation) is not a name.
      const opens = i === first || (tokens[i - 1]?.kind === 'quote' && i - 1 === first);
      // (An initial is no word: "A. Stewart b Mushtaq Ahmed 46". A capital letter, one or two UTF-16 units: asked of those only.)
      const initial = t.text.length <= 2 && isInitialAt(ctx, i);
      // The known name starting here, looked up once for the four rules below that ask (where any phrase opens here).
      const opensPhrase = openers.has(t.lower);
      const body = opensPhrase ? lex.known.match(tokens, i, end) : null;
      if (opens && !initial && !body && (lex.nonNames.has(t.lower) || writesInLower(ctx, t.lower))) {
        i++;
        continue;
      }
      // A nationality or a body before a title: "German Chancellor Angela Merkel", "U.S. Secretary of State …".
      const nation = opensPhrase ? lex.demonyms.match(tokens, i, end) : null;
      const owner = nation && (!body || nation.length >= body.length) ? nation : body;
      if (owner) {
        const ownerTitle = lex.titles.match(tokens, i + owner.length, end);
        if (ownerTitle && ctx.isCapWord(i + owner.length)) {
          const seq = nameSequence(ctx, i + owner.length + ownerTitle.length, end);
          if (seq && !lex.known.match(tokens, seq.first, seq.last) && isNameAfterTitle(seq, i)) {
            store.addPerson(seq, ctx.slice(i, i + owner.length + ownerTitle.length).replace(/\.$/, ''), true, i);
            i = seq.last;
            continue;
          }
        }
      }
      // A title opens a person's mention: "President Vladimir Putin".
      const title = opensPhrase ? lex.titles.match(tokens, i, end) : null;
      if (title) {
        // Titles in a row are one: "General Director Ljubomir Acimovic".
        let after = i + title.length;
        while (isTitleBeforeName(ctx, after, end)) after += lex.titles.match(tokens, after, end)!.length;
        const seq = nameSequence(ctx, after, end) ?? officeOfBody(ctx, after, end);
        if (seq && !lex.known.match(tokens, seq.first, seq.last) && isNameAfterTitle(seq, i)) {
          const start = qualifierStart(ctx, i, first, free);
          const stated = titledRole(ctx, start, i, seq.first, seq, s);
          store.addPerson(seq, stated.role, stated.official || title.value.official, stated.outer);
          i = seq.last;
          continue;
        }
      }
      // A nationality before a name: "Australian Tom Moody", "Mexican Ariel Cruz".
      const nationality = owner && !body ? owner.length : 0;
      if (nationality) {
        const rest = nameSequence(ctx, i + nationality, end);
        const size = rest ? rest.last - rest.first : 0;
        if (
          rest &&
          size >= 2 &&
          size <= 3 &&
          !lex.known.match(tokens, rest.first, rest.last) &&
          !endsInOrgHead(ctx, rest) &&
          !isHeadedAfter(ctx, rest) &&
          !hasOfficialWord(ctx, rest.first, rest.last)
        ) {
          store.addPerson(rest, null, false, rest.first);
          i = rest.last;
          continue;
        }
      }
      const seq = nameSequence(ctx, i, end);
      const known = body;
      if (known && (!seq || seq.last <= i + known.length || !looksLikePerson(ctx, seq))) {
        const k = known.value;
        const e = store.entityFor(k.name, k.kind);
        if (k.official) e.official = true;
        store.addMention(e, i, i + known.length);
        i += known.length;
        continue;
      }
      if (!seq) {
        i++;
        continue;
      }
      // Words cut short by a title are its qualifiers: "Clark County" of "Clark County District Attorney David Roger".
      if (isTitleBeforeName(ctx, seq.last, end)) {
        pending.push(seq);
        i = seq.last;
        continue;
      }
      if (isOrganizationName(ctx, seq)) {
        store.addMention(store.entityFor(ctx.slice(seq.first, seq.last), 'organization'), seq.first, seq.last);
        i = seq.last;
        continue;
      }
      const evidence = personEvidence(ctx, seq, end, first);
      if (evidence) store.addPerson(seq, evidence.role, evidence.official, evidence.outer);
      else pending.push(seq);
      i = seq.last;
    }
  }

  afterEvidentPeople(ctx, store, pending);
  return store.toIndex();
}

/** The rules that read the people pass 1 found (later.ts, word-surnames.ts), then the names that are things (things.ts). */
function afterEvidentPeople(ctx: Context, store: EntityStore, pending: Sequence[]): void {
  addListedPeople(ctx, store, pending);
  addSpeakingNames(ctx, store, pending);
  addRelatives(ctx, store, pending);
  addShorterMentions(ctx, store, pending);
  // Again, now that surnames alone are known: a list of surnames ("Given , Breen , Staunton").
  addListedPeople(ctx, store, pending);
  addGivenNameMentions(ctx, store, pending);
  addWordSurnameMentions(ctx, store);
  addHeadlineMentions(ctx, store);
  dropThingNames(ctx, store);
}
