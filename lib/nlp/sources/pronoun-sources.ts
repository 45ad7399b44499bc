/**
 * Pronouns as sources: "he said" for the person the pronoun resolver finds, or for an unnamed
 * person who has just spoken ("…, a spokesman said. He said: “…”"); "it said" for the body that
 * spoke last. Split from index.ts, which finds the noun phrases.
 */
import type { Context } from '../context';
import type { EntityIndex, EntityRecord } from '../entities';
import { BETWEEN_SOURCE_AND_VERB } from '../lexicons/reporting';
import { PronounResolver } from '../pronouns';
import { sourceTypeOf, type Source } from './types';
import type { UnnamedSources } from './unnamed';
import { isLowerCased } from '../words';

// Prepositions whose object is not the subject that "it" carries on ("the cost to the airlines").
const PREPOSITIONS = new Set([
  'for',
  'of',
  'at',
  'in',
  'with',
  'from',
  'to',
  'by',
  'on',
  'against',
  'about',
  'over',
  'into',
  'than',
  'between',
  'among',
]);

// The plain verbs of saying, in the forms that follow "they".
const PLAIN_SAYING = new Set(['said', 'say', 'told', 'tell', 'wrote', 'write', 'added', 'add']);

export class PronounSources {
  private readonly pronouns: PronounResolver;
  /** describedPersonAt by token: the resolver asks it at each sentence it walks back over, for pronoun after pronoun. */
  private readonly described = new Map<number, EntityRecord | null>();

  constructor(
    private readonly ctx: Context,
    private readonly index: EntityIndex,
    private readonly unnamed: UnnamedSources,
    private readonly quoteAt: (i: number) => number,
  ) {
    this.pronouns = new PronounResolver(ctx, index, quoteAt, (k) => this.describedPersonAt(k));
  }

  /** The source a pronoun stands for: "he"/"she" a person (or an unnamed one who just spoke), "it" a body. */
  at(i: number): Source | null {
    const word = this.ctx.lower(i);
    if (word === 'it') {
      const thing = this.antecedentThing(i);
      if (!thing) return null;
      if ('first' in thing) return { ...thing, first: i, last: i + 1 };
      return { first: i, last: i + 1, sourceType: sourceTypeOf(thing.kind), entity: thing, generic: null };
    }
    // "Within marriages, they said, women now have more authority": a plural pronoun before a plain
    // verb of saying is the source as written (PolNeAR labels it so), with no one to resolve it to
    // ("they noted", "they believe" are left out: on PolNeAR train a third of those were wrong).
    if (word === 'they') {
      let v = i + 1;
      while (v < this.ctx.tokens.length && BETWEEN_SOURCE_AND_VERB.has(this.ctx.lower(v))) v++;
      return PLAIN_SAYING.has(this.ctx.lower(v)) ? { first: i, last: i + 1, sourceType: 'other', entity: null, generic: null } : null;
    }
    if (word !== 'he' && word !== 'she') return null;
    const unnamed = this.unnamedSpeakerBefore(i);
    if (unnamed) return { ...unnamed, first: i, last: i + 1 };
    const entity = this.pronouns.person(i);
    if (!entity) return null;
    return { first: i, last: i + 1, sourceType: sourceTypeOf(entity.kind), entity, generic: null };
  }

  /** A sentence that opens with a description of a person the article names ("The speaker also repeats …"): that person. */
  private describedPersonAt(k: number): EntityRecord | null {
    if (this.ctx.lower(k) !== 'the') return null;
    let person = this.described.get(k);
    if (person === undefined) this.described.set(k, (person = this.describedPersonFrom(k)));
    return person;
  }

  private describedPersonFrom(k: number): EntityRecord | null {
    for (let e = k + 1; e < k + 4 && e < this.ctx.tokens.length; e++) {
      if (this.ctx.tokens[e]!.kind !== 'word') return null;
      const d = this.unnamed.described.describedPerson(e, k);
      if (d && d.first === k && d.entity?.kind === 'person') return this.endsPhraseBefore(e + 1) ? d.entity : null;
    }
    return null;
  }

