/**
 * The rules that run once the evident people are known: names in a list beside a person's name,
 * a surname that speaks making its full name a person, and the shorter forms of the people found
 * ("Peskov", "Mr. Putin"), including at a sentence start.
 */
import type { Context } from '../context';
import { SPEAKER_VERB_GAP } from '../lexicons/words';
import { appendTo } from '../multimap';
import { isAllCaps, isLowerCased } from '../words';
import { nameSequence } from './names';
import { endsInOrgHead, hasOfficialWord } from './organizations';
import { titleBefore } from './roles';
import { scanOf } from './scan';
import type { EntityStore } from './store';
import type { EntityRecord, Sequence } from './types';

const VERB_GAP = new Set(SPEAKER_VERB_GAP.split(/\s+/));

/**
 * Lists of people: a name between commas or "and" next to a person's name is a person too
 * ("Billy Andrade, Duffy Waldorf and Jesper Parnevik"). A team sheet numbers its players and
 * brackets a note after a name ("15 - Andre Joubert , 14 - Justin Swart", "Wasim Akram ( captain
 * ) , Moin Khan"); those are stepped over. Two rounds reach a list's far end.
 */
export function addListedPeople(ctx: Context, store: EntityStore, pending: Sequence[]): void {
  const { tokens } = ctx;
  const isSeparator = (k: number) => tokens[k]?.text === ',' || tokens[k]?.text === ';' || ctx.lower(k) === 'and';
  // A shirt number before a name: "14 - ".
  const numbered = (k: number) => tokens[k]?.text === '-' && tokens[k - 1]?.kind === 'num';
  // A country in brackets is no such note: "Alex Zanardi ( Italy ) , Reynard Honda ," lists a
  // driver and his car, and a name with its country is a person by itself (evidence.ts).
  const isPlaceNote = (open: number) => ctx.lex.known.match(tokens, open + 1, open + 5)?.value.kind === 'place';
  // The token before a bracketed note ending at k ("( captain )"), or k itself.
  const skipNoteBack = (k: number) => {
    if (tokens[k]?.text !== ')') return k;
    for (let j = k - 1; j >= 0 && k - j <= 8; j--) if (tokens[j]!.text === '(') return isPlaceNote(j) ? k : j - 1;
    return k;
  };
  const skipNoteForward = (k: number) => {
    if (tokens[k]?.text !== '(' || isPlaceNote(k)) return k;
    for (let j = k + 1; j < tokens.length && j - k <= 8; j++) if (tokens[j]!.text === ')') return j + 1;
    return k;
  };
  const personBefore = (seq: Sequence) => {
    let k = seq.first - 1;
    if (numbered(k)) k -= 2;
    if (!isSeparator(k)) return false;
    return store.isPersonAt(skipNoteBack(k - 1));
  };
  const personAfter = (seq: Sequence) => {
    const k = skipNoteForward(seq.last);
    if (!isSeparator(k)) return false;
    return store.isPersonAt(numbered(k + 2) ? k + 3 : k + 1);
  };
  // A surname alone in a list of surnames alone: "Given , Breen , Staunton , Irwin".
  const surnameAt = (k: number) => {
    const m = store.mentionAt.get(k);
    return m?.entity.kind === 'person' && m.last - m.first === 1;
  };
  // The word stands between separators on both sides, as list items do ("to Batajnica , Acimovic said" is no list).
  const opensItem = (k: number) => k < 0 || isSeparator(k) || tokens[k]!.text === ':' || ctx.sentenceOf(k + 1).first === k + 1;
  const closesItem = (k: number) => !tokens[k] || isSeparator(k) || tokens[k]!.text === '.' || ctx.sentenceOf(k - 1).end === k;
  // (A surname beside it first: few words have one, and the item's bounds take calls to read.)
  const inSurnames = (seq: Sequence) =>
    ((tokens[seq.first - 1]?.text === ',' && surnameAt(seq.first - 2)) || (tokens[seq.last]?.text === ',' && surnameAt(seq.last + 1))) &&
    opensItem(seq.first - 1) &&
    closesItem(seq.last);
  // Rounds until the list's far end is reached (a team sheet runs to eleven names and more).
  for (let added = true; added;) {
    added = false;
    for (const seq of pending) {
      const size = seq.last - seq.first;
      if (store.mentionAt.has(seq.first) || size > 3) continue;
      // The list first: few sequences stand in one, where an organisation or a place inside is looked up word by word.
      if (!(size === 1 ? inSurnames(seq) : personBefore(seq) || personAfter(seq))) continue;
      if (!hasOfficialWord(ctx, seq.first, seq.last) && !endsInOrgHead(ctx, seq)) {
        store.addPerson(seq, null, false, seq.first);
        added = true;
      }
    }
  }
}

