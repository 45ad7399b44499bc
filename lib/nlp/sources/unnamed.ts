/**
 * Unnamed sources: anonymous people and groups ("a senior Ukrainian official", "people familiar
 * with the matter"), bodies ("the foreign ministry", "police"), media ("state media"), documents
 * ("the statement"); a role noun may also name a person ("the Indiana governor", "his
 * spokeswoman": described.ts).
 */
import type { Context } from '../context';
import type { EntityIndex, EntityRecord } from '../entities';
import { INSTITUTION_HEADS, MASS_HEADS, NAMED_BY_CUES, nameFitsKind, SOURCE_DETERMINERS } from '../lexicons/sources';
import type { Lexicon } from '../lexicon-types';
import type { EntityKind, SourceType } from '../types';
import { FUNCTION_WORDS, isAllCaps, isLowerCased } from '../words';
import { appendTo } from '../multimap';
import { DescribedPeople } from './described';
import { EarlierMentions, lastStartingBy } from './earlier';
import { sourceTypeOf, type Source } from './types';

const BY_FIRST = new WeakMap<string[][], Map<string, string[][]> | null>();
const HEAD_KINDS = new WeakMap<Lexicon, Map<string, SourceType>>();

/**
 * The source type of each head noun, once per lexicon: bodies first ("police", "prosecutors" and
 * "authorities" speak for an institution), then media ("state media": "Media" also ends company
 * names), people, other organisations, documents. A word in two lists takes the first.
 */
function headKinds(lex: Lexicon): Map<string, SourceType> {
  let kinds = HEAD_KINDS.get(lex);
  if (!kinds) {
    kinds = new Map();
    const lists: [ReadonlySet<string>, SourceType][] = [
      [INSTITUTION_HEADS, 'institution'],
      [lex.mediaHeads, 'media'],
      [lex.anonymousHeads, 'anonymous'],
      [lex.orgHeads, 'institution'],
      [lex.documentHeads, 'document'],
    ];
    for (const [words, kind] of lists) for (const w of words) if (!kinds.has(w)) kinds.set(w, kind);
    HEAD_KINDS.set(lex, kinds);
  }
  return kinds;
}

/** The clauses by first word, each list in the clauses' order, once per lexicon; null when a clause is empty (it matches anywhere). */
function qualifiersByFirst(clauses: string[][]): Map<string, string[][]> | null {
  let byFirst = BY_FIRST.get(clauses);
  if (byFirst === undefined) {
    byFirst = null;
    if (!clauses.some((c) => c.length === 0)) {
      byFirst = new Map();
      for (const c of clauses) appendTo(byFirst, c[0]!, c);
    }
    BY_FIRST.set(clauses, byFirst);
  }
  return byFirst;
}

/** A run of capitalised words a description may stand for ("Air Canada"): its name and its words in lower case. */
interface RunName {
  name: string;
  words: string[];
}

export class UnnamedSources {
  private readonly earlier: EarlierMentions;
  /** The qualifier clauses by first word, asked at every token a source's end is looked for at. */
  private readonly qualifierFirst: Map<string, string[][]> | null;
  /** The source type each head noun speaks as (headKinds). */
  private readonly headKinds: Map<string, SourceType>;
  /** Whether a name fits a kind's head (nameFitsKind), by head then name: each description walks back over the same bodies. */
  private readonly fitsKind = new Map<string, Map<string, boolean>>();
  /** The runs of capitalised words the descriptions walked back over, by last token. */
  private readonly runNames = new Map<number, RunName>();
  /** People named by their role ("the Indiana governor"): asked of every role noun a source may end at. */
  readonly described: DescribedPeople;

  constructor(
    private readonly ctx: Context,
    private readonly index: EntityIndex,
  ) {
    this.earlier = new EarlierMentions(ctx, index);
    this.described = new DescribedPeople(ctx, index, this.earlier);
    this.qualifierFirst = qualifiersByFirst(ctx.lex.qualifierClauses);
    this.headKinds = headKinds(ctx.lex);
  }

  /**
   * Does a qualifier clause ("familiar with") start at token k? Only the clauses starting with its
   * word are tried, by an index loop: a closure per clause tried cost more than the comparisons.
   */
  private qualifierAt(k: number): boolean {
    const clauses = this.qualifierFirst ? this.qualifierFirst.get(this.ctx.tokens[k]?.lower ?? '') : this.ctx.lex.qualifierClauses;
    if (clauses) for (let c = 0; c < clauses.length; c++) if (this.ctx.seq(k, clauses[c]!)) return true;
    return false;
  }

