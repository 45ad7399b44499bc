/**
 * Sources of claims: the noun phrase that says something. A named entity with its title or
 * descriptor ("Kremlin spokesperson Dmitry Peskov"), a pronoun resolved to an earlier entity, an
 * anonymous or group source ("a senior Ukrainian official", "people familiar with the matter"),
 * an unnamed institution or medium ("the foreign ministry", "state media") or a document ("the
 * statement"). Found ending right before a reporting verb, or starting right after one.
 */
import type { Context } from '../context';
import type { EntityIndex, EntityRecord, MentionRecord } from '../entities';
import type { EntityKind } from '../types';
import { appendTo } from '../multimap';
import { FUNCTION_WORDS, isCapitalised, isLowerCased, PERSON_PRONOUNS } from '../words';
import { sourceTypeOf, type Source } from './types';
import { PronounSources } from './pronoun-sources';
import { UnnamedSources } from './unnamed';

export { sourceTypeOf, type Source } from './types';

// Prepositions that attach a noun phrase to a source before it: "a spokesman for the agency",
// "officials at the ministry", "the U.S. Attorney's Office for the Western District of New York".
const ATTACHING = new Set(['for', 'of', 'at', 'in', 'with', 'from', 'to']);

const ANONYMITY_BY_FIRST_WORD = new WeakMap<string[][], Map<string, string[][]>>();

/** The qualifiers of anonymity by first word, once per lexicon (not at every text). */
function anonymityByFirstWord(clauses: string[][]): ReadonlyMap<string, string[][]> {
  let byFirst = ANONYMITY_BY_FIRST_WORD.get(clauses);
  if (!byFirst) {
    byFirst = new Map();
    for (const q of clauses) appendTo(byFirst, q[0]!, q);
    ANONYMITY_BY_FIRST_WORD.set(clauses, byFirst);
  }
  return byFirst;
}

export class SourceFinder {
  private readonly pronounSources: PronounSources;
  private readonly unnamed: UnnamedSources;
  /** The lexicon's qualifiers of anonymity by first word (each has one: it holds a marker word), tried back from every source's end. */
  private readonly anonymity: ReadonlyMap<string, string[][]>;

  constructor(
    private readonly ctx: Context,
    private readonly index: EntityIndex,
    quoteAt: (i: number) => number,
  ) {
    this.anonymity = anonymityByFirstWord(ctx.lex.anonymityClauses);
    this.unnamed = new UnnamedSources(ctx, index);
    this.pronounSources = new PronounSources(ctx, index, this.unnamed, quoteAt);
  }

  /** The source ending at token j (inclusive), not reaching before `floor`. */
  endingAt(j: number, floor: number): Source | null {
    if (j < floor) return null;
    // Strip a qualifier of anonymity, with any reason after it: "a senior official who spoke on
    // condition of anonymity (because the talks are confidential)".
    const { tokens } = this.ctx;
    for (let start = j; start > floor && j - start < 16; start--) {
      const t = tokens[start]!;
      if (t.kind === 'punct' && t.text !== ',') break;
      if (this.anonymity.get(t.lower)?.some((q) => this.ctx.seq(start, q))) return this.endingAt(start - 1, floor) ?? null;
    }
    const mention = this.index.mentionAt.get(j);
    const word = this.ctx.lower(j);
    if (PERSON_PRONOUNS.has(word) || word === 'it') return this.pronoun(j);
    // "…, Ed Schultz, who said …": the relative pronoun is the source as written, its antecedent the speaker.
    if ((word === 'who' || word === 'which') && this.ctx.tokens[j - 1]?.text === ',' && j - 2 >= floor) {
      // "talks with Olmert and Israeli President Shimon Peres, who cautioned …": the clause is the last name's.
      const named = this.index.mentionAt.get(j - 2);
      if (named && named.last === j - 1 && named.entity.kind === 'person' && !ATTACHING.has(this.ctx.lower(named.outer - 1)))
        return { ...this.fromMention(named, floor, named.outer, named.last, false), first: j, last: j + 1 };
      const antecedent = this.endingAt(j - 2, floor);
      // A place is never "who": "Alan Berger, a gynecologist from Englewood, New Jersey, who said …" is his;
      // so is "Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who suggested …".
      if (word === 'who' && (!antecedent || antecedent.entity?.kind === 'place')) return this.personBeforeAppositive(j, floor);
      return antecedent && (antecedent.entity || antecedent.generic) ? { ...antecedent, first: j, last: j + 1 } : null;
    }
    const own = mention && mention.last === j + 1 ? this.fromMention(mention, floor) : this.unnamed.endingAt(j, floor);
    if (own) {
      const attached = this.attachedTo(own, floor, !!own.entity && own.entity.kind !== 'person');
      // "Senator from Texas says": a place after a preposition the rules could not attach is where, not who.
      const before = attached.first - 2;
      if (
        attached.entity?.kind === 'place' &&
        ATTACHING.has(this.ctx.lower(attached.first - 1)) &&
        before >= floor &&
        (this.ctx.lex.roleNouns.has(this.ctx.lower(before)) || isLowerCased(this.ctx.tokens[before]!.text))
      )
        return null;
      return attached;
    }
    // A phrase the rules cannot name, after a preposition: "officials in [Johor]", "critics of [Harper's aid package]".
    let q = j;
    while (
      q >= floor &&
      (this.ctx.tokens[q]!.kind === 'word' || this.ctx.tokens[q]!.kind === 'poss') &&
      !ATTACHING.has(this.ctx.lower(q)) &&
      j - q < 6
    )
      q--;
    // "to" before a phrase the rules cannot name is an infinitive ("a special prosecutor to investigate").
    if (q === j || !ATTACHING.has(this.ctx.lower(q)) || this.ctx.lower(q) === 'to') return null;
    const placeholder: Source = { first: q + 1, last: j + 1, sourceType: 'other', entity: null, generic: null };
    const attached = this.attachedTo(placeholder, floor);
    return attached === placeholder ? null : attached;
  }