/**
 * Evidence carried over: a surname that speaks ("Caddell said") makes the full name that ends
 * with it a person ("Pat Caddell"), and a given name that speaks is a person on its own.
 */
export function addSpeakingNames(ctx: Context, store: EntityStore, pending: Sequence[]): void {
  const { tokens, lex } = ctx;
  const speaks = (seq: Sequence) => {
    let k = seq.last;
    while (k < tokens.length && (tokens[k]!.text === ',' || VERB_GAP.has(ctx.lower(k)))) {
      if (tokens[k]!.text === ',') return false;
      k++;
    }
    return ctx.isWord(k) && isLowerCased(tokens[k]!.text) && lex.speechVerbs.has(ctx.lower(k));
  };
  const fullNames = new Map<string, Sequence[]>();
  for (const seq of pending) {
    if (seq.last - seq.first < 2 || seq.last - seq.first > 4) continue;
    const key = ctx.lower(seq.last - 1);
    appendTo(fullNames, key, seq);
  }
  for (const seq of pending) {
    if (seq.last - seq.first !== 1 || !speaks(seq)) continue;
    const key = ctx.lower(seq.first);
    const full = fullNames.get(key) ?? [];
    const names = new Set(full.map((f) => ctx.slice(f.first, f.last).toLowerCase()));
    if (names.size === 1) {
      for (const f of full) if (!store.mentionAt.has(f.first)) store.addPerson(f, null, false, f.first);
    } else if (!names.size && lex.givenNames.has(key) && !store.findPersonAt(seq.first, seq.first + 1)) {
      store.addPerson(seq, null, false, seq.first);
    }
  }
}

/**
 * A known person's surname with a particle ("Van der Westhuizen" for "Joost van der
 * Westhuizen"), or a relative named by it ("Hillary Clinton" beside "Bill Clinton"): two or three
 * words opening with a particle or a given name, none of them a place or a body.
 */
export function addRelatives(ctx: Context, store: EntityStore, pending: Sequence[]): void {
  for (const seq of pending) {
    const size = seq.last - seq.first;
    if (store.mentionAt.has(seq.first) || size < 2 || size > 3) continue;
    const opener = ctx.lower(seq.first);
    if (
      (!ctx.lex.givenNames.has(opener) && !ctx.lex.particles.has(opener)) ||
      hasOfficialWord(ctx, seq.first, seq.last) ||
      endsInOrgHead(ctx, seq)
    )
      continue;
    const kin = store.findPerson(ctx.lower(seq.last - 1), seq.first);
    if (!kin || !kin.name.includes(' ') || !kin.mentions.some((m) => m.first < seq.first)) continue;
    // The same person's surname with its particle is a mention of that person.
    if (kin.name.toLowerCase().endsWith(' ' + ctx.slice(seq.first, seq.last).toLowerCase())) store.addMention(kin, seq.first, seq.last);
    else store.addPerson(seq, null, false, seq.first);
  }
}

