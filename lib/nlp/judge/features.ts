/**
 * What the judge reads of a candidate claim: named numbers, each cheap, from the claim, its
 * sentence and paragraph, the lexicon, the entity index, the quotations and the other candidates.
 * They describe how a reader would doubt the claim (a loaded or negated cue, a source far from its
 * verb, a pronoun with no antecedent, content that runs past a second clause or holds another
 * speaker's words), not which words it holds, so that the model learns patterns of news English
 * rather than the articles it was trained on. Nothing reads the article's layout (paragraph
 * lengths, position in the article): PolNeAR's plain texts are laid out unlike pages, and features
 * of layout did not help on dev. Counts are capped, so that the trees' thresholds are values the
 * data really takes.
 */
import type { Claim } from '../attribution';
import type { EntityIndex } from '../entities';
import type { Lexicon } from '../lexicon-types';
import { SPEECH_VERBS } from '../lexicons/cues';
import type { Quotation } from '../quotes';
import type { Syntax } from '../syntax';
import { tokenAt, type Sentence, type Token, type Tokenized } from '../tokenize';
import { countWords, hasWordsBetween, isCapitalised, PERSON_PRONOUNS } from '../words';

/** Everything analyze() has at hand when the rules have proposed their claims. */
export interface JudgeInput {
  doc: Tokenized;
  /** Part-of-speech tags, where the caller has them (lib/nlp/syntax). */
  syntax?: Syntax;
  lex: Lexicon;
  index: EntityIndex;
  quotations: Quotation[];
  claims: Claim[];
}

/** The rules of attribution.ts, in the order they run (one feature each). */
export const RULES = [
  'direct-signed',
  'direct-source-cue',
  'direct-cue-source',
  'direct-before',
  'reported-that',
  'reported-after',
  'reported-inverted',
  'participle-quote',
  'participle',
  'according-front',
  'according-end',
  'nominal',
  'naming',
  'naming-for',
  'nominal-by',
  'direct-continued',
  'reported-coordinated',
  'reported-belief',
  'reported-as',
  'reported-aside',
  'evidence',
  'evidence-after',
  'intention',
  'judging',
  'label-headline',
  'label-transcript',
  'polled',
  'evidence-phrase',
  'direct-loose',
  'reported-subject',
] as const;