  /**
   * The source a phrase is attached to by a preposition: "a spokesman for [the agency]",
   * "officials at [the ministry]", "the U.S. Attorney's Office for the Western District of [New
   * York]". The head is the leftmost noun: who speaks is the spokesman, not the agency.
   */
  private attachedTo(s: Source, floor: number, toPerson = false): Source {
    let result = s;
    let p = s.first - 1;
    for (let step = 0; step < 3 && p > floor && ATTACHING.has(this.ctx.lower(p)); step++) {
      // A capitalised name between two prepositions: "for the Western District of".
      let q = p - 1;
      while (q >= floor && this.isCapWord(q) && p - q <= 5) q--;
      if (this.ctx.lower(q) === 'the') q--;
      // A person takes only a named place or body, and not by "to" ("Rebecca Bradley to a full term").
      const head = this.headEndingAt(p - 1, floor, toPerson && this.ctx.lower(p) !== 'to');
      if (head) {
        const generic = head.generic ?? (head.entity ? null : { kind: 'group' as EntityKind, name: '' });
        result = {
          first: head.first,
          last: s.last,
          sourceType: head.sourceType,
          entity: head.entity,
          generic: generic && {
            kind: generic.kind,
            name: this.text(head.first, s.last)
              .replace(/^the\s+/i, '')
              .replace(/^(?:A|An)\s/, (m) => m.toLowerCase()),
          },
        };
        p = head.first - 1;
        continue;
      }
      if (q < p - 1 && q > floor && ATTACHING.has(this.ctx.lower(q))) {
        p = q;
        continue;
      }
      break;
    }
    return result;
  }

  /**
   * An unnamed head a prepositional phrase can attach to ("a spokesman", "officials", "the
   * Office"), an organisation, or a person ("The BBC's Humphrey Hawksley in Baghdad says", "Gary
   * Doer of Manitoba said"): a place or body after a person says where the person is or whom
   * they speak for, and the person speaks.
   */
  private headEndingAt(j: number, floor: number, person: boolean): Source | null {
    const m = this.index.mentionAt.get(j);
    if (m && m.last === j + 1)
      return m.entity.kind === 'organization' || m.entity.kind === 'media' || (person && m.entity.kind === 'person')
        ? this.fromMention(m, floor)
        : null;
    const unnamed = this.unnamed.endingAt(j, floor, true);
    return unnamed && unnamed.sourceType !== 'document' ? unnamed : null;
  }

  private isCapWord(i: number): boolean {
    const t = this.ctx.tokens[i];
    return !!t && (t.kind === 'word' || t.kind === 'poss') && (t.kind === 'poss' || isCapitalised(t.text));
  }

  /** Can a word head an unnamed source ("officials", "report", "spokesman")? */
  isHead(word: string): boolean {
    return this.unnamed.isHead(word);
  }

