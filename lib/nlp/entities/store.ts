/**
 * The entities found so far and their mentions, with the people indexed by full name and by the
 * shorter forms a later mention may use (a surname; a family name written first).
 */
import type { Context } from '../context';
import type { EntityKind } from '../types';
import { genderOf } from './gender';
import type { EntityIndex, EntityRecord, MentionRecord, Sequence } from './types';

export class EntityStore {
  readonly entities: EntityRecord[] = [];
  readonly mentionAt = new Map<number, MentionRecord>();
  /** By kind, then by name in lower case. */
  private readonly byName = new Map<EntityKind, Map<string, EntityRecord>>();
  private readonly personByFull = new Map<string, EntityRecord>();
  private readonly peopleByShort = new Map<string, EntityRecord[]>();

  constructor(private readonly ctx: Context) {}

  entityFor(name: string, kind: EntityKind): EntityRecord {
    let named = this.byName.get(kind);
    if (!named) this.byName.set(kind, (named = new Map()));
    const key = name.toLowerCase();
    let e = named.get(key);
    if (!e) {
      e = { name, kind, role: null, official: false, gender: null, mentions: [] };
      named.set(key, e);
      this.entities.push(e);
    }
    return e;
  }

  /** Links tokens first..last to the entity, unless another mention holds one of them. */
  addMention(entity: EntityRecord, first: number, last: number, outer = first): void {
    const { tokens } = this.ctx;
    for (let k = first; k < last; k++) if (this.mentionAt.has(k)) return;
    const m: MentionRecord = {
      start: tokens[first]!.start,
      end: tokens[last - 1]!.end,
      text: this.ctx.slice(first, last),
      first,
      last,
      outer,
      entity,
    };
    entity.mentions.push(m);
    for (let k = first; k < last; k++) this.mentionAt.set(k, m);
  }

  /**
   * The first role stated is the person's role, unless a later mention states it more fully
   * ("President", then "Palestinian president"; "Minister", then "Prime Minister"); once
   * official, always official.
   */
  setRole(entity: EntityRecord, stated: string | null, official: boolean): void {
    const role = stated && tidyRole(stated);
    if (role && (!entity.role || isFuller(role, entity.role))) entity.role = role;
    if (official) entity.official = true;
  }

  addPerson(seq: Sequence, role: string | null, official: boolean, outer: number): void {
    const name = this.ctx.slice(seq.first, seq.last);
    const existing = this.findPersonAt(seq.first, seq.last);
    const e = existing ?? this.entityFor(name, 'person');
    // The fullest form names the entity: "Vladimir Putin" over "Putin".
    if (existing && name.length > e.name.length && name.endsWith(e.name)) e.name = name;
    this.indexPerson(e);
    this.setRole(e, role, official);
    this.addMention(e, seq.first, seq.last, outer);
  }

  /** Takes an entity's mentions back (entities/things.ts): it is no longer found at any token, nor by any name. */
  dropEntity(entity: EntityRecord): void {
    for (const m of entity.mentions) for (let k = m.first; k < m.last; k++) if (this.mentionAt.get(k) === m) this.mentionAt.delete(k);
    entity.mentions.length = 0;
    if (entity.kind !== 'person') return;
    const key = personKey(entity.name);
    if (this.personByFull.get(key) === entity) this.personByFull.delete(key);
    for (const [short, list] of this.peopleByShort) {
      const rest = list.filter((e) => e !== entity);
      if (!rest.length) this.peopleByShort.delete(short);
      else if (rest.length !== list.length) this.peopleByShort.set(short, rest);
    }
  }

  isPersonAt(k: number): boolean {
    return this.mentionAt.get(k)?.entity.kind === 'person';
  }

  /**
   * The person this (possibly shorter) name refers to at token `at`: the same name, or a known
   * person's surname. Where two people share the surname ("Bill Clinton", "Hillary Clinton"),
   * the one named most recently before `at` is meant, as a reader takes it; with neither named
   * before, nothing is guessed.
   */
  findPerson(name: string, at = this.ctx.tokens.length): EntityRecord | null {
    return this.findByKey(personKey(name), at);
  }