const LOADED = new Map(SPEECH_VERBS.map((v) => [v.lemma, v.loaded]));
const MODALS = new Set(['would', 'could', 'may', 'might', 'will', 'should', 'must', 'can', 'cannot', "won't", 'wo']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor']);
const CONDITIONS = new Set(['if', 'whether', 'unless']);
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us']);
// A second clause or another speaker's words inside the content: ", and", ";", ", arguing / saying".
const SECOND_CLAUSE = /,\s+(?:and|but|while|arguing|saying|adding|noting|insisting)\b|;/;

/** One candidate and what the features share about it. */
interface View {
  c: Claim;
  input: JudgeInput;
  tokens: Token[];
  sentence: Sentence;
  /** Token range of the content, end exclusive. */
  cFirst: number;
  cEnd: number;
  content: string;
  cue: string;
  lemma: string;
  overlaps?: Claim[];
}

const cap = (x: number, n: number) => Math.min(x, n);
const flag = (b: boolean) => (b ? 1 : 0);
const lowerAt = (v: View, i: number) => v.tokens[i]?.lower ?? '';
const isPronoun = (w: string) => PERSON_PRONOUNS.has(w) || w === 'it';
const sourceWord = (v: View) => (v.c.source.last - v.c.source.first === 1 ? lowerAt(v, v.c.source.first) : '');
const before = (v: View, n: number, set: Set<string>) => {
  for (let i = v.c.cue[0] - 1; i >= Math.max(v.sentence.first, v.c.cue[0] - n); i--) if (set.has(lowerAt(v, i))) return 1;
  return 0;
};
/** How many tokens of [a, b) pass `test`, counted no further than `most`. */
const countIn = (v: View, a: number, b: number, test: (i: number) => boolean, most = Infinity) => {
  let n = 0;
  for (let i = a; i < b && n < most; i++) if (test(i)) n++;
  return n;
};
// A reporting verb, not its noun: "the report", "no comment", "his statement" are not another speaker's verb.
const DETERMINERS = new Set(['the', 'a', 'an', 'no', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'any', 'further']);
const isSpeechAt = (v: View, i: number) =>
  v.tokens[i]?.kind === 'word' &&
  v.input.lex.speechVerbs.has(lowerAt(v, i)) &&
  !DETERMINERS.has(lowerAt(v, i - 1)) &&
  v.tokens[i - 1]?.kind !== 'poss';
/** Words of the sentence after the content (a quotation that closes the sentence has none; a scare quote has some). */
const wordsAfter = (v: View, most: number) => {
  const s = v.input.doc.sentences[v.tokens[v.cEnd - 1]!.sentence]!;
  return countIn(
    v,
    v.cEnd,
    s.end,
    (i) => v.tokens[i]!.kind === 'word' && (i < v.c.cue[0] || i >= v.c.cue[1]) && (i < v.c.source.first || i >= v.c.source.last),
    most,
  );
};
const wordsBefore = (v: View, most: number) => {
  const s = v.input.doc.sentences[v.tokens[v.cFirst]!.sentence]!;
  return countIn(
    v,
    s.first,
    v.cFirst,
    (i) => v.tokens[i]!.kind === 'word' && (i < v.c.cue[0] || i >= v.c.cue[1]) && (i < v.c.source.first || i >= v.c.source.last),
    most,
  );
};
/**
 * The other candidates near each one, found once per article: claims by their cue's sentence, and
 * by content start, so that a page of thousands of claims is read in time linear in its length
 * (each claim's content overlaps only its neighbours').
 */
interface Neighbours {
  overlapping(c: Claim): Claim[];
  inSentence(c: Claim): number;
}
const NEIGHBOURS = new WeakMap<JudgeInput, Neighbours>();
function neighbours(input: JudgeInput): Neighbours {
  const known = NEIGHBOURS.get(input);
  if (known) return known;
  const { tokens } = input.doc;
  const perSentence = new Map<number, number>();
  for (const o of input.claims) perSentence.set(tokens[o.cue[0]]!.sentence, (perSentence.get(tokens[o.cue[0]]!.sentence) ?? 0) + 1);
  const byStart = [...input.claims].sort((a, b) => a.content[0] - b.content[0]);
  // The longest content, so that a scan back from a claim knows where it can stop.
  const longest = byStart.reduce((n, o) => Math.max(n, o.content[1] - o.content[0]), 0);
  const firstFrom = (pos: number) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.content[0] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const made: Neighbours = {
    overlapping(c) {
      const out: Claim[] = [];
      for (let k = firstFrom(c.content[0] - longest); k < byStart.length && byStart[k]!.content[0] < c.content[1]; k++) {
        const o = byStart[k]!;
        if (o !== c && c.content[0] < o.content[1]) out.push(o);
      }
      return out;
    },
    inSentence: (c) => perSentence.get(tokens[c.cue[0]]!.sentence) ?? 0,
  };
  NEIGHBOURS.set(input, made);
  return made;
}

/** The candidates other than this one whose content overlaps this one's (three features read them). */
const overlapping = (v: View) => (v.overlaps ??= neighbours(v.input).overlapping(v.c));
const sourceNamed = (v: View) => {
  const { first, last, entity } = v.c.source;
  for (let k = first; k < last; k++) if (entity && v.input.index.mentionAt.get(k)?.entity === entity) return true;
  return false;
};
/** The token before the content, past its opening quote mark. */
const introducer = (v: View) => {
  let i = v.cFirst - 1;
  if (v.tokens[i]?.kind === 'quote') i--;
  return v.tokens[i];
};
/** Tokens from the antecedent's nearest earlier mention to a pronoun source (0 when the source is no pronoun). */
const antecedentGap = (v: View) => {
  const { first, entity } = v.c.source;
  if (!isPronoun(sourceWord(v)) || !entity) return 0;
  let last = -1;
  for (const m of entity.mentions) if (m.last <= first && m.last > last) last = m.last;
  return last < 0 ? 200 : first - last;
};

/**
 * Each feature: its name and how it is read. The stored weights follow this order: retrain after any change.
 * `most` is how far a count need go (model.ts, featureReach): Infinity for the whole count; the counts stop there.
 */
const FEATURES: Array<[string, (v: View, most: number) => number]> = [
  ...RULES.map((r): [string, (v: View) => number] => [`rule:${r}`, (v) => flag(v.c.rule === r)]),
  // The cue.
  ['cue:say', (v) => flag(v.lemma === 'say')],
  ['cue:tell', (v) => flag(v.lemma === 'tell')],
  ['cue:add', (v) => flag(v.lemma === 'add')],
  ['cue:according', (v) => flag(v.cue === 'according')],
  ['cue:nominal', (v) => flag(v.input.lex.nominalCues.has(v.cue))],
  ['cue:loaded', (v) => flag(LOADED.get(v.lemma) === true)],
  ['cue:other-neutral', (v) => flag(LOADED.get(v.lemma) === false && !['say', 'tell', 'add'].includes(v.lemma))],
  ['cue:present', (v) => flag(v.lemma !== '' && v.cue !== v.lemma && /s$/.test(v.cue) && !/ed$/.test(v.cue))],
  ['cue:participle', (v) => flag(/ing$/.test(v.cue))],
  ['cue:negated', (v) => before(v, 3, NEGATIONS)],
  ['cue:modal', (v) => before(v, 3, MODALS)],
  ['cue:conditional', (v) => before(v, 12, CONDITIONS)],
  ['cue:infinitive', (v) => flag(lowerAt(v, v.c.cue[0] - 1) === 'to')],
  ['cue:in-quotation', (v) => flag(v.input.quotations.some((q) => q.open < v.c.cue[0] && (q.close < 0 ? q.last : q.close) > v.c.cue[0]))],
  ['cue:followed-by-that', (v) => flag(lowerAt(v, v.c.cue[1]) === 'that')],
  // The source.
  ['source:after-cue', (v) => flag(v.c.source.first >= v.c.cue[1])],
  [
    'source:gap',
    (v) => cap(v.c.source.first >= v.c.cue[1] ? v.c.source.first - v.c.cue[1] : Math.max(0, v.c.cue[0] - v.c.source.last), 20),
  ],
  ['source:tokens', (v) => cap(v.c.source.last - v.c.source.first, 20)],
  ['source:named-person', (v) => flag(v.c.source.sourceType === 'named-person')],
  ['source:anonymous', (v) => flag(v.c.source.sourceType === 'anonymous')],
  ['source:institution', (v) => flag(v.c.source.sourceType === 'institution')],
  ['source:media', (v) => flag(v.c.source.sourceType === 'media')],
  ['source:document', (v) => flag(v.c.source.sourceType === 'document')],
  ['source:other', (v) => flag(v.c.source.sourceType === 'other')],
  ['source:pronoun', (v) => flag(isPronoun(sourceWord(v)))],
  ['source:pronoun-resolved', (v) => flag(isPronoun(sourceWord(v)) && v.c.source.entity !== null)],
  ['source:it', (v) => flag(sourceWord(v) === 'it')],
  ['source:first-person', (v) => flag(sourceWord(v) === 'i' || sourceWord(v) === 'we')],
  ['source:named', (v) => flag(sourceNamed(v))],
  ['source:described', (v) => flag(v.c.source.entity !== null && !sourceNamed(v) && !isPronoun(sourceWord(v)))],
  ['source:official', (v) => flag(v.c.source.entity?.official === true)],
  ['source:mentions', (v) => cap(v.c.source.entity?.mentions.length ?? 0, 20)],
  ['source:opens-sentence', (v) => flag(v.c.source.first <= v.sentence.first + 1)],
  [
    'source:in-content',
    (v) => flag(v.tokens[v.c.source.first]!.start >= v.c.content[0] && v.tokens[v.c.source.first]!.start < v.c.content[1]),
  ],
  // The content.
  // (Counted only as far as the model reads: a long content is not read to its last word.)
  [
    'content:words',
    (v, most) =>
      cap(most < Infinity && hasWordsBetween(v.input.doc.text, v.c.content[0], v.c.content[1], most) ? most : countWords(v.content), 120),
  ],
  ['content:direct', (v) => flag(v.c.direct)],
  ['content:ends-sentence', (v) => flag(v.cEnd >= v.input.doc.sentences[v.tokens[v.cEnd - 1]!.sentence]!.end - 2)],
  ['content:starts-sentence', (v) => flag(v.cFirst <= v.input.doc.sentences[v.tokens[v.cFirst]!.sentence]!.first + 1)],
  ['content:sentences', (v) => cap(v.tokens[v.cEnd - 1]!.sentence - v.tokens[v.cFirst]!.sentence + 1, 10)],
  [
    'content:quote-marks',
    (v, most) =>
      cap(
        countIn(v, v.cFirst, v.cEnd, (i) => v.tokens[i]!.kind === 'quote', most),
        6,
      ),
  ],
  [
    'content:speech-verbs',
    (v, most) =>
      cap(
        countIn(v, v.cFirst, v.cEnd, (i) => isSpeechAt(v, i), most),
        6,
      ),
  ],
  ['content:second-clause', (v) => flag(SECOND_CLAUSE.test(v.content))],
  ['content:question', (v) => flag(v.content.includes('?'))],
  ['content:first-person', (v) => flag(countIn(v, v.cFirst, v.cEnd, (i) => FIRST_PERSON.has(lowerAt(v, i)), 1) > 0)],
  ['content:capital-start', (v) => flag(isCapitalised(v.content))],
  ['content:before-cue', (v) => flag(v.c.content[1] <= v.tokens[v.c.cue[0]]!.start)],
  ['content:cue-gap', (v) => cap(v.cFirst >= v.c.cue[1] ? v.cFirst - v.c.cue[1] : Math.max(0, v.c.cue[0] - v.cEnd), 20)],
  ['content:after-that', (v) => flag(lowerAt(v, v.cFirst - 1) === 'that')],
  // The sentence.
  ['sentence:tokens', (v) => cap(v.sentence.end - v.sentence.first, 100)],
  [
    'sentence:quote-marks',
    (v, most) =>
      cap(
        countIn(v, v.sentence.first, v.sentence.end, (i) => v.tokens[i]!.kind === 'quote', most),
        6,
      ),
  ],
  [
    'sentence:speech-verbs',
    (v, most) =>
      cap(
        countIn(v, v.sentence.first, v.sentence.end, (i) => isSpeechAt(v, i), most),
        6,
      ),
  ],
  ['sentence:question', (v) => flag(v.tokens[v.sentence.end - 1]?.text === '?')],
  // The other candidates.
  ['others:overlapping', (v) => cap(overlapping(v).length, 5)],
  [
    'others:overlapping-same-source',
    (v) => cap(overlapping(v).filter((o) => o.source.entity !== null && o.source.entity === v.c.source.entity).length, 5),
  ],
  ['others:in-sentence', (v) => cap(neighbours(v.input).inSentence(v.c) - 1, 5)],
  ['relay', (v) => flag(v.c.relay !== null)],
  ['content:introduced', (v) => flag(introducer(v)?.text === ',' || introducer(v)?.text === ':')],
  ['content:after-word', (v) => flag(introducer(v)?.kind === 'word' && lowerAt(v, v.cFirst - 1) !== 'that')],
  ['source:antecedent-gap', (v) => Math.min(20, Math.ceil(antecedentGap(v) / 10))],
  ['source:pronoun-not-person', (v) => flag(isPronoun(sourceWord(v)) && v.c.source.entity !== null && v.c.source.entity.kind !== 'person')],
  ['content:other-words-after', (v, most) => cap(wordsAfter(v, most), 20)],
  ['content:other-words-before', (v, most) => cap(wordsBefore(v, most), 20)],
  // Its grammar: a clause has a finite verb; "confirmed the report" reports a noun phrase.
  // (Each token asked for tags its sentence: half the sentences the judge tags it tagged for this
  // count alone, before the count stopped where the model stops reading it.)
  [
    'content:finite-verbs',
    (v, most) =>
      cap(
        most < Infinity && countIn(v, v.cFirst, v.cEnd, (i) => v.input.syntax?.isKnownFiniteVerb(i) ?? false, most) >= most
          ? most
          : countIn(v, v.cFirst, v.cEnd, (i) => v.input.syntax?.isFiniteVerb(i) ?? false, most),
        6,
      ),
  ],
  ['content:noun-phrase', (v) => flag(!!v.input.syntax && v.input.syntax.nounPhraseEnd(v.cFirst, { of: true }) >= v.cEnd)],
  // A source that reads as no subject: the object of a preposition ("the fight in Nevada
  // underscored"), a place ("WASHINGTON — …, saying"), a relative pronoun after a place
  // ("Rain fell on Texas, which said").
  ['source:not-subject', (v) => flag(isNotSubject(v))],
  // A whole quoted utterance ("responded: “No comment”", "“We will win,” she said"), not a
  // quoted fragment inside the writer's own sentence ("called it “a disaster”").
  [
    'content:whole-quotation',
    (v) =>
      flag(
        v.c.direct &&
          isCapitalised(v.content) &&
          (introducer(v)?.text === ':' ||
            introducer(v)?.text === ',' ||
            v.cFirst <= v.input.doc.sentences[v.tokens[v.cFirst]!.sentence]!.first + 1),
      ),
  ],
  // Content that runs on past its clause: a relative clause hung on its last noun ("…, which
  // forced her to leave") and asides between commas are often the writer's.
  ['content:relative-clause', (v) => flag(RELATIVE_CLAUSE.test(v.content))],
  ['content:commas', (v) => cap((v.content.match(/,/g) ?? []).length, 6)],
  // "what Trump says his plan would do", "the rate that experts say it would reach": a source
  // after a relative pronoun reports a clause with a gap, whose missing part is the writer's.
  // Inside another candidate's content ("The Post reported that Manafort acknowledged …"): PolNeAR
  // credits the outer reporter.
  [
    'others:nested',
    (v) => flag(overlapping(v).some((o) => o.content[0] <= v.tokens[v.c.cue[0]]!.start && o.content[1] >= v.tokens[v.c.cue[0]]!.end)),
  ],
  ['source:after-wh', (v) => flag(v.c.source.first < v.c.cue[0] && WH_WORDS.has(lowerAt(v, v.c.source.first - 1)))],
];

const RELATIVE_CLAUSE = /,\s+(?:who|whom|whose|which|where)\b/;
const WH_WORDS = new Set(['what', 'which', 'whom', 'that']);

const OBJECT_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'from',
  'to',
  'with',
  'for',
  'of',
  'by',
  'about',
  'against',
  'into',
  'across',
  'during',
  'after',
  'over',
]);
function isNotSubject(v: View): boolean {
  const { first, entity } = v.c.source;
  if (entity?.kind === 'place') return true;
  return first < v.c.cue[0] && OBJECT_PREPOSITIONS.has(lowerAt(v, first - 1));
}

