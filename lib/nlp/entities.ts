/**
 * Named entities: people (with the role the article states), organisations, media and places,
 * each with every mention linked to it. Rules over capitalised sequences:
 *
 * - a known name (lexicons: places, institutions, media) is what the lexicon says;
 * - a capitalised sequence is a person when something says so: a title before it ("President"),
 *   a role descriptor before it ("Kremlin spokesperson"), a known given name first, an initial
 *   ("J. Smith"), a family name written first ("Kim Jong Un"), an appositive after it (", the
 *   Kremlin's spokesman,"), or a reporting verb right after a two-to-four word name;
 * - a shorter form of a known person's name ("Peskov", "Mr. Putin") is that person;
 * - a sequence that ends in an organisation head word ("Foreign Ministry") is an organisation.
 * Anything else is left alone: a missed name costs less than a wrong one.
 */
import type { Lexicon, Known, RoleWord } from './lexicon-types';
import type { Token, Tokenized } from './tokenize';
import type { EntityKind, Span } from './types';
import { FUNCTION_WORDS, isAllCaps, isCapitalised } from './words';

/** Forms of address ("Mr", "Dr", "Sir") mark a person but state no role: "Mr Peskov" has none. */
const COURTESY_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'sir', 'dame', 'dr', 'dr.', 'doctor']);
export function isCourtesyTitle(role: string): boolean {
  return COURTESY_TITLES.has(role.toLowerCase());
}

export interface EntityRecord {
  name: string;
  kind: EntityKind;
  role: string | null;
  official: boolean;
  mentions: MentionRecord[];
  /** For people: what the name or a title says of their gender, where it says it. */
  gender?: 'male' | 'female' | null;
}

export interface MentionRecord extends Span {
  /** Token range of the name, end exclusive. */
  first: number;
  last: number;
  /** Token where the mention as written starts, with its title or descriptor ("Kremlin spokesperson Dmitry Peskov"). */
  outer: number;
  entity: EntityRecord;
}

export interface EntityIndex {
  entities: EntityRecord[];
  /** The mention covering each token, by token index. */
  mentionAt: Map<number, MentionRecord>;
}

interface Sequence {
  first: number;
  /** end exclusive */
  last: number;
}

const APPOSITIVE_MAX = 10;
const NAME_MAX_TOKENS = 12;

