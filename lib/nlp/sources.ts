/**
 * Sources of claims: the noun phrase that says something. A named entity with its title or
 * descriptor ("Kremlin spokesperson Dmitry Peskov"), a pronoun resolved to an earlier entity, an
 * anonymous or group source ("a senior Ukrainian official", "people familiar with the matter"),
 * an unnamed institution or medium ("the foreign ministry", "state media") or a document ("the
 * statement"). Found ending right before a reporting verb, or starting right after one.
 */
import type { Context } from './context';
import type { EntityIndex, EntityRecord, MentionRecord } from './entities';
import { PronounResolver } from './pronouns';
import type { Lexicon } from './lexicon-types';
import type { Token, Tokenized } from './tokenize';
import type { EntityKind, SourceType } from './types';
import { ANONYMITY_MARKERS, INSTITUTION_HEADS, MASS_HEADS, SOURCE_DETERMINERS } from './lexicons/sources';
import { FUNCTION_WORDS, isAllCaps, isCapitalised, PERSON_PRONOUNS } from './words';

export interface Source {
  /** Token range of the source as written, end exclusive. */
  first: number;
  last: number;
  sourceType: SourceType;
  /** The entity it resolves to (a pronoun's antecedent included), or null. */
  entity: EntityRecord | null;
  /** For unnamed sources, the entity kind and name to record them under ("group", "a senior Ukrainian official"). */
  generic: { kind: EntityKind; name: string } | null;
}

// Prepositions that attach a noun phrase to a source before it: "a spokesman for the agency",
// "officials at the ministry", "the U.S. Attorney's Office for the Western District of New York".
const ATTACHING = new Set(['for', 'of', 'at', 'in', 'with', 'from']);

export class SourceFinder {
  private readonly pronouns: PronounResolver;

  constructor(
    private readonly doc: Tokenized,
    private readonly lex: Lexicon,
    private readonly index: EntityIndex,
    ctx: Context,
    quoteAt: (i: number) => number,
  ) {
    this.pronouns = new PronounResolver(ctx, index, quoteAt);
  }

  private get tokens(): Token[] {
    return this.doc.tokens;
  }

  private lower(i: number): string {
    return this.tokens[i]?.text.toLowerCase() ?? '';
  }

  private seq(i: number, words: string[]): boolean {
    return words.every((w, k) => this.lower(i + k) === w);
  }

  /** The source ending at token j (inclusive), not reaching before `floor`. */
  endingAt(j: number, floor: number): Source | null {
    if (j < floor) return null;
    // Strip a qualifier of anonymity, with any reason after it: "a senior official who spoke on
    // condition of anonymity (because the talks are confidential)".
    for (let start = j; start > floor && j - start < 16; start--) {
      if (this.tokens[start]!.kind === 'punct' && this.tokens[start]!.text !== ',') break;
      if (this.anonymityClauses.some((q) => this.seq(start, q))) return this.endingAt(start - 1, floor) ?? null;
    }
    const mention = this.index.mentionAt.get(j);
    const word = this.lower(j);
    if (PERSON_PRONOUNS.has(word) || word === 'it') return this.pronoun(j);
    // "…, Ed Schultz, who said …": the relative pronoun is the source as written, its antecedent the speaker.
    if ((word === 'who' || word === 'which') && this.tokens[j - 1]?.text === ',' && j - 2 >= floor) {
      const antecedent = this.endingAt(j - 2, floor);
      return antecedent && (antecedent.entity || antecedent.generic) ? { ...antecedent, first: j, last: j + 1 } : null;
    }
    const own = mention && mention.last === j + 1 ? this.fromMention(mention, floor) : this.unnamedEndingAt(j, floor);
    if (own) return this.attachedTo(own, floor);
    // An unknown name after a preposition: "officials in [Johor]".
    let q = j;
    while (q >= floor && this.isCapWord(q) && j - q < 5) q--;
    if (q === j || !ATTACHING.has(this.lower(q))) return null;
    const placeholder: Source = { first: q + 1, last: j + 1, sourceType: 'other', entity: null, generic: null };
    const attached = this.attachedTo(placeholder, floor);
    return attached === placeholder ? null : attached;
  }