  /** Can a word head an unnamed source: a head of a source's kind ("official", "report") or a role noun? */
  isHead(word: string): boolean {
    return this.headKinds.has(word) || this.ctx.lex.roleNouns.has(word);
  }

  private lowerWords(a: number, b: number): string[] {
    const words: string[] = [];
    for (let k = a; k < b; k++) words.push(this.ctx.lower(k));
    return words;
  }

  private text(a: number, b: number): string {
    return this.ctx.slice(a, b);
  }

  /**
   * The organisation or medium named last before token i whose name fits the description: its
   * head ("Canadian Transportation Agency" for "the agency", Air Canada for "the airline") and
   * each modifier, as a word of the name or its stem ("the transport agency").
   */
  namedBodyBefore(i: number, head: string, modifiers: string[] = []): EntityRecord | string | null {
    let fitsHead = this.fitsKind.get(head);
    if (!fitsHead) this.fitsKind.set(head, (fitsHead = new Map()));
    const fits = (name: string) => {
      let kind = fitsHead.get(name);
      if (kind === undefined) fitsHead.set(name, (kind = nameFitsKind(name, head)));
      if (!kind) return false;
      const words = modifiers.length ? name.toLowerCase().split(/[\s-]+/) : [];
      return modifiers.every((w) => words.some((n) => n === w || (w.length >= 4 && n.startsWith(w))));
    };
    // Within 2000 tokens back, nearest first.
    const bodies = this.earlier.bodiesBefore(i);
    for (let n = lastStartingBy(bodies, i - 1); n >= 0 && i - bodies[n]!.last <= 2000; n--) {
      const { entity, runStart, last } = bodies[n]!;
      if (entity) {
        if (fits(entity.name)) return entity;
        continue;
      }
      // A name the entity rules did not take for a body ("Air Canada", "WestJet"): a run of
      // capitalised words, not opening its sentence, with a word of its own beside the kind's.
      // A short name, ending in the kind's head ("the bank" for "Barings Bank") or, for kinds whose
      // names say so ("the airline": Air Canada, WestJet), holding a cue of it; not a headline in capitals.
      const { name, words } = this.runName(runStart, last);
      if (words.length > 4 || !fits(name) || !words.some((w) => w !== head && w !== head.replace(/s$/, ''))) continue;
      if (words[words.length - 1] === head || NAMED_BY_CUES.has(head)) return name;
    }
    return null;
  }

  /** A run of capitalised words as written, and its words in lower case. */
  private runName(runStart: number, last: number): RunName {
    let run = this.runNames.get(last);
    if (!run) {
      const name = this.text(runStart, last + 1);
      run = { name, words: name.toLowerCase().split(/\s+/) };
      this.runNames.set(last, run);
    }
    return run;
  }

  /** Past a qualifier of an unnamed source: "people familiar with the matter", not "people". */
  qualified(s: Source, limit: number): Source {
    for (const q of this.ctx.lex.qualifierClauses) {
      if (s.last + q.length < limit && this.ctx.seq(s.last, q)) {
        // The qualifier's object ("familiar with …"): up to the next punctuation or verb, four words at most.
        let e = s.last + q.length;
        if (!/^(?:with|to|on|in|of)$/.test(q[q.length - 1]!))
          return { ...s, last: e, generic: s.generic ? { ...s.generic, name: this.text(s.first, e) } : null };
        const stop = Math.min(limit, e + 4);
        while (e < stop && this.ctx.tokens[e]!.kind === 'word' && !this.ctx.lex.speechVerbs.has(this.ctx.lower(e))) e++;
        return { ...s, last: e, generic: s.generic ? { ...s.generic, name: this.text(s.first, e) } : null };
      }
    }
    return s;
  }

  /** The indefinite phrase that introduced a body with this head before token i ("a two-member agency panel"), or null. */
  private introducedBefore(i: number, head: string): string | null {
    // Only the nearest earlier mention of the head counts: after "his campaign", "the campaign" is his.
    const { tokens } = this.ctx;
    for (let k = i - 1; k >= 0 && i - k <= 2000; k--) {
      const t = tokens[k]!;
      if (t.lower !== head || t.kind !== 'word') continue;
      for (let a = k - 1; a >= 0 && k - a <= 4; a--) {
        const w = this.ctx.lower(a);
        if (w === 'a' || w === 'an') return a + 1 < k ? this.text(a, k + 1) : null;
        if (this.ctx.tokens[a]!.kind !== 'word' || FUNCTION_WORDS.has(w)) break;
      }
      return null;
    }
    return null;
  }

