/**
 * People named by their role: "the Indiana governor", "the former president", "his spokeswoman".
 * Such a description resolves to the last person the article gave that role (or names in an
 * appositive after it, or heard on a tape, or carries on as the subject): split from unnamed.ts,
 * which finds the anonymous, institutional, media and document sources.
 */
import type { Context } from '../context';
import type { EntityIndex, EntityRecord } from '../entities';
import { spellOutTitles } from '../entities';
import { INSTITUTION_HEADS, PLACE_NOUNS, RECORDED_VOICES, RECORDING_ATTRIBUTIONS, ROLE_SYNONYMS } from '../lexicons/sources';
import { FUNCTION_WORDS, isCapitalised, isLowerCased } from '../words';
import { lastStartingBy, type EarlierMentions } from './earlier';
import type { Source } from './types';

export class DescribedPeople {
  /** A role's words as a description compares them, by role: each description walks back over the same people. */
  private readonly roleWords = new Map<string, string[]>();
  /** Every word of the roles of the people the article names (entities are final before sources are read). */
  private personRoleWords: Set<string> | null = null;

  constructor(
    private readonly ctx: Context,
    private readonly index: EntityIndex,
    private readonly earlier: EarlierMentions,
  ) {}

  /**
   * A person named by their role: "the Indiana governor", "the former president", "his
   * spokeswoman". The source is the phrase; it resolves to the last person the article gave that
   * role, where there is one.
   */
  describedPerson(head: number, floor: number): Source | null {
    const noun = this.ctx.lower(head);
    if (!this.ctx.lex.roleNouns.has(noun) || this.ctx.lex.anonymousHeads.has(noun) || !isLowerCased(this.ctx.tokens[head]!.text))
      return null;
    let first = head;
    for (let k = head - 1; k >= floor && head - k <= 4; k--) {
      const t = this.ctx.tokens[k]!;
      const w = t.lower;
      if (w === 'the' || w === 'his' || w === 'her' || w === 'their' || w === 'its' || w === 'our' || t.kind === 'poss') {
        first = k;
        if (t.kind !== 'poss') return this.resolveDescribed(first, head, noun);
        continue;
      }
      if (t.kind !== 'word' || FUNCTION_WORDS.has(w) || this.ctx.lex.speechVerbs.has(w)) break;
      first = k;
    }
    // A possessive owner: "Trump's spokeswoman".
    return this.ctx.tokens[first]?.kind === 'poss' || this.ctx.tokens[first + 1]?.kind === 'poss'
      ? this.resolveDescribed(first, head, noun)
      : null;
  }

  private resolveDescribed(first: number, head: number, noun: string): Source {
    // "the senator" for "Sen. Ann Lee"; "the prosecutor" for "District Attorney David Roger".
    const nouns = new Set([noun, ...(ROLE_SYNONYMS[noun] ?? [])]);
    // "Iraq's defense minister" is not the foreign minister: the description's own modifiers must be in the role.
    const modifiers: string[] = [];
    // A named place or body before the role ("the Texas senator") must be in the role or beside a
    // mention of the person ("Sen. Ted Cruz of Texas"); an owner's possessive is the owner's.
    const places: string[] = [];
    for (let k = first; k < head; k++) {
      if (
        this.ctx.tokens[k]!.kind !== 'word' ||
        this.ctx.tokens[k + 1]?.kind === 'poss' ||
        FUNCTION_WORDS.has(this.ctx.lower(k)) ||
        /^(?:his|her|their|its|our)$/.test(this.ctx.lower(k))
      )
        continue;
      if (/^\p{Ll}+$/u.test(this.ctx.tokens[k]!.text)) modifiers.push(this.ctx.lower(k));
      else if (isCapitalised(this.ctx.tokens[k]!.text) && !this.ctx.lex.roleNouns.has(this.ctx.lower(k))) places.push(this.ctx.lower(k));
    }
    // "Simpson's lawyer" is not the prosecutor: a person who owns the role must be named in it.
    let owner: string | null = null;
    for (let k = first; k < head; k++) {
      const m = this.index.mentionAt.get(k);
      if (this.ctx.tokens[k + 1]?.kind === 'poss' && (m ? m.entity.kind === 'person' : isCapitalised(this.ctx.tokens[k]!.text)))
        owner = this.ctx.lower(k);
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
    if (!entity && this.ctx.lower(first) === 'our') entity = this.ownJournalist(first);
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
    const { tokens } = this.ctx;
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
    if (this.ctx.lower(first) !== 'the' || sentences[sentence]!.first !== first || sentence === 0 || /s$/.test(noun)) return null;
    // A body or a place is no epithet of a person ("The state reported …" after "Hassan touts …").
    if (
      INSTITUTION_HEADS.has(noun) ||
      this.ctx.lex.orgHeads.has(noun) ||
      this.ctx.lex.mediaHeads.has(noun) ||
      this.ctx.lex.documentHeads.has(noun) ||
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
      if (this.ctx.tokens[k - 1]!.kind === 'poss' && owner?.entity.kind === 'media') return m.entity;
    }
    return null;
  }

  /** "the speaker" on a tape: the person the article said the recording was attributed to, if any. */
  private recordedBefore(i: number): EntityRecord | null {
    for (let k = i - 1; k >= 0 && i - k <= 3000; k--) {
      const phrase = RECORDING_ATTRIBUTIONS.find((p) => this.ctx.seq(k, [...p]));
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
      if (tokens[k]!.lower !== 'the' || !nouns.has(this.ctx.lower(k + 1)) || tokens[k + 2]!.text !== ',') continue;
      const m = this.index.mentionAt.get(k + 3);
      if (m && m.first === k + 3 && m.entity.kind === 'person') return m.entity;
    }
    return null;
  }
}