  /**
   * The source a phrase is attached to by a preposition: "a spokesman for [the agency]",
   * "officials at [the ministry]", "the U.S. Attorney's Office for the Western District of [New
   * York]". The head is the leftmost noun: who speaks is the spokesman, not the agency.
   */
  private attachedTo(s: Source, floor: number): Source {
    let result = s;
    let p = s.first - 1;
    for (let step = 0; step < 3 && p > floor && ATTACHING.has(this.lower(p)); step++) {
      // A capitalised name between two prepositions: "for the Western District of".
      let q = p - 1;
      while (q >= floor && this.isCapWord(q) && p - q <= 5) q--;
      if (this.lower(q) === 'the') q--;
      const head = this.headEndingAt(p - 1, floor);
      if (head) {
        const generic = head.generic ?? (head.entity ? null : { kind: 'group' as EntityKind, name: '' });
        result = {
          first: head.first,
          last: s.last,
          sourceType: head.sourceType,
          entity: head.entity,
          generic: generic && { kind: generic.kind, name: this.text(head.first, s.last).replace(/^the\s+/i, '').replace(/^(?:A|An)\s/, (m) => m.toLowerCase()) },
        };
        p = head.first - 1;
        continue;
      }
      if (q < p - 1 && q > floor && ATTACHING.has(this.lower(q))) {
        p = q;
        continue;
      }
      break;
    }
    return result;
  }

  /** An unnamed head a prepositional phrase can attach to ("a spokesman", "officials", "the Office"), or an organisation. */
  private headEndingAt(j: number, floor: number): Source | null {
    const m = this.index.mentionAt.get(j);
    if (m && m.last === j + 1) return m.entity.kind === 'organization' || m.entity.kind === 'media' ? this.fromMention(m, floor) : null;
    const unnamed = this.unnamedEndingAt(j, floor, true);
    return unnamed && unnamed.sourceType !== 'document' ? unnamed : null;
  }

  /** The organisation or medium named last before token i whose name has `head` in it ("Canadian Transportation Agency" for "the agency"). */
  private namedBodyBefore(i: number, head: string): EntityRecord | null {
    for (let k = i - 1; k >= 0 && i - k <= 2000; k--) {
      const m = this.index.mentionAt.get(k);
      if (!m || (m.entity.kind !== 'organization' && m.entity.kind !== 'media')) continue;
      if (m.entity.name.toLowerCase().split(/\s+/).includes(head)) return m.entity;
    }
    return null;
  }

  private isCapWord(i: number): boolean {
    const t = this.tokens[i];
    return !!t && (t.kind === 'word' || t.kind === 'poss') && (t.kind === 'poss' || isCapitalised(t.text));
  }

  private get anonymityClauses(): string[][] {
    return this.lex.anonymousClauses.filter((c) => c.some((w) => ANONYMITY_MARKERS.has(w)));
  }

  private get qualifierClauses(): string[][] {
    return this.lex.anonymousClauses.filter((c) => !c.some((w) => ANONYMITY_MARKERS.has(w)));
  }

  /** The source starting at token i ("said Harald Brenn", "according to Reuters"), not past `limit`. */
  startingAt(i: number, limit: number): Source | null {
    let k = i;
    if (this.lower(k) === 'the' && this.index.mentionAt.get(k + 1)) k++;
    // A person behind a descriptor that names a place or body: "Lahore police chief Malik Iqbal".
    const described = this.personDescribedFrom(k, limit);
    if (described) return this.fromMention(described, i, i, this.coordinatedEnd(described.last, limit));
    const mention = this.index.mentionAt.get(k);
    if (mention && mention.first === k) {
      return this.fromMention(mention, i, k === i ? mention.outer : i, this.coordinatedEnd(mention.last, limit));
    }
    // A mention behind its descriptor: "according to Kremlin spokesperson Dmitry Peskov",
    // "German Chancellor Angela Merkel" (capitalised words up to the mention's title).
    for (let e = k + 1; e < Math.min(limit, k + 6); e++) {
      const m = this.index.mentionAt.get(e);
      if (m && m.first === e && m.outer <= k) return this.fromMention(m, i, i, m.last);
      if (m && m.first === e && m.outer > k) {
        let ok = true;
        for (let c = k; c < m.outer && ok; c++) ok = isCapitalised(this.tokens[c]!.text) || this.tokens[c]!.kind === 'poss';
        if (ok) return this.fromMention(m, i, i, m.last);
      }
      if (m) break;
    }
    const word = this.lower(i);
    if (PERSON_PRONOUNS.has(word) || word === 'it') return this.pronoun(i);
    // An unnamed source: read forward to its head, then let endingAt check it.
    for (let e = i; e < Math.min(limit, i + 8); e++) {
      const t = this.tokens[e]!;
      if (t.kind !== 'word' && t.kind !== 'poss') break;
      const s = this.unnamedEndingAt(e, i);
      if (s && s.first === i) {
        // Take the longest: "people familiar with the matter", not "people".
        const longer = this.startingAtQualified(s, limit);
        return longer;
      }
    }
    return null;
  }

  /** A person mention whose title or descriptor starts at token k (and holds other mentions). */
  private personDescribedFrom(k: number, limit: number): MentionRecord | null {
    const first = this.index.mentionAt.get(k);
    if (!first) return null;
    for (let e = first.last; e < Math.min(limit, k + 8); e++) {
      const m = this.index.mentionAt.get(e);
      if (m && m.first === e && m.entity.kind === 'person') return m.outer <= k ? m : null;
      if (this.tokens[e]!.kind !== 'word' && this.tokens[e]!.kind !== 'poss') return null;
    }
    return null;
  }