export function findEntities(doc: Tokenized, lex: Lexicon): EntityIndex {
  const { tokens, sentences, text } = doc;
  const entities: EntityRecord[] = [];
  const byName = new Map<string, EntityRecord>();
  const mentionAt = new Map<number, MentionRecord>();
  const pending: Sequence[] = [];

  // People by full name and by the words a shorter mention may use (surname; a family name written first).
  const personByFull = new Map<string, EntityRecord>();
  const peopleByShort = new Map<string, EntityRecord[]>();
  const indexPerson = (e: EntityRecord) => {
    const words = e.name.toLowerCase().split(/\s+/);
    personByFull.set(words.join(' '), e);
    const keys = new Set([words[words.length - 1]!]);
    if (words.length > 1 && lex.familyFirst.has(words[0]!)) keys.add(words[0]!);
    for (const key of keys) {
      const list = peopleByShort.get(key) ?? [];
      if (!list.includes(e)) peopleByShort.set(key, [...list, e]);
    }
  };


  // Words the document also writes in lower case are ordinary words when they open a sentence.
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.text)) lowerSeen.add(t.text);

  const slice = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const lower = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  const isWord = (i: number) => tokens[i]?.kind === 'word';
  const isCapWord = (i: number) => isWord(i) && isCapitalised(tokens[i]!.text);

  const entityFor = (name: string, kind: EntityKind): EntityRecord => {
    const key = `${kind}:${name.toLowerCase()}`;
    let e = byName.get(key);
    if (!e) {
      e = { name, kind, role: null, official: false, mentions: [] };
      byName.set(key, e);
      entities.push(e);
    }
    return e;
  };

  const addMention = (entity: EntityRecord, first: number, last: number, outer = first) => {
    for (let k = first; k < last; k++) if (mentionAt.has(k)) return;
    const m: MentionRecord = { start: tokens[first]!.start, end: tokens[last - 1]!.end, text: slice(first, last), first, last, outer, entity };
    entity.mentions.push(m);
    for (let k = first; k < last; k++) mentionAt.set(k, m);
  };

  const setRole = (entity: EntityRecord, role: string | null, official: boolean) => {
    if (role && !entity.role) entity.role = role;
    if (official) entity.official = true;
  };

  /** The capitalised name sequence starting at i: capitalised words, inner particles, initials, a suffix. */
  const nameSequence = (i: number, sentenceEnd: number): Sequence | null => {
    // No name runs past eight words ("Luiz Inácio Lula da Silva" is six).
    const limit = Math.min(sentenceEnd, i + NAME_MAX_TOKENS);
    // Words in capitals are headline words ("LONDON"), but not initials ("G.K.").
    if (!isCapWord(i) || isAllCaps(tokens[i]!.text) && tokens[i]!.text.length > 3 && !/^(?:\p{Lu}\.)+$/u.test(tokens[i]!.text)) return null;
    let j = i;
    while (j < limit) {
      const t = tokens[j]!;
      const initial = /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === '.' && tokens[j + 1]!.start === t.end && isCapWord(j + 2);
      if (isCapWord(j) && (initial || !lex.nonNames.has(t.text.toLowerCase())) || (j > i && isCapWord(j) && lex.suffixes.has(lower(j)))) {
        j++;
        // An initial: "J." before a capitalised word.
        if (/^\p{Lu}$/u.test(t.text) && tokens[j]?.text === '.' && tokens[j]!.start === t.end && isCapWord(j + 1)) j++;
        continue;
      }
      // A particle between capitalised words: "Ursula von der Leyen", "Lula da Silva".
      if (j > i && isWord(j) && lex.particles.has(lower(j))) {
        let k = j;
        while (k < limit && isWord(k) && lex.particles.has(lower(k))) k++;
        if (isCapWord(k)) {
          j = k;
          continue;
        }
      }
      break;
    }
    // A trailing suffix dot: "Jr."
    if (j > i && lex.suffixes.has(lower(j - 1)) && tokens[j]?.text === '.') j++;
    // "J." alone at the end is not a name part (the dot of "Jr." is).
    if (j > i + 1 && tokens[j - 1]!.text === '.' && !lex.suffixes.has(lower(j - 2))) j--;
    if (j > i + 1 && /^\p{Lu}$/u.test(tokens[j - 1]!.text)) j--;
    return j > i ? { first: i, last: j } : null;
  };

  /** A role descriptor ending right before token i ("Kremlin spokesperson", "North Korean leader"). */
  const descriptorBefore = (i: number, floor: number): { start: number; word: RoleWord } | null => {
    const head = i - 1;
    if (head < floor || !isWord(head)) return null;
    // A lower-case role noun: capitalised ones are titles ("Foreign Minister"), handled as such.
    const word = lex.roleNouns.get(lower(head));
    if (!word || isCapitalised(tokens[head]!.text)) return null;
    let start = head;
    let lowerTaken = 0;
    for (let k = head - 1; k >= floor && head - k <= 5; k--) {
      const t = tokens[k]!;
      const lw = t.text.toLowerCase();
      if (t.kind === 'poss') {
        start = k;
        continue;
      }
      if (t.kind !== 'word' || FUNCTION_WORDS.has(lw) || lex.speechVerbs.has(lw)) break;
      if (isCapitalised(t.text)) {
        start = k;
        continue;
      }
      if (lowerTaken >= 2) break;
      lowerTaken++;
      start = k;
    }
    return { start, word };
  };

  /** An appositive role after a name: ", the Kremlin's spokesman," / ", who heads the council," */
  const appositiveAfter = (j: number, limit: number): { role: string; official: boolean } | null => {
    if (tokens[j]?.text !== ',') return null;
    let k = j + 1;
    if (lower(k) === 'who' && /^(?:heads|leads|chairs|runs|directs|manages|commands)$/.test(lower(k + 1))) {
      let e = k + 2;
      while (e < limit && tokens[e]!.text !== ',' && tokens[e]!.text !== '.' && e - k < APPOSITIVE_MAX) e++;
      const object = slice(k + 2, e).replace(/^the\s+/i, '');
      return e > k + 2 ? { role: `head of ${object}`, official: false } : null;
    }
    if (['the', 'a', 'an'].includes(lower(k))) k++;
    let e = k;
    let word: RoleWord | null = null;
    let roleEnd = -1;
    while (e < limit && e - k < APPOSITIVE_MAX) {
      const t = tokens[e]!;
      if (t.text === ',' || t.text === '.' || t.text === ';' || t.text === ')' || t.kind === 'quote') break;
      const w = lex.roleNouns.get(t.text.toLowerCase());
      if (w) {
        word = w;
        roleEnd = e + 1;
      } else if (t.kind === 'word' && lex.speechVerbs.has(t.text.toLowerCase()) && roleEnd < 0) return null;
      e++;
    }
    if (!word || roleEnd < 0) return null;
    // The role runs to its head noun and any "of"/"for"/"at" phrase after it.
    let stop = roleEnd;
    if (['of', 'for', 'at', 'to'].includes(lower(stop))) stop = e;
    return { role: slice(k, stop), official: word.official || hasOfficialWord(k, stop) };
  };

  const hasOfficialWord = (a: number, b: number) => {
    for (let k = a; k < b; k++) {
      const known = lex.known.match(tokens, k, b);
      if (known && (known.value.kind === 'organization' || known.value.kind === 'place')) return true;
      if (lex.demonyms.match(tokens, k, b)) return true;
    }
    return false;
  };

  const personEvidence = (seq: Sequence, limit: number, floor: number): { role: string | null; official: boolean; outer: number } | null => {
    const { first, last } = seq;
    const length = last - first;
    const title = titleBefore(first, floor);
    if (title) return title;
    const desc = descriptorBefore(first, floor);
    if (desc) return { role: slice(desc.start, first), official: desc.word.official || hasOfficialWord(desc.start, first), outer: desc.start };
    const appositive = appositiveAfter(last, limit);
    const firstWord = lower(first);
    const named =
      (length >= 2 && (lex.givenNames.has(firstWord) || lex.givenNames.has(firstWord.split('-')[0]!))) ||
      (length >= 2 && lex.familyFirst.has(firstWord)) ||
      (length >= 2 && /^\p{Lu}$/u.test(tokens[first]!.text) && tokens[first + 1]?.text === '.');
    if (appositive) return { role: appositive.role, official: appositive.official, outer: first };
    if (named) return { role: null, official: false, outer: first };
    // "Duffy Waldorf, who …", "Gonzalez, who …": a relative "who" follows people.
    // (A single plural is a team or a people: "the Cardinals, who won".)
    const plural = length === 1 && /s$/.test(tokens[first]!.text);
    if (tokens[last]?.text === ',' && (lower(last + 1) === 'who' || lower(last + 1) === 'whose') && !plural && !hasOfficialWord(first, last) && !lex.orgHeads.has(lower(last - 1)) && !lex.demonyms.match(tokens, first, last)) {
      return { role: null, official: false, outer: first };
    }
    // A name with a country or a party and state after it: "Jearl Miles (U.S.)", "Mike Pence (R-IN)".
    if (length >= 2 && tokens[last]?.text === '(' && tokens[last + 2]?.text === ')') {
      const inside = tokens[last + 1]!;
      const place = lex.known.match(tokens, last + 1, last + 2);
      if (place?.value.kind === 'place' || /^[RDI]-[A-Z][A-Za-z.]*$/.test(inside.text)) return { role: null, official: false, outer: first };
    }
    if (length >= 2 && length <= 4 && lex.speechVerbs.has(lower(last)) && !hasOfficialWord(first, last)) {
      return { role: null, official: false, outer: first };
    }
    return null;
  };

  /** A title right before token i: "President", "Secretary of State", "Sen.". */
  const titleBefore = (i: number, floor: number): { role: string | null; official: boolean; outer: number } | null => {
    const m = lex.titles.matchEndingAt(tokens, i - 1, floor);
    if (!m) return null;
    if (!isCapitalised(tokens[m.start]!.text)) return null;
    // "Kremlin spokesperson" style descriptors before a title are part of the role too.
    const desc = descriptorBefore(m.start, floor);
    const start = desc ? desc.start : m.start;
    const role = desc ? slice(start, i) : (m.value.full ?? slice(start, i));
    return { role: isCourtesyTitle(role) ? null : role, official: m.value.official || !!desc?.word.official, outer: start };
  };

  // Pass 1: known names and evident people.
  for (const s of sentences) {
    const headline = isHeadline(tokens, s.first, s.end);
    for (let i = s.first; i < s.end; ) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !isCapitalised(t.text) || headline) {
        i++;
        continue;
      }
      // An ordinary word that opens the sentence (or a quotation) is not a name.
      const opens = i === s.first || tokens[i - 1]?.kind === 'quote' && i - 1 === s.first;
      if (opens && (lex.nonNames.has(t.text.toLowerCase()) || lowerSeen.has(t.text.toLowerCase())) && !lex.known.match(tokens, i, s.end)) {
        i++;
        continue;
      }
      // A nationality or a body before a title: "German Chancellor Angela Merkel", "U.S. Secretary of State …".
      const nation = lex.demonyms.match(tokens, i, s.end);
      const body = lex.known.match(tokens, i, s.end);
      const owner = nation && (!body || nation.length >= body.length) ? nation : body;
      if (owner) {
        const ownerTitle = lex.titles.match(tokens, i + owner.length, s.end);
        if (ownerTitle && isCapitalised(tokens[i + owner.length]!.text)) {
          const seq = nameSequence(i + owner.length + ownerTitle.length, s.end);
          if (seq && !lex.known.match(tokens, seq.first, seq.last)) {
            addPerson(seq, slice(i, i + owner.length + ownerTitle.length).replace(/\.$/, ''), true, i);
            i = seq.last;
            continue;
          }
        }
      }
      // A title opens a person's mention: "President Vladimir Putin".
      const title = lex.titles.match(tokens, i, s.end);
      if (title && isCapitalised(t.text)) {
        const seq = nameSequence(i + title.length, s.end);
        if (seq && !lex.known.match(tokens, seq.first, seq.last)) {
          const role = title.value.full ?? slice(i, i + title.length);
          addPerson(seq, isCourtesyTitle(role) ? null : role, title.value.official, i);
          i = seq.last;
          continue;
        }
      }
      // A nationality before a name: "Australian Tom Moody", "Mexican Ariel Cruz".
      const nationality = owner && !lex.known.match(tokens, i, s.end) ? owner.length : 0;
      if (nationality) {
        const rest = nameSequence(i + nationality, s.end);
        const size = rest ? rest.last - rest.first : 0;
        if (rest && size >= 2 && size <= 3 && !lex.known.match(tokens, rest.first, rest.last) && !lex.orgHeads.has(lower(rest.last - 1)) && !hasOfficialWord(rest.first, rest.last)) {
          addPerson(rest, null, false, rest.first);
          i = rest.last;
          continue;
        }
      }
      const seq = nameSequence(i, s.end);
      const known = lex.known.match(tokens, i, s.end);
      if (known && (!seq || seq.last <= i + known.length || !looksLikePerson(seq))) {
        const k = known.value;
        const e = entityFor(k.name, k.kind);
        if (k.official) e.official = true;
        addMention(e, i, i + known.length);
        i += known.length;
        continue;
      }
      if (!seq) {
        i++;
        continue;
      }
      if (lex.orgHeads.has(lower(seq.last - 1)) && seq.last - seq.first >= 2) {
        addMention(entityFor(slice(seq.first, seq.last), 'organization'), seq.first, seq.last);
        i = seq.last;
        continue;
      }
      const evidence = personEvidence(seq, s.end, s.first);
      if (evidence) addPerson(seq, evidence.role, evidence.official, evidence.outer);
      else pending.push(seq);
      i = seq.last;
    }
  }

  function looksLikePerson(seq: Sequence): boolean {
    return seq.last - seq.first >= 2 && (lex.givenNames.has(lower(seq.first)) || lex.familyFirst.has(lower(seq.first)));
  }

  function addPerson(seq: Sequence, role: string | null, official: boolean, outer: number) {
    const name = slice(seq.first, seq.last);
    const existing = findPerson(name);
    const e = existing ?? entityFor(name, 'person');
    // The fullest form names the entity: "Vladimir Putin" over "Putin".
    if (existing && name.length > e.name.length && name.endsWith(e.name)) e.name = name;
    indexPerson(e);
    setRole(e, role, official);
    addMention(e, seq.first, seq.last, outer);
  }

  /**
   * The person this (possibly shorter) name refers to at token `at`: the same name, or a known
   * person's surname. Where two people share the surname ("Bill Clinton", "Hillary Clinton"),
   * the one named most recently before `at` is meant, as a reader takes it; with neither named
   * before, nothing is guessed.
   */
  function findPerson(name: string, at = tokens.length): EntityRecord | null {
    const words = name.toLowerCase().split(/\s+/);
    const exact = personByFull.get(words.join(' '));
    if (exact) return exact;
    // "Putin" for "Vladimir Putin"; "Dmitri Peskov" for "Dmitry Peskov" is left to the store (issue 5).
    if (words.length !== 1) return null;
    const candidates = peopleByShort.get(words[0]!) ?? [];
    if (candidates.length <= 1) return candidates[0] ?? null;
    let best: EntityRecord | null = null;
    let bestAt = -1;
    for (const e of candidates) {
      for (const m of e.mentions) if (m.first < at && m.first > bestAt && m.last - m.first > 1) {
        best = e;
        bestAt = m.first;
      }
    }
    return best;
  }

  // Lists of people: a name between commas or "and" next to a person's name is a person too
  // ("Billy Andrade, Duffy Waldorf and Jesper Parnevik").
  const personAt = (k: number) => mentionAt.get(k)?.entity.kind === 'person';
  const isSeparator = (k: number) => tokens[k]?.text === ',' || lower(k) === 'and';
  for (let round = 0; round < 2; round++) {
    for (const seq of pending) {
      if (mentionAt.has(seq.first) || seq.last - seq.first < 2 || seq.last - seq.first > 3) continue;
      if (hasOfficialWord(seq.first, seq.last) || lex.orgHeads.has(lower(seq.last - 1))) continue;
      const before = isSeparator(seq.first - 1) && personAt(seq.first - 2);
      const after = isSeparator(seq.last) && personAt(seq.last + 1);
      if (before || after) addPerson(seq, null, false, seq.first);
    }
  }

  // Evidence carried over: a surname that speaks ("Caddell said") makes the full name that ends
  // with it a person ("Pat Caddell"), and a given name that speaks is a person on its own.
  const speaks = (seq: Sequence) => {
    let k = seq.last;
    while (k < tokens.length && (tokens[k]!.text === ',' || /^(?:also|later|has|had)$/.test(lower(k)))) {
      if (tokens[k]!.text === ',') return false;
      k++;
    }
    return isWord(k) && /^\p{Ll}/u.test(tokens[k]!.text) && lex.speechVerbs.has(lower(k));
  };
  const fullNames = new Map<string, Sequence[]>();
  for (const seq of pending) {
    if (seq.last - seq.first < 2 || seq.last - seq.first > 4) continue;
    const key = lower(seq.last - 1);
    fullNames.set(key, [...(fullNames.get(key) ?? []), seq]);
  }
  for (const seq of pending) {
    if (seq.last - seq.first !== 1 || !speaks(seq)) continue;
    const key = lower(seq.first);
    const full = fullNames.get(key) ?? [];
    const names = new Set(full.map((f) => slice(f.first, f.last).toLowerCase()));
    if (names.size === 1) {
      for (const f of full) if (!mentionAt.has(f.first)) addPerson(f, null, false, f.first);
    } else if (!names.size && lex.givenNames.has(key) && !findPerson(tokens[seq.first]!.text)) {
      addPerson(seq, null, false, seq.first);
    }
  }

  // Pass 2: shorter forms of the people found ("Peskov", "Mr. Putin").
  for (const seq of pending) {
    if (mentionAt.has(seq.first)) continue;
    const name = slice(seq.first, seq.last);
    const e = findPerson(name, seq.first);
    if (e) {
      const title = titleBefore(seq.first, sentences[tokens[seq.first]!.sentence]!.first);
      addMention(e, seq.first, seq.last, title?.outer ?? seq.first);
    }
  }
  // Single words that opened a sentence were skipped in pass 1 when the text also writes them in
  // lower case; a known person's surname there is still that person ("Peskov said …").
  for (const s of sentences) {
    const i = s.first + (tokens[s.first]?.kind === 'quote' ? 1 : 0);
    if (mentionAt.has(i) || !isCapWord(i)) continue;
    const seq = nameSequence(i, s.end);
    if (!seq) continue;
    const e = findPerson(slice(seq.first, seq.last), seq.first);
    if (e) addMention(e, seq.first, seq.last);
  }

  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: entities.filter((e) => e.mentions.length), mentionAt };
}

/** A headline or table line in capitals ("LEICESTERSHIRE TAKE OVER AT TOP"): no names read there. */
function isHeadline(tokens: Token[], first: number, end: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    words++;
    if (isAllCaps(t.text)) caps++;
  }
  return words >= 2 && caps / words > 0.6;
}

export type { Known };