export const FEATURE_NAMES: readonly string[] = FEATURES.map(([name]) => name);

/**
 * The features of claim `c` (one of input.claims), in FEATURE_NAMES order. Given `reach` (model.ts,
 * featureReach), only what a model reads: 0 for a feature it never splits on, a count stopped where
 * its trees stop telling counts apart; the model's prediction is the same as from the whole features.
 */
export function claimFeatures(c: Claim, input: JudgeInput, reach?: readonly number[]): number[] {
  const { tokens, sentences, text } = input.doc;
  const cFirst = Math.min(tokenAt(tokens, c.content[0]), tokens.length - 1);
  const cEnd = Math.max(cFirst + 1, tokenAt(tokens, c.content[1] - 1) + 1);
  const cue = tokens[c.cue[0]]!.lower;
  const view: View = {
    c,
    input,
    tokens,
    sentence: sentences[tokens[c.cue[0]]!.sentence]!,
    cFirst,
    cEnd: Math.min(cEnd, tokens.length),
    content: text.slice(c.content[0], c.content[1]),
    cue,
    lemma: input.lex.speechVerbs.get(cue) ?? '',
  };
  // Index loops, no destructuring: a fresh process runs this for every candidate before V8 optimises it.
  if (!reach) {
    const x: number[] = [];
    for (let k = 0; k < FEATURES.length; k++) x.push(FEATURES[k]![1](view, Infinity));
    return x;
  }
  // Only the features the model reads are visited (a third of them), the rest left 0.
  const x = new Array<number>(FEATURES.length).fill(0);
  const read = featuresRead(reach);
  for (let n = 0; n < read.length; n++) {
    const k = read[n]!;
    x[k] = FEATURES[k]![1](view, reach[k]!);
  }
  return x;
}

/** The features a reach reads (those not -1), found once per reach. */
const READ = new WeakMap<readonly number[], number[]>();
function featuresRead(reach: readonly number[]): number[] {
  let read = READ.get(reach);
  if (!read) READ.set(reach, (read = FEATURES.map((_, k) => k).filter((k) => reach[k]! >= 0)));
  return read;
}