  /** The source starting at token i ("said Harald Brenn", "according to Reuters"), not past `limit`. */
  startingAt(i: number, limit: number): Source | null {
    let k = i;
    if (this.ctx.lower(k) === 'the' && this.index.mentionAt.get(k + 1)) k++;
    // A person behind a descriptor that names a place or body: "Lahore police chief Malik Iqbal".
    const described = this.personDescribedFrom(k, limit);
    if (described) return this.fromMention(described, i, i, this.coordinatedEnd(described.last, limit));
    const mention = this.index.mentionAt.get(k);
    if (mention && mention.first === k) {
      // "said the Florida senator": the place or body describes the person who speaks.
      const roleAt = mention.last;
      if (
        mention.entity.kind !== 'person' &&
        roleAt < limit &&
        isLowerCased(this.ctx.tokens[roleAt]!.text) &&
        this.ctx.lex.roleNouns.has(this.ctx.lower(roleAt))
      ) {
        const described = this.unnamed.endingAt(roleAt, i);
        if (described && described.first === i) return described;
      }
      // "said Chad Bown": a place right before a person's name is the person's given name.
      const next = this.index.mentionAt.get(mention.last);
      if (mention.entity.kind === 'place' && next && next.first === mention.last && next.entity.kind === 'person')
        return this.fromMention(next, i, i, next.last);
      // "according to the Los Angeles Sheriff's Department", "… Orlando Regional Medical Center": a
      // place that opens a longer name the rules did not know is the body's, not the place's.
      // (Not "the Arizona Republican", a person; nor "Israel Monday": a word of the lexicon's non-names.)
      const after = this.ctx.lower(mention.last);
      if (
        mention.entity.kind === 'place' &&
        next?.entity.kind !== 'person' &&
        this.ctx.isCapWord(mention.last) &&
        mention.last < limit &&
        !this.ctx.lex.groupNouns.has(after) &&
        !this.ctx.lex.nonNames.has(after)
      ) {
        // (A body the rules know may follow: "the Florida Department of State".)
        const end = this.bodyNameEnd(next && next.first === mention.last ? next.last : mention.last, limit);
        // "South Carolina Democratic Party Chairman Jaime Harrison": the person the words describe speaks.
        const person = this.index.mentionAt.get(end);
        if (person?.entity.kind === 'person' && person.first === end) return this.fromMention(person, i, i, person.last);
        return { first: i, last: end, sourceType: 'institution', entity: null, generic: { kind: 'organization', name: this.text(k, end) } };
      }
      return this.fromMention(mention, i, k === i ? mention.outer : i, this.coordinatedEnd(mention.last, limit));
    }
    // A mention behind its descriptor: "according to Kremlin spokesperson Dmitry Peskov",
    // "German Chancellor Angela Merkel" (capitalised words up to the mention's title).
    for (let e = k + 1; e < Math.min(limit, k + 6); e++) {
      const m = this.index.mentionAt.get(e);
      if (m && m.first === e && m.outer <= k) return this.fromMention(m, i, i, m.last);
      // "former FBI agent Timothy Gill", "former Manhattan Borough President Percy Sutton": a body or
      // place inside the descriptor, the person after it.
      if (
        m &&
        m.first === e &&
        m.entity.kind !== 'person' &&
        m.last < limit &&
        (this.isDescriptorWord(m.last) || (k < m.first && this.ctx.isCapWord(m.last)))
      ) {
        e = m.last - 1;
        continue;
      }
      if (m && m.first === e && m.outer > k) {
        let ok = true;
        for (let c = k; c < m.outer && ok; c++)
          ok = isCapitalised(this.ctx.tokens[c]!.text) || this.ctx.tokens[c]!.kind === 'poss' || this.isDescriptorWord(c);
        if (ok) return this.fromMention(m, i, i, m.last);
      }
      if (m) break;
    }
    const word = this.ctx.lower(i);
    if (PERSON_PRONOUNS.has(word) || word === 'it') return this.pronoun(i);
    // An unnamed source: read forward to its head, then let endingAt check it.
    for (let e = i; e < Math.min(limit, i + 8); e++) {
      const t = this.ctx.tokens[e]!;
      if (t.kind !== 'word' && t.kind !== 'poss') break;
      const s = this.unnamed.endingAt(e, i);
      // "said the group's spokesman": the possessor is whom the source speaks for.
      if (s && s.first === i && this.ctx.tokens[e + 1]?.kind !== 'poss') {
        // "a press release", "the news agency": a head that modifies the head after it is not the source's.
        const next = this.ctx.tokens[e + 1];
        if (
          e + 1 < limit &&
          next?.kind === 'word' &&
          isLowerCased(next.text) &&
          this.unnamed.isHead(next.lower) &&
          this.unnamed.endingAt(e + 1, i)?.first === i
        )
          continue;
        // Take the longest: "people familiar with the matter", not "people"; "the head of the
        // Colombian Family Welfare Institute", not "the head".
        const longer = this.unnamed.qualified(this.ofNamedBody(s, limit), limit);
        return longer.sourceType === 'document' ? this.documentAuthor(longer, limit) : longer;
      }
    }
    return null;
  }

