/**
 * Unnamed sources: anonymous people and groups ("a senior Ukrainian official", "people familiar
 * with the matter"), bodies ("the foreign ministry", "police"), media ("state media"), documents
 * ("the statement"), and people named by their role ("the Indiana governor", "his spokeswoman"),
 * who resolve to the last person the article gave that role.
 */
import type { Context } from '../context';
import type { EntityIndex, EntityRecord } from '../entities';
import { spellOutTitles } from '../entities';
import {
  INSTITUTION_HEADS,
  MASS_HEADS,
  NAMED_BY_CUES,
  nameFitsKind,
  PLACE_NOUNS,
  RECORDED_VOICES,
  RECORDING_ATTRIBUTIONS,
  ROLE_SYNONYMS,
  SOURCE_DETERMINERS,
} from '../lexicons/sources';
import type { Lexicon } from '../lexicon-types';
import type { EntityKind, SourceType } from '../types';
import { FUNCTION_WORDS, isAllCaps, isCapitalised, isLowerCased } from '../words';
import { EarlierMentions, lastStartingBy } from './earlier';
import { sourceTypeOf, type Source } from './types';

const STARTS = new WeakMap<string[][], Set<string> | null>();
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

/** The first words of the clauses, once per lexicon; null when a clause is empty (it matches anywhere). */
function qualifierStarts(clauses: string[][]): Set<string> | null {
  let starts = STARTS.get(clauses);
  if (starts === undefined) {
    starts = clauses.some((c) => c.length === 0) ? null : new Set(clauses.map((c) => c[0]!));
    STARTS.set(clauses, starts);
  }
  return starts;
}

/** A run of capitalised words a description may stand for ("Air Canada"): its name and its words in lower case. */
interface RunName {
  name: string;
  words: string[];
}