  /** Past "and Ukraine" / ", France and Italy" after a mention: a coordinated source is one source. */
  private coordinatedEnd(last: number, limit: number): number {
    let end = last;
    for (;;) {
      let k = end;
      if (this.tokens[k]?.text === ',') k++;
      if (this.lower(k) === 'and') k++;
      if (k === end) return end;
      if (this.lower(k) === 'the') k++;
      const next = this.index.mentionAt.get(k);
      if (!next || next.first !== k || next.last > limit) return end;
      end = next.last;
      if (this.lower(k - 1) === 'and' || this.lower(k - 2) === 'and') return end;
    }
  }

  private startingAtQualified(s: Source, limit: number): Source {
    for (const q of this.qualifierClauses) {
      if (s.last + q.length < limit && this.seq(s.last, q)) {
        // The qualifier's object ("familiar with …"): up to the next punctuation or verb, four words at most.
        let e = s.last + q.length;
        if (!/^(?:with|to|on|in|of)$/.test(q[q.length - 1]!)) return { ...s, last: e, generic: s.generic ? { ...s.generic, name: this.text(s.first, e) } : null };
        const stop = Math.min(limit, e + 4);
        while (e < stop && this.tokens[e]!.kind === 'word' && !this.lex.speechVerbs.has(this.lower(e))) e++;
        return { ...s, last: e, generic: s.generic ? { ...s.generic, name: this.text(s.first, e) } : null };
      }
    }
    return s;
  }

  private text(a: number, b: number): string {
    return this.doc.text.slice(this.tokens[a]!.start, this.tokens[b - 1]!.end);
  }

  private fromMention(m: MentionRecord, floor: number, from = m.outer, to = m.last): Source {
    let first = Math.max(from, floor);
    // "the Kremlin", "The White House": the article belongs to the source as written.
    if (first > floor && this.lower(first - 1) === 'the') first--;
    // "the US and Ukraine": a coordinated source is one source, named by its first entity.
    let entity = m.entity;
    const before = first - 1;
    if (before > floor && this.lower(before) === 'and') {
      const other = this.index.mentionAt.get(before - 1);
      if (other && other.entity.kind !== 'person' === (m.entity.kind !== 'person')) {
        first = Math.max(floor, other.outer);
        if (first > floor && this.lower(first - 1) === 'the') first--;
        entity = other.entity;
      }
    }
    return { first, last: to, sourceType: sourceTypeOf(entity.kind), entity, generic: null };
  }

  private pronoun(i: number): Source | null {
    const word = this.lower(i);
    if (word === 'it') {
      const thing = this.antecedentThing(i);
      if (!thing) return null;
      if ('first' in thing) return { ...thing, first: i, last: i + 1 };
      return { first: i, last: i + 1, sourceType: sourceTypeOf(thing.kind), entity: thing, generic: null };
    }
    const entity = word === 'he' || word === 'she' ? this.pronouns.person(i) : null;
    if (!entity) return null;
    return { first: i, last: i + 1, sourceType: sourceTypeOf(entity.kind), entity, generic: null };
  }

  /** "It said": the last organisation or medium named in this sentence or the one before, or an unnamed one ("the foreign ministry"). */
  private antecedentThing(i: number): EntityRecord | Source | null {
    const { tokens, sentences } = this.doc;
    const sentence = tokens[i]!.sentence;
    for (let k = i - 1; k >= 0 && sentence - tokens[k]!.sentence <= 1; k--) {
      const m = this.index.mentionAt.get(k);
      if (m && (m.entity.kind === 'organization' || m.entity.kind === 'media')) return m.entity;
      const unnamed = this.unnamedEndingAt(k, sentences[tokens[k]!.sentence]!.first);
      if (unnamed && (unnamed.sourceType === 'institution' || unnamed.sourceType === 'media')) return unnamed;
    }
    return null;
  }

  /**
   * A person named by their role: "the Indiana governor", "the former president", "his
   * spokeswoman". The source is the phrase; it resolves to the last person the article gave that
   * role, where there is one.
   */
  private describedPerson(head: number, floor: number): Source | null {
    const noun = this.lower(head);
    if (!this.lex.roleNouns.has(noun) || this.lex.anonymousHeads.has(noun) || !/^\p{Ll}/u.test(this.tokens[head]!.text)) return null;
    let first = head;
    for (let k = head - 1; k >= floor && head - k <= 4; k--) {
      const t = this.tokens[k]!;
      const w = t.text.toLowerCase();
      if (w === 'the' || w === 'his' || w === 'her' || w === 'their' || w === 'its' || t.kind === 'poss') {
        first = k;
        if (t.kind !== 'poss') return this.resolveDescribed(first, head, noun);
        continue;
      }
      if (t.kind !== 'word' || FUNCTION_WORDS.has(w) || this.lex.speechVerbs.has(w)) break;
      first = k;
    }
    // A possessive owner: "Trump's spokeswoman".
    return this.tokens[first]?.kind === 'poss' || this.tokens[first + 1]?.kind === 'poss' ? this.resolveDescribed(first, head, noun) : null;
  }