  /** The description ends at its head: the next word is a verb or an adverb, not more of the phrase. */
  private endsPhraseBefore(next: number): boolean {
    const t = this.ctx.tokens[next];
    return (
      !!t &&
      (t.kind !== 'word' ||
        this.ctx.lex.speechVerbs.has(this.ctx.lower(next)) ||
        BETWEEN_SOURCE_AND_VERB.has(this.ctx.lower(next)) ||
        this.ctx.syntax.isFiniteVerb(next))
    );
  }

  /**
   * "…, a spokesman said. He said: “…”": a pronoun after an unnamed person who has just spoken,
   * with no one named between, is that person. Only a single person ("a spokesman", "the
   * coastguard") whose head does not contradict the pronoun's gender.
   */
  private unnamedSpeakerBefore(i: number): Source | null {
    const { tokens, sentences } = this.ctx;
    const sentence = tokens[i]!.sentence;
    if (sentence === 0) return null;
    const floor = sentences[sentence - 1]!.first;
    const female = this.ctx.lower(i) === 'she';
    const { speechVerbs } = this.ctx.lex;
    for (let k = i - 1; k > floor; k--) {
      const m = this.index.mentionAt.get(k);
      if (m && m.entity.kind === 'person' && this.quoteAt(k) < 0) return null;
      if (!speechVerbs.has(tokens[k]!.lower) || this.quoteAt(k) >= 0 || !isLowerCased(tokens[k]!.text)) continue;
      let j = k - 1;
      while (j > floor && BETWEEN_SOURCE_AND_VERB.has(this.ctx.lower(j))) j--;
      const s = this.unnamed.endingAt(j, sentences[tokens[k]!.sentence]!.first);
      if (!s) continue;
      // A description resolved to a person, opening its sentence ("The speaker also repeats …. He says …").
      if (s.entity) {
        if (s.first !== sentences[tokens[s.first]!.sentence]!.first) continue;
        const g = s.entity.kind === 'person' ? this.pronouns.genderOf(s.entity) : null;
        if (s.entity.kind === 'person' && g !== (female ? 'male' : 'female')) return s;
        continue;
      }
      // "a Dover coastguard": one member of a body is a person too.
      const one = /^(?:a|an)$/.test(this.ctx.lower(s.first));
      if (
        !(s.sourceType === 'anonymous' || (s.sourceType === 'institution' && one)) ||
        !s.generic ||
        !(one || this.ctx.lower(s.first) === 'the')
      )
        continue;
      const head = this.ctx.lower(s.last - 1);
      if ((/s$/.test(head) && !/(?:man|woman|person)s?$/.test(head)) || head.endsWith('men')) continue;
      if (
        (female && /(?:^|[^o])man$|father|husband|son$|brother/.test(head)) ||
        (!female && /woman$|mother|wife|daughter|sister/.test(head))
      )
        continue;
      return s;
    }
    return null;
  }

  /**
   * "It said": the last organisation or medium named in this sentence or the one before, or an
   * unnamed one ("the foreign ministry"). One that is no object of a preposition comes first: in
   * "The panel said the cost to the airlines would not be undue. It said …" the panel speaks on.
   */
  private antecedentThing(i: number): EntityRecord | Source | null {
    const { tokens, sentences } = this.ctx;
    const sentence = tokens[i]!.sentence;
    let fallback: EntityRecord | Source | null = null;
    for (let k = i - 1; k >= 0 && sentence - tokens[k]!.sentence <= 1; k--) {
      const m = this.index.mentionAt.get(k);
      let found: EntityRecord | Source | null = null;
      let first = k;
      if (m && (m.entity.kind === 'organization' || m.entity.kind === 'media')) {
        found = m.entity;
        first = m.outer;
      } else {
        const unnamed = this.unnamed.endingAt(k, sentences[tokens[k]!.sentence]!.first);
        if (unnamed && (unnamed.sourceType === 'institution' || unnamed.sourceType === 'media')) {
          found = unnamed;
          first = unnamed.first;
        }
      }
      if (!found) continue;
      if (this.ctx.lower(first) === 'the' || this.ctx.lower(first - 1) === 'the')
        first = this.ctx.lower(first) === 'the' ? first : first - 1;
      if (!PREPOSITIONS.has(this.ctx.lower(first - 1))) return found;
      fallback ??= found;
    }
    return fallback;
  }
}