export class UnnamedSources {
  private readonly earlier: EarlierMentions;
  /** The first words of the qualifier clauses, asked at every token a source's end is looked for at. */
  private readonly qualifierFirst: Set<string> | null;
  /** The source type each head noun speaks as (headKinds). */
  private readonly headKinds: Map<string, SourceType>;
  /** Whether a name fits a kind's head (nameFitsKind), by head then name: each description walks back over the same bodies. */
  private readonly fitsKind = new Map<string, Map<string, boolean>>();
  /** The runs of capitalised words the descriptions walked back over, by last token. */
  private readonly runNames = new Map<number, RunName>();
  /** A role's words as a description compares them, by role: each description walks back over the same people. */
  private readonly roleWords = new Map<string, string[]>();
  /** Every word of the roles of the people the article names (entities are final before sources are read). */
  private personRoleWords: Set<string> | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly index: EntityIndex,
  ) {
    this.earlier = new EarlierMentions(ctx, index);
    this.qualifierFirst = qualifierStarts(ctx.lex.qualifierClauses);
    this.headKinds = headKinds(ctx.lex);
  }

  private get tokens() {
    return this.ctx.tokens;
  }

  private get lex() {
    return this.ctx.lex;
  }

  private lower(i: number): string {
    return this.ctx.lower(i);
  }

  private seq(i: number, words: string[]): boolean {
    return this.ctx.seq(i, words);
  }

  /** The first qualifier clause ("familiar with") that starts at token k: only the clauses starting with its word are tried. */
  private qualifierAt(k: number): string[] | undefined {
    const starts = this.qualifierFirst;
    return !starts || starts.has(this.lower(k)) ? this.lex.qualifierClauses.find((words) => this.seq(k, words)) : undefined;
  }

  private lowerWords(a: number, b: number): string[] {
    const words: string[] = [];
    for (let k = a; k < b; k++) words.push(this.lower(k));
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
    for (const q of this.lex.qualifierClauses) {
      if (s.last + q.length < limit && this.seq(s.last, q)) {
        // The qualifier's object ("familiar with …"): up to the next punctuation or verb, four words at most.
        let e = s.last + q.length;
        if (!/^(?:with|to|on|in|of)$/.test(q[q.length - 1]!))
          return { ...s, last: e, generic: s.generic ? { ...s.generic, name: this.text(s.first, e) } : null };
        const stop = Math.min(limit, e + 4);
        while (e < stop && this.tokens[e]!.kind === 'word' && !this.lex.speechVerbs.has(this.lower(e))) e++;
        return { ...s, last: e, generic: s.generic ? { ...s.generic, name: this.text(s.first, e) } : null };
      }
    }
    return s;
  }

  /**
   * A person named by their role: "the Indiana governor", "the former president", "his
   * spokeswoman". The source is the phrase; it resolves to the last person the article gave that
   * role, where there is one.
   */
  describedPerson(head: number, floor: number): Source | null {
    const noun = this.lower(head);
    if (!this.lex.roleNouns.has(noun) || this.lex.anonymousHeads.has(noun) || !isLowerCased(this.tokens[head]!.text)) return null;
    let first = head;
    for (let k = head - 1; k >= floor && head - k <= 4; k--) {
      const t = this.tokens[k]!;
      const w = t.lower;
      if (w === 'the' || w === 'his' || w === 'her' || w === 'their' || w === 'its' || w === 'our' || t.kind === 'poss') {
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

  resolveDescribed(first: number, head: number, noun: string): Source {
    // "the senator" for "Sen. Ann Lee"; "the prosecutor" for "District Attorney David Roger".
    const nouns = new Set([noun, ...(ROLE_SYNONYMS[noun] ?? [])]);
    // "Iraq's defense minister" is not the foreign minister: the description's own modifiers must be in the role.
    const modifiers: string[] = [];
    // A named place or body before the role ("the Texas senator") must be in the role or beside a
    // mention of the person ("Sen. Ted Cruz of Texas"); an owner's possessive is the owner's.
    const places: string[] = [];
    for (let k = first; k < head; k++) {
      if (
        this.tokens[k]!.kind !== 'word' ||
        this.tokens[k + 1]?.kind === 'poss' ||
        FUNCTION_WORDS.has(this.lower(k)) ||
        /^(?:his|her|their|its|our)$/.test(this.lower(k))
      )
        continue;
      if (/^\p{Ll}+$/u.test(this.tokens[k]!.text)) modifiers.push(this.lower(k));
      else if (isCapitalised(this.tokens[k]!.text) && !this.lex.roleNouns.has(this.lower(k))) places.push(this.lower(k));
    }
    // "Simpson's lawyer" is not the prosecutor: a person who owns the role must be named in it.
    let owner: string | null = null;
    for (let k = first; k < head; k++) {
      const m = this.index.mentionAt.get(k);
      if (this.tokens[k + 1]?.kind === 'poss' && (m ? m.entity.kind === 'person' : isCapitalised(this.tokens[k]!.text)))
        owner = this.lower(k);
    }
    const fits = (role: string, e: EntityRecord) => {
      const words = this.wordsOfRole(role);
      if (places.some((w) => !words.includes(w) && !this.namedBeside(e, w))) return false;
      if (owner && !words.some((w) => w.replace(/['’]s$/, '') === owner)) return false;
      return (
        words.some((w) => nouns.has(w)) &&
        modifiers.every(
          (w) => words.some((r) => r === w || (w.length >= 4 && r.startsWith(w))) || (w === 'defense' && words.includes('defence')),
        )
      );
    };
    let entity: EntityRecord | null = null;
    // The person mentioned nearest before the description whose role fits it.
    const people = this.earlier.personMentions();
    for (let n = lastStartingBy(people, first - 1); n >= 0 && !entity; n--) {
      const e = people[n]!.entity;
      if (e.role && fits(e.role, e)) entity = e;
    }
    if (!entity && this.lower(first) === 'our') entity = this.ownJournalist(first);
    entity ??=
      this.namedAfter(head, nouns) ?? (RECORDED_VOICES.has(noun) ? this.recordedBefore(first) : null) ?? this.subjectCarriedOn(first, noun);
    return { first, last: head + 1, sourceType: entity ? 'named-person' : 'other', entity, generic: null };
  }

  /** The words of a role, its abbreviated titles spelt out ("Sen." -> "senator"), in lower case. */
  private wordsOfRole(role: string): string[] {
    let words = this.roleWords.get(role);
    if (!words) {
      words = spellOutTitles(role)
        .toLowerCase()
        .split(/[\s-]+/);
      this.roleWords.set(role, words);
    }
    return words;
  }

  /** A word within a few tokens of a mention of the person: "Texas" in "Sen. Ted Cruz of Texas", "Sen. Ted Cruz, R-Texas". */
  private namedBeside(e: EntityRecord, word: string): boolean {
    const { tokens } = this;
    return e.mentions.some((m) => {
      const sentence = this.ctx.sentenceOf(m.first);
      for (let k = Math.max(sentence.first, m.outer - 3); k < Math.min(sentence.end, m.last + 4); k++) {
        // Only a token ending in the word can be it less a prefix ("r-texas"): the replace is asked only then.
        const w = tokens[k]!.lower;
        if (w.endsWith(word) && w.replace(/^[a-z]-/, '') === word) return true;
      }
      return false;
    });
  }

  /**
   * "Cournoyer says it's ridiculous … The blogger says …": a description no one in the article
   * holds as a role, opening its sentence right after a sentence whose subject is a named person,
   * is another name for that person (an epithet carrying the subject on). Only a description
   * with "the" and a singular role noun that no other person's role contains.
   */
  private subjectCarriedOn(first: number, noun: string): EntityRecord | null {
    const { tokens, sentences } = this.ctx;
    const sentence = tokens[first]!.sentence;
    if (this.lower(first) !== 'the' || sentences[sentence]!.first !== first || sentence === 0 || /s$/.test(noun)) return null;
    // A body or a place is no epithet of a person ("The state reported …" after "Hassan touts …").
    if (
      INSTITUTION_HEADS.has(noun) ||
      this.lex.orgHeads.has(noun) ||
      this.lex.mediaHeads.has(noun) ||
      this.lex.documentHeads.has(noun) ||
      PLACE_NOUNS.has(noun)
    )
      return null;
    if (this.rolesOfPeople().has(noun)) return null;
    const before = sentences[sentence - 1]!;
    for (let k = before.first; k < before.end && k < before.first + 12; k++) {
      const m = this.index.mentionAt.get(k);
      if (m && m.first === k) {
        // The subject: opening its sentence, before any verb.
        return m.entity.kind === 'person' && tokens[m.last]?.kind !== 'poss' && m.outer <= before.first + 1 ? m.entity : null;
      }
      if (m || this.ctx.syntax.isFiniteVerb(k) || tokens[k]!.kind === 'quote') return null;
    }
    return null;
  }

  /** Every word of every person's role: a description whose noun is one of them names someone else. */
  private rolesOfPeople(): Set<string> {
    if (this.personRoleWords) return this.personRoleWords;
    const words = new Set<string>();
    for (const e of this.index.entities)
      if (e.kind === 'person' && e.role) for (const w of e.role.toLowerCase().split(/[\s-]+/)) words.add(w);
    return (this.personRoleWords = words);
  }

  /**
   * "our correspondent adds" (the house style of the BBC and other outlets): the journalist the
   * article named as the outlet's own, "The BBC's Humphrey Hawksley in Baghdad says".
   */
  private ownJournalist(first: number): EntityRecord | null {
    for (let k = first - 1; k > 1; k--) {
      const m = this.index.mentionAt.get(k);
      if (!m || m.first !== k || m.entity.kind !== 'person') continue;
      const owner = this.index.mentionAt.get(k - 2);
      if (this.tokens[k - 1]!.kind === 'poss' && owner?.entity.kind === 'media') return m.entity;
    }
    return null;
  }

  /** "the speaker" on a tape: the person the article said the recording was attributed to, if any. */
  private recordedBefore(i: number): EntityRecord | null {
    for (let k = i - 1; k >= 0 && i - k <= 3000; k--) {
      const phrase = RECORDING_ATTRIBUTIONS.find((p) => this.seq(k, [...p]));
      if (!phrase) continue;
      const m = this.index.mentionAt.get(k + phrase.length);
      if (m && m.first === k + phrase.length && m.entity.kind === 'person') return m.entity;
    }
    return null;
  }

  /**
   * A person the article names only after describing them: "Iraq's defense minister said … “…,”
   * the minister, Abdul-Qader al-Obeidi, was quoted as saying". Taken only from an appositive
   * that repeats the description ("the minister, X"), within the next two paragraphs.
   */
  private namedAfter(head: number, nouns: Set<string>): EntityRecord | null {
    const { tokens, sentences } = this.ctx;
    // Up to the first sentence more than two paragraphs on: found once, not asked at every token.
    let s = tokens[head]!.sentence;
    const paragraph = sentences[s]!.paragraph;
    while (s < sentences.length && sentences[s]!.paragraph - paragraph <= 2) s++;
    const end = Math.min(tokens.length - 3, s < sentences.length ? sentences[s]!.first : tokens.length);
    for (let k = head + 1; k < end; k++) {
      if (tokens[k]!.lower !== 'the' || !nouns.has(this.lower(k + 1)) || tokens[k + 2]!.text !== ',') continue;
      const m = this.index.mentionAt.get(k + 3);
      if (m && m.first === k + 3 && m.entity.kind === 'person') return m.entity;
    }
    return null;
  }

  /** The indefinite phrase that introduced a body with this head before token i ("a two-member agency panel"), or null. */
  private introducedBefore(i: number, head: string): string | null {
    // Only the nearest earlier mention of the head counts: after "his campaign", "the campaign" is his.
    const { tokens } = this;
    for (let k = i - 1; k >= 0 && i - k <= 2000; k--) {
      const t = tokens[k]!;
      if (t.lower !== head || t.kind !== 'word') continue;
      for (let a = k - 1; a >= 0 && k - a <= 4; a--) {
        const w = this.lower(a);
        if (w === 'a' || w === 'an') return a + 1 < k ? this.text(a, k + 1) : null;
        if (this.tokens[a]!.kind !== 'word' || FUNCTION_WORDS.has(w)) break;
      }
      return null;
    }
    return null;
  }

  /** An unnamed source whose head noun is token j: anonymous, institutional, media or a document. */
  endingAt(j: number, floor: number, bareSingular = false): Source | null {
    const { tokens } = this;
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
    const headWord = this.lower(head);
    if (tokens[head]?.kind !== 'word') return null;
    // Neither a head of the kinds below nor a role noun (what a described person needs): most words.
    let kind: SourceType | null = this.headKinds.get(headWord) ?? null;
    if (!kind && !this.lex.roleNouns.has(headWord)) return null;
    const described = this.describedPerson(head, floor);
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
      if ((FUNCTION_WORDS.has(w) && !isAllCaps(t.text)) || (this.lex.speechVerbs.has(w) && w !== 'state')) break;
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
      (!/^(?:a|an|one|another|the)$/.test(this.lower(first)) ||
        /^(?:states|claims|reports|charges|comments|remarks)$/.test(this.lower(j + 1)))
    )
      return null;
    // "the agency", "the ministry", "the transport agency": the body of that kind the article named last.
    // (Its modifiers listed only where they are read.)
    const modifiers = determiner && this.lower(first) === 'the' && head - first - 1 <= 2 ? this.lowerWords(first + 1, head) : null;
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
    const introduced = determiner && this.lower(first) === 'the' && first + 1 === head ? this.introducedBefore(first, headWord) : null;
    const written = introduced ?? this.text(first, j + 1);
    const genericKind: EntityKind = kind === 'anonymous' ? 'group' : kind === 'media' ? 'media' : 'organization';
    // Named as written, less a leading "the" ("foreign ministry"); an indefinite source keeps its
    // article ("a senior official"), lower-cased where it opened the sentence.
    const name = written.replace(/^the\s+/i, '').replace(/^(?:A|An)\s/, (m) => m.toLowerCase());
    return { first, last: j + 1, sourceType: kind, entity: null, generic: kind === 'document' ? null : { kind: genericKind, name } };
  }
}