/** Shorter forms of the people found ("Peskov", "Mr. Putin"), and a surname opening a sentence. */
export function addShorterMentions(ctx: Context, store: EntityStore, pending: Sequence[]): void {
  const { tokens, sentences } = ctx;
  for (const seq of pending) {
    if (store.mentionAt.has(seq.first)) continue;
    const e = store.findPersonAt(seq.first, seq.last, seq.first);
    if (e) {
      const title = titleBefore(ctx, seq.first, ctx.sentenceOf(seq.first).first);
      store.addMention(e, seq.first, seq.last, title?.outer ?? seq.first);
      // A role only a later mention states is the person's role ("Prime Minister Erdogan").
      if (title) store.setRole(e, title.role, title.official);
    }
  }
  // Single words that opened a sentence were skipped in pass 1 when the text also writes them in
  // lower case; a known person's surname there is still that person ("Peskov said …").
  for (const s of sentences) {
    const i = s.first + (tokens[s.first]?.kind === 'quote' ? 1 : 0);
    if (store.mentionAt.has(i) || !ctx.isCapWord(i)) continue;
    const seq = nameSequence(ctx, i, s.end);
    if (!seq) continue;
    const e = store.findPersonAt(seq.first, seq.last, seq.first);
    if (e) store.addMention(e, seq.first, seq.last);
  }
}

/**
 * A headline in capitals names the story's people by surname ("SOCCER - SHEARER NAMED AS ENGLAND
 * CAPTAIN"); pass 1 reads no names there, but a surname (or a full name) of a person the article
 * names is that person.
 */
export function addHeadlineMentions(ctx: Context, store: EntityStore): void {
  const { tokens, sentences } = ctx;
  const isCapsWord = (k: number) =>
    ctx.isWord(k) && tokens[k]!.text.length >= 3 && isAllCaps(tokens[k]!.text) && !ctx.lex.groupNouns.has(ctx.lower(k));
  // Only someone named with a known given name: a team or an event taken for a person in the text
  // ("Cleveland Indians", "Hong Kong Open") must not spread to the headline.
  const named = (e: EntityRecord | null): e is EntityRecord =>
    !!e && e.name.includes(' ') && ctx.lex.givenNames.has(e.name.split(' ')[0]!.toLowerCase());
  // The headlines, as scan.ts's walk found them, read once for all sentences.
  const { headline } = scanOf(ctx);
  for (const s of sentences) {
    if (!headline[tokens[s.first]!.sentence]) continue;
    for (let i = s.first; i < s.end; i++) {
      if (!isCapsWord(i) || store.mentionAt.has(i)) continue;
      const full = i + 1 < s.end && isCapsWord(i + 1) ? store.findPerson(ctx.slice(i, i + 2)) : null;
      if (named(full)) {
        store.addMention(full, i, i + 2);
        i++;
        continue;
      }
      const e = store.findPersonAt(i, i + 1);
      if (named(e) && e.name.toLowerCase().endsWith(' ' + ctx.lower(i))) store.addMention(e, i, i + 1);
    }
  }
}

/**
 * A given name alone for a person the article has named in full, as quotes and sports reports
 * write it ("I 'm sure Alan is the man for the job" after "Alan Shearer"): only when one person
 * named before has that given name.
 */
export function addGivenNameMentions(ctx: Context, store: EntityStore, pending: Sequence[]): void {
  let byGiven: Map<string, NamedSince[]> | null = null;
  for (const seq of pending) {
    if (seq.last - seq.first !== 1 || store.mentionAt.has(seq.first)) continue;
    const given = ctx.lower(seq.first);
    if (!ctx.lex.givenNames.has(given)) continue;
    byGiven ??= namedInFull(ctx, store);
    const people = byGiven.get(given)?.filter((p) => p.since < seq.first) ?? [];
    if (people.length === 1) store.addMention(people[0]!.entity, seq.first, seq.last);
  }
}

interface NamedSince {
  entity: EntityRecord;
  /** The first token of the person's first mention. */
  since: number;
}

/**
 * The people named in full, by given name in lower case, read once: the mentions the loop above
 * adds come after one such (a person is taken only when named before), so no answer changes.
 */
function namedInFull(ctx: Context, store: EntityStore): Map<string, NamedSince[]> {
  const byGiven = new Map<string, NamedSince[]>();
  for (const entity of store.peopleNamedBefore(ctx.tokens.length)) {
    if (!entity.name.includes(' ')) continue;
    let since = ctx.tokens.length;
    for (const m of entity.mentions) since = Math.min(since, m.first);
    const given = entity.name.split(' ')[0]!.toLowerCase();
    appendTo(byGiven, given, { entity, since });
  }
  return byGiven;
}