  /**
   * The person whose appositive ends at the ", who" at token j: the nearest person mention before it
   * that a comma follows, with no finite verb between ("Nicky Driscoll, 24, from Manchester, who
   * said …"), as the source written "who"; or none.
   */
  private personBeforeAppositive(j: number, floor: number): Source | null {
    for (let k = j - 3; k >= floor && j - k <= 20; k--) {
      if (this.ctx.syntax.isFiniteVerb(k)) return null;
      const m = this.index.mentionAt.get(k);
      if (m && m.last === k + 1 && m.entity.kind === 'person' && this.ctx.tokens[m.last]?.text === ',')
        return { ...this.fromMention(m, floor, m.outer, m.last, false), first: j, last: j + 1 };
    }
    return null;
  }

  /** An unnamed source with the body it belongs to, named after "of": "the head of the Colombian Family Welfare Institute". */
  private ofNamedBody(s: Source, limit: number): Source {
    if (s.entity || s.sourceType === 'document' || this.ctx.lower(s.last) !== 'of') return s;
    let k = s.last + 1;
    if (this.ctx.lower(k) === 'the') k++;
    if (k >= limit || !this.ctx.isCapWord(k)) return s;
    const end = this.bodyNameEnd(k, limit);
    // Only a name that ends the phrase: not one that modifies a noun after it ("members of Congress
    // staff", "the head of University of Texas/Texas Tribune polling").
    const after = this.ctx.tokens[end];
    if (end < limit && after && (after.kind === 'word' ? !this.ctx.lex.speechVerbs.has(after.lower) : /^[/&-]$/.test(after.text))) return s;
    return { ...s, last: end, generic: s.generic ? { ...s.generic, name: this.text(s.first, end) } : null };
  }

  /** The end of a body's name whose capitalised words run on from token k: "Sheriff's Department", "Department of State". */
  private bodyNameEnd(k: number, limit: number): number {
    const { tokens } = this.ctx;
    const isPerson = (e: number) => this.index.mentionAt.get(e)?.entity.kind === 'person';
    let e = k;
    for (;;) {
      while (e < limit && this.ctx.isCapWord(e) && !isPerson(e)) e++;
      // "Sheriff's Department", "Department of State", "Smith & Wesson": joined to more capitalised words.
      const joiner = tokens[e]?.kind === 'poss' || tokens[e]?.text === '&' || this.ctx.lower(e) === 'of';
      if (!joiner || e + 1 >= limit || !this.ctx.isCapWord(e + 1) || isPerson(e + 1)) return e;
      e++;
    }
  }

  /** A lower-case word of a descriptor: "former", "longtime", "agent", "adviser". */
  private isDescriptorWord(c: number): boolean {
    const word = this.ctx.lower(c);
    return this.ctx.lex.titleModifiers.has(word) || this.ctx.lex.roleNouns.has(word);
  }

  /**
   * A document with its author: "says the letter from the law firm Walsh, Wilkins, Creighton",
   * "said a statement by the ministry". The author speaks through it; an author the entity rules
   * did not name is named by its capitalised words.
   */
  private documentAuthor(doc: Source, limit: number): Source {
    const by = this.ctx.lower(doc.last);
    if (by !== 'from' && by !== 'by') return doc;
    let k = doc.last + 1;
    if (this.ctx.lower(k) === 'the') k++;
    // Past a common noun of the author's kind: "the law firm", "the opposition party".
    let c = k;
    while (
      c < limit &&
      c - k < 3 &&
      this.ctx.tokens[c]!.kind === 'word' &&
      /^\p{Ll}+$/u.test(this.ctx.tokens[c]!.text) &&
      !FUNCTION_WORDS.has(this.ctx.lower(c))
    )
      c++;
    if (c > k && this.ctx.lex.orgHeads.has(this.ctx.lower(c - 1))) k = c;
    const m = this.index.mentionAt.get(k);
    if (m && m.first === k && m.last <= limit && !this.isCapWord(m.last))
      return { first: doc.first, last: m.last, sourceType: sourceTypeOf(m.entity.kind), entity: m.entity, generic: null };
    let e = k;
    while (e < limit && this.isCapWord(e)) {
      e++;
      // "Walsh, Wilkins, Creighton", "Smith & Jones": a firm's partners.
      if (
        (this.ctx.tokens[e]?.text === ',' || this.ctx.tokens[e]?.text === '&') &&
        this.isCapWord(e + 1) &&
        !this.index.mentionAt.get(e + 1)
      )
        e++;
    }
    if (e === k || !this.isCapWord(k)) return doc;
    return { first: doc.first, last: e, sourceType: 'institution', entity: null, generic: { kind: 'organization', name: this.text(k, e) } };
  }