  /** findPerson of the name tokens first..last, read from the tokens where one word is asked (most often). */
  findPersonAt(first: number, last: number, at = this.ctx.tokens.length): EntityRecord | null {
    // A token holds no white space: its key is its lower-case form, with no text to slice and lower again.
    return this.findByKey(last - first === 1 ? this.ctx.tokens[first]!.lower : personKey(this.ctx.slice(first, last)), at);
  }

  private findByKey(key: string, at: number): EntityRecord | null {
    const exact = this.personByFull.get(key);
    if (exact) return exact;
    // "Putin" for "Vladimir Putin"; "Dmitri Peskov" for "Dmitry Peskov" is left to the store (issue 5).
    if (key.includes(' ')) return null;
    const candidates = this.peopleByShort.get(key) ?? [];
    if (candidates.length <= 1) return candidates[0] ?? null;
    let best: EntityRecord | null = null;
    let bestAt = -1;
    for (const e of candidates) {
      for (const m of e.mentions)
        if (m.first < at && m.first > bestAt && m.last - m.first > 1) {
          best = e;
          bestAt = m.first;
        }
    }
    return best;
  }

  /** The people with a mention before token `at`. */
  peopleNamedBefore(at: number): EntityRecord[] {
    // A person is listed under each of its short forms: each is kept once, where first listed.
    const seen = new Set<EntityRecord>();
    const people: EntityRecord[] = [];
    for (const list of this.peopleByShort.values())
      for (const e of list) {
        if (seen.has(e)) continue;
        seen.add(e);
        if (e.mentions.some((m) => m.first < at)) people.push(e);
      }
    return people;
  }

  /** The entities with at least one mention, mentions in text order. */
  toIndex(): EntityIndex {
    for (let n = 0; n < this.entities.length; n++) {
      const e = this.entities[n]!;
      // (Most entities have one mention: nothing to sort.)
      if (e.mentions.length > 1) e.mentions.sort(byStart);
      if (e.kind === 'person') e.gender = genderOf(this.ctx, e);
    }
    return { entities: this.entities.filter((e) => e.mentions.length), mentionAt: this.mentionAt };
  }

  private indexPerson(e: EntityRecord): void {
    const key = personKey(e.name);
    this.personByFull.set(key, e);
    // Filed under the surname, and under a family name written first ("Kim" of "Kim Jong Un").
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    this.fileShort(surname, e);
    const first = key.slice(0, key.indexOf(' '));
    if (key.includes(' ') && first !== surname && this.ctx.lex.familyFirst.has(first)) this.fileShort(first, e);
  }

  private fileShort(short: string, e: EntityRecord): void {
    const list = this.peopleByShort.get(short);
    if (!list) this.peopleByShort.set(short, [e]);
    else if (!list.includes(e)) list.push(e);
  }
}

const byStart = (a: MentionRecord, b: MentionRecord) => a.start - b.start;

/** Whitespace other than one space between words. */
const IRREGULAR_SPACE = /[^\S ]|\s\s/;

/** The key a person is filed under: the name in lower case, its words one space apart. */
function personKey(name: string): string {
  const lower = name.toLowerCase();
  // Names as written are nearly always spaced so already: the split and join are for the rest.
  return IRREGULAR_SPACE.test(lower) ? lower.split(/\s+/).join(' ') : lower;
}

const roleWords = (role: string) =>
  role
    .toLowerCase()
    .replace(/[.’']/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);

/**
 * A role as a reader should see it, where the words it was cut from end mid-phrase: no possessive
 * ending opening it ("’s cabin services director", its possessor left behind) or closing it ("host
 * of NBC’s"), and no parenthesis it does not close ("chief operating officer (COO"). Null when
 * nothing is left.
 */
export function tidyRole(role: string): string | null {
  let r = role.replace(/^['’]s\s+/, '').replace(/['’]s$/, '');
  const open = r.lastIndexOf('(');
  if (open >= 0 && r.indexOf(')', open) < 0) r = r.slice(0, open);
  r = r.replace(/[\s,;:(-]+$/, '').trim();
  return r || null;
}

/** Does `role` say all that `than` says, and more? */
function isFuller(role: string, than: string): boolean {
  const words = roleWords(role);
  const before = roleWords(than);
  return words.length > before.length && before.every((w) => words.includes(w));
}