  private resolveDescribed(first: number, head: number, noun: string): Source {
    let entity: EntityRecord | null = null;
    for (let k = first - 1; k >= 0 && !entity; k--) {
      const m = this.index.mentionAt.get(k);
      if (m && m.entity.kind === 'person' && m.entity.role && m.entity.role.toLowerCase().split(/[\s-]+/).includes(noun)) entity = m.entity;
    }
    return { first, last: head + 1, sourceType: entity ? 'named-person' : 'other', entity, generic: null };
  }

  /** An unnamed source whose head noun is token j: anonymous, institutional, media or a document. */
  private unnamedEndingAt(j: number, floor: number, bareSingular = false): Source | null {
    const { tokens } = this;
    let head = j;
    // "people familiar with the matter" ends at "matter": find the qualifier and its head before it.
    for (let k = j; k >= Math.max(floor, j - 7); k--) {
      const q = this.qualifierClauses.find((words) => this.seq(k, words));
      if (q && k > floor) {
        head = k - 1;
        break;
      }
    }
    const headWord = this.lower(head);
    if (tokens[head]?.kind !== 'word') return null;
    const described = this.describedPerson(head, floor);
    if (described && head === j) return described;
    let kind: SourceType | null = null;
    // Bodies first ("police", "prosecutors" and "authorities" speak for an institution), then
    // media ("state media": "Media" also ends company names), people, other organisations.
    if (INSTITUTION_HEADS.has(headWord)) kind = 'institution';
    else if (this.lex.mediaHeads.has(headWord)) kind = 'media';
    else if (this.lex.anonymousHeads.has(headWord)) kind = 'anonymous';
    else if (this.lex.orgHeads.has(headWord)) kind = 'institution';
    else if (this.lex.documentHeads.has(headWord)) kind = 'document';
    if (!kind) return null;
    // Modifiers before the head: determiners, adjectives, nationalities, numbers, "senior".
    let first = head;
    let determiner = false;
    for (let k = head - 1; k >= floor && head - k <= 6; k--) {
      const t = tokens[k]!;
      const w = t.text.toLowerCase();
      if (t.kind === 'poss') {
        first = k;
        continue;
      }
      if (t.kind !== 'word' && t.kind !== 'num') break;
      if (SOURCE_DETERMINERS.has(w)) {
        first = k;
        determiner = true;
        if (w === 'a' || w === 'an' || w === 'the') break;
        continue;
      }
      // A reporting verb ends the phrase ("said two officials"), but "state" is also an adjective ("state media").
      // ("US" in capitals is the country, not the pronoun: "the US military".)
      if ((FUNCTION_WORDS.has(w) && !isAllCaps(t.text)) || (this.lex.speechVerbs.has(w) && w !== 'state')) break;
      first = k;
    }
    // A bare singular head needs its determiner ("the ministry"); plurals and mass nouns do not ("officials", "police").
    const bare = first === head;
    if (bare && !bareSingular && !/s$/.test(headWord) && !MASS_HEADS.has(headWord)) return null;
    if (kind === 'document' && !determiner) return null;
    // "the agency", "the ministry": the body of that kind the article named last.
    if (determiner && this.lower(first) === 'the' && first + 1 === head) {
      const named = this.namedBodyBefore(first, headWord);
      if (named) return { first, last: j + 1, sourceType: sourceTypeOf(named.kind), entity: named, generic: null };
    }
    const written = this.text(first, j + 1);
    const genericKind: EntityKind = kind === 'anonymous' ? 'group' : kind === 'media' ? 'media' : 'organization';
    // Named as written, less a leading "the" ("foreign ministry"); an indefinite source keeps its
    // article ("a senior official"), lower-cased where it opened the sentence.
    const name = written.replace(/^the\s+/i, '').replace(/^(?:A|An)\s/, (m) => m.toLowerCase());
    return { first, last: j + 1, sourceType: kind, entity: null, generic: kind === 'document' ? null : { kind: genericKind, name } };
  }
}

export function sourceTypeOf(kind: EntityKind): SourceType {
  switch (kind) {
    case 'person':
      return 'named-person';
    case 'media':
      return 'media';
    case 'group':
      return 'anonymous';
    default:
      // A place that speaks is its government ("Moscow denied …").
      return 'institution';
  }
}