  /**
   * A person mention whose title or descriptor starts at token k (and holds other mentions), or
   * who belongs to the place or body named at k: "said Manitoba's Gary Doer", "said Iraq's defense
   * minister Abdul-Qader al-Obeidi". The possessive names whom the person speaks for, not who speaks.
   */
  private personDescribedFrom(k: number, limit: number): MentionRecord | null {
    const first = this.index.mentionAt.get(k);
    if (!first) return null;
    const owned = this.ctx.tokens[first.last]?.kind === 'poss' && first.entity.kind !== 'person';
    for (let e = first.last; e < Math.min(limit, k + 8); e++) {
      const m = this.index.mentionAt.get(e);
      if (m && m.first === e && m.entity.kind === 'person')
        return m.outer <= k || (owned && this.onlyDescriptor(first.last + 1, m.outer)) ? m : null;
      if (this.ctx.tokens[e]!.kind !== 'word' && this.ctx.tokens[e]!.kind !== 'poss') return null;
    }
    return null;
  }

  /** Tokens a..b-1 are a descriptor before a name: capitalised words or role nouns ("defense minister"). */
  private onlyDescriptor(a: number, b: number): boolean {
    for (let c = a; c < b; c++) if (!this.isCapWord(c) && !this.ctx.lex.roleNouns.has(this.ctx.lower(c))) return false;
    return true;
  }

  /**
   * Past "and Ukraine" / ", France and Italy" after a mention: a coordinated source is one source.
   * Items after a comma belong to it only when an "and" closes the list: in "According to the BBC,
   * Shearer is happy" the name after the comma is what the BBC says, not more of who says it.
   */
  private coordinatedEnd(last: number, limit: number): number {
    let end = last;
    for (;;) {
      let k = end;
      if (this.ctx.tokens[k]?.text === ',') k++;
      const and = this.ctx.lower(k) === 'and';
      if (and) k++;
      if (k === end) return last;
      if (this.ctx.lower(k) === 'the') k++;
      const next = this.index.mentionAt.get(k);
      if (!next || next.first !== k || next.last > limit) return last;
      end = next.last;
      if (and) return end;
    }
  }

  private text(a: number, b: number): string {
    return this.ctx.slice(a, b);
  }

  private fromMention(m: MentionRecord, floor: number, from = m.outer, to = m.last, coordinated = true): Source {
    let first = Math.max(from, floor);
    // "the Kremlin", "The White House": the article belongs to the source as written.
    if (first > floor && this.ctx.lower(first - 1) === 'the') first--;
    // "the US and Ukraine": a coordinated source is one source, named by its first entity.
    let entity = m.entity;
    const before = first - 1;
    if (coordinated && before > floor && this.ctx.lower(before) === 'and') {
      const other = this.index.mentionAt.get(before - 1);
      if (other && (other.entity.kind !== 'person') === (m.entity.kind !== 'person')) {
        first = Math.max(floor, other.outer);
        if (first > floor && this.ctx.lower(first - 1) === 'the') first--;
        entity = other.entity;
      }
    }
    entity = this.personNamedLike(entity);
    return { first, last: to, sourceType: sourceTypeOf(entity.kind), entity, generic: null };
  }

  /**
   * A place that is also the surname of a person the article names is that person when it
   * speaks: "Jordan said" after "Rep. Jim Jordan", "Chad Bown" read as the country and a name.
   */
  private personNamedLike(entity: EntityRecord): EntityRecord {
    if (entity.kind !== 'place' || /\s/.test(entity.name)) return entity;
    const people = this.index.entities.filter((e) => e.kind === 'person' && e.name.split(/\s+/).slice(1).includes(entity.name));
    return people.length === 1 ? people[0]! : entity;
  }

  private pronoun(i: number): Source | null {
    return this.pronounSources.at(i);
  }
}
