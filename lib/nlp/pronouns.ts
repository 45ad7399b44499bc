/**
 * "He said", "she told reporters": the person a pronoun stands for. Only a person who agrees with
 * it in gender is a candidate; with none, the pronoun stays unresolved and the claim goes to no
 * one (a missed quote costs a reader less than a quote given to the wrong person).
 *
 * Gender comes from the entity (its given name, a title such as Mr or Mrs: entities/), else from
 * the article's own pronouns: "his"/"her" in a sentence that names that person and no other.
 * Among the agreeing people, the nearest sentence wins and, within a sentence, the leftmost
 * mention (the subject, most often: Hobbs 1978's left-to-right search of earlier sentences).
 * Names inside quotations are not candidates (they are what was said, not who said it), and a
 * pronoun after its clause ("…, he said") never stands for a person named in that clause: a quote
 * is not given to the person it is about ("threatening to kill X … ‘I'll get her,’ he said").
 */
import type { Context } from './context';
import type { EntityIndex, EntityRecord } from './entities';
import { PRONOUNS } from './lexicons/words';

export type Gender = 'male' | 'female';

// "he", "she": two comparisons where a set would hash the word. The loops over every token up to
// each pronoun (person, resolve) write them out: a call per token there cost ~0.3% of a run.
const isSubjectPronoun = (w: string) => w === 'he' || w === 'she';

// Within reach of a reader's memory (and in bounded time on any input).
const REACH_TOKENS = 800;
const REACH_PARAGRAPHS = 3;

/** Marks that close a clause before its speaker: a comma or a closing quotation mark ("…, he said", "“…,” he said"). */
const POSTPOSED_AFTER = new Set([',', '"', '”', "'", '’', "''"]);

export class PronounResolver {
  /** What the article's pronouns say of each person asked about (pronounGender), read once. */
  private readonly byPronouns = new Map<EntityRecord, Gender | null>();

  /**
   * `describedAt(k)`: the person a description opening at token k stands for ("The speaker" for
   * the voice on a tape, "the director" for Nicholas Cowdery), a candidate like a name.
   */
  constructor(
    private readonly ctx: Context,
    private readonly index: EntityIndex,
    private readonly quoteAt: (i: number) => number,
    private readonly describedAt: (k: number) => EntityRecord | null = () => null,
  ) {}

  private readonly resolved = new Map<number, EntityRecord | null>();

  /** Subject pronouns before this token are resolved already (in text order, so that no chain recurses). */
  private doneUpTo = 0;

  /** The person the pronoun at token i ("he", "she") stands for, or null. */
  person(i: number): EntityRecord | null {
    const hit = this.resolved.get(i);
    if (hit !== undefined) return hit;
    // Every token up to the pronoun is read once: the tokens and the position are held in locals,
    // and the field is brought up to date before each resolution (which may ask of an earlier pronoun).
    const { tokens } = this.ctx;
    let k = this.doneUpTo;
    for (; k < i; k++) {
      const w = tokens[k]!.lower;
      if ((w !== 'he' && w !== 'she') || this.resolved.has(k)) continue;
      this.doneUpTo = k;
      this.resolved.set(k, this.resolve(k));
    }
    if (k > this.doneUpTo) this.doneUpTo = k;
    const found = this.resolve(i);
    this.resolved.set(i, found);
    return found;
  }

  private resolve(i: number): EntityRecord | null {
    const gender = PRONOUNS.get(this.ctx.lower(i));
    if (gender !== 'male' && gender !== 'female') return null;
    const { tokens, sentences } = this.ctx;
    const { mentionAt } = this.index;
    const sentence = tokens[i]!.sentence;
    const paragraph = sentences[sentence]!.paragraph;
    // "…, he said." / "“…,” he said": the clause before is what was said.
    const postposed = POSTPOSED_AFTER.has(tokens[i - 1]?.text ?? '');
    for (let s = sentence; s >= 0; s--) {
      const sent = sentences[s]!;
      if (paragraph - sent.paragraph > REACH_PARAGRAPHS || i - sent.end > REACH_TOKENS) break;
      if (s === sentence && postposed) continue;
      const end = s === sentence ? i : sent.end;
      // A possessive ("Mr Graham's solicitor, Brett Thomas, said") names who it belongs to, not
      // who acts: it is taken only when the sentence has no other agreeing person.
      let owner: EntityRecord | null = null;
      for (let k = sent.first; k < end; k++) {
        const word = tokens[k]!.lower;
        // An earlier "he" of the same sentence or one before ("He told MPs he paid Mulroney …, and he
        // said …") is the same person: the subject carries on (centering), past the names in between.
        if ((word === 'he' || word === 'she') && PRONOUNS.get(word) === gender && this.quoteAt(k) < 0 && k < i) {
          const same = this.person(k);
          if (same) return same;
          continue;
        }
        if (k === sent.first && this.quoteAt(k) < 0) {
          const described = this.describedAt(k);
          const dg = described && this.genderOf(described);
          if (described && (!dg || dg === gender)) return described;
        }
        const m = mentionAt.get(k);
        if (!m || m.first !== k || m.entity.kind !== 'person' || this.quoteAt(k) >= 0) continue;
        const g = this.genderOf(m.entity);
        if (g && g !== gender) continue;
        if (tokens[m.last]?.kind !== 'poss') return this.continuedSubject(i, s, k, gender) ?? m.entity;
        owner ??= m.entity;
      }
      if (owner) return owner;
    }
    return null;
  }