  /** An unnamed source whose head noun is token j: anonymous, institutional, media or a document. */
  endingAt(j: number, floor: number, bareSingular = false): Source | null {
    const { tokens } = this.ctx;
    let head = j;
    // "people familiar with the matter" ends at "matter": find the qualifier and its head before it
    // (tried only at the words that open one).
    const starts = this.qualifierFirst;
    for (let k = j; k >= Math.max(floor + 1, j - 7); k--) {
      if (starts && !starts.has(tokens[k]?.lower ?? '')) continue;
      if (this.qualifierAt(k)) {
        head = k - 1;
        break;
      }
    }
    const headWord = this.ctx.lower(head);
    if (tokens[head]?.kind !== 'word') return null;
    // Neither a head of the kinds below nor a role noun (what a described person needs): most words.
    let kind: SourceType | null = this.headKinds.get(headWord) ?? null;
    if (!kind && !this.ctx.lex.roleNouns.has(headWord)) return null;
    const described = this.described.describedPerson(head, floor);
    if (described && head === j) return described;
    // A role in the plural speaks as a group: "premiers said", "the senators said".
    if (!kind && /s$/.test(headWord) && !INSTITUTION_HEADS.has(headWord.replace(/s$/, '')) && isLowerCased(tokens[head]!.text))
      kind = 'anonymous';
    if (!kind) return null;
    // Modifiers before the head: determiners, adjectives, nationalities, numbers, "senior".
    let first = head;
    let determiner = false;
    for (let k = head - 1; k >= floor && head - k <= 6; k--) {
      const t = tokens[k]!;
      const w = t.lower;
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
      if ((FUNCTION_WORDS.has(w) && !isAllCaps(t.text)) || (this.ctx.lex.speechVerbs.has(w) && w !== 'state')) break;
      first = k;
    }
    // A bare singular head needs its determiner ("the ministry"); plurals and mass nouns do not ("officials", "police").
    const bare = first === head;
    if (bare && !bareSingular && !/s$/.test(headWord) && !MASS_HEADS.has(headWord)) return null;
    if (kind === 'document' && !determiner) return null;
    // "one New Hampshire Democrat said", not "several traditionally Republican states": a party
    // member needs a singular determiner, and is no adjective before a noun like "states", "claims".
    if (
      (headWord === 'democrat' || headWord === 'republican') &&
      (!/^(?:a|an|one|another|the)$/.test(this.ctx.lower(first)) ||
        /^(?:states|claims|reports|charges|comments|remarks)$/.test(this.ctx.lower(j + 1)))
    )
      return null;
    // "the agency", "the ministry", "the transport agency": the body of that kind the article named last.
    // (Its modifiers listed only where they are read.)
    const modifiers = determiner && this.ctx.lower(first) === 'the' && head - first - 1 <= 2 ? this.lowerWords(first + 1, head) : null;
    if (modifiers && modifiers.every((w) => /^\p{Ll}+$/u.test(w))) {
      const named = this.namedBodyBefore(first, headWord, modifiers);
      if (typeof named === 'string')
        return {
          first,
          last: j + 1,
          sourceType: 'institution',
          entity: null,
          generic: { kind: kind === 'media' ? 'media' : 'organization', name: named },
        };
      if (named) return { first, last: j + 1, sourceType: sourceTypeOf(named.kind), entity: named, generic: null };
    }
    // "the panel" after "a two-member agency panel": the body the article introduced, by the name it gave it.
    const introduced = determiner && this.ctx.lower(first) === 'the' && first + 1 === head ? this.introducedBefore(first, headWord) : null;
    const written = introduced ?? this.text(first, j + 1);
    const genericKind: EntityKind = kind === 'anonymous' ? 'group' : kind === 'media' ? 'media' : 'organization';
    // Named as written, less a leading "the" ("foreign ministry"); an indefinite source keeps its
    // article ("a senior official"), lower-cased where it opened the sentence.
    const name = written.replace(/^the\s+/i, '').replace(/^(?:A|An)\s/, (m) => m.toLowerCase());
    return { first, last: j + 1, sourceType: kind, entity: null, generic: kind === 'document' ? null : { kind: genericKind, name } };
  }
}