  /**
   * Centering: a sentence that opens with "he" continues the subject the discourse is about. When
   * the sentence before names the candidate at token k only after its verb ("The purpose of the
   * cash was to pay Mulroney"), and the sentence before that opened with the same pronoun, that
   * pronoun's person is still the subject: "He told MPs … The purpose of the cash was to pay
   * Mulroney … He also told the ethics committee …" (Grosz, Joshi & Weinstein 1995: a continued
   * Cb is preferred to a shift).
   */
  private continuedSubject(i: number, s: number, k: number, gender: Gender): EntityRecord | null {
    const { tokens, sentences } = this.ctx;
    const own = sentences[tokens[i]!.sentence]!;
    if (s >= tokens[i]!.sentence || s === 0 || i !== own.first) return null;
    // "…,” said Hollande": the speaker of an inverted attribution is its subject all the same.
    if (this.ctx.lex.speechVerbs.has(this.ctx.lower(k - 1))) return null;
    const before = sentences[s - 1]!;
    const p = before.first;
    if (!isSubjectPronoun(this.ctx.lower(p)) || PRONOUNS.get(this.ctx.lower(p)) !== gender || this.quoteAt(p) >= 0) return null;
    // The verb last: finding it tags the sentence, which the tests above mostly spare.
    const sent = sentences[s]!;
    let verbBefore = false;
    for (let v = sent.first; v < k && !verbBefore; v++) verbBefore = this.quoteAt(v) < 0 && this.ctx.syntax.isFiniteVerb(v);
    if (!verbBefore) return null;
    const same = this.person(p);
    return same && same !== this.index.mentionAt.get(k)?.entity ? same : null;
  }

  /** The entity's gender: its own (name, title), else the article's pronouns for it, else null. */
  genderOf(e: EntityRecord): Gender | null {
    if (e.gender) return e.gender;
    let g = this.byPronouns.get(e);
    if (g === undefined) this.byPronouns.set(e, (g = this.pronounGender(e)));
    return g;
  }

  /**
   * The gendered pronouns of the sentences that name this person and nobody else, one-sided and
   * more than once (a single "his" could be anyone's). Only the sentences of the person's own
   * mentions are read: a sentence that does not name them gives them no vote.
   */
  private pronounGender(e: EntityRecord): Gender | null {
    if (e.kind !== 'person') return null;
    const { tokens, sentences } = this.ctx;
    let male = 0;
    let female = 0;
    // A mention is in a sentence, for this rule, by a token outside quotations.
    const named = new Set<number>();
    for (const m of e.mentions) for (let k = m.first; k < m.last; k++) if (this.quoteAt(k) < 0) named.add(tokens[k]!.sentence);
    for (const s of named) {
      const { first, end } = sentences[s]!;
      let he = 0;
      let she = 0;
      for (let k = first; k < end; k++) {
        const t = tokens[k]!;
        const g = t.kind === 'word' ? PRONOUNS.get(t.lower) : undefined;
        if (g === 'male' && this.quoteAt(k) < 0) he++;
        else if (g === 'female' && this.quoteAt(k) < 0) she++;
      }
      // Most sentences have no gendered pronoun: their people are not looked for.
      if ((he || she) && this.onlyPersonIn(first, end, e)) {
        male += he;
        female += she;
      }
    }
    if (male >= 2 && female === 0) return 'male';
    if (female >= 2 && male === 0) return 'female';
    return null;
  }

  /** Is e the only person named (outside quotations) among tokens first..end? */
  private onlyPersonIn(first: number, end: number, e: EntityRecord): boolean {
    const { mentionAt } = this.index;
    for (let k = first; k < end; k++) {
      const m = mentionAt.get(k);
      if (m && m.entity !== e && m.entity.kind === 'person' && this.quoteAt(k) < 0) return false;
    }
    return true;
  }
}
