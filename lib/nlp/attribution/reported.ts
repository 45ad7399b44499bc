/**
 * Reported speech, in the shapes news uses:
 *
 *   source first   "Peskov said on Tuesday that CLAUSE" / "He told reporters CLAUSE"
 *   source after   "CLAUSE, a senior official said." / "CLAUSE, said Harald Brenn."
 *   participle     "…, saying (that) CLAUSE" / "…, adding that CLAUSE": the sentence's subject says it.
 */
import {
  AUDIENCES,
  BARE_VERB_SUBJECTS,
  BETWEEN_SOURCE_AND_VERB,
  INVERTING_VERBS,
  NOUN_CUES,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  REQUESTING,
  NEEDS_THAT,
  NEGATIONS,
  NOT_CLAUSE_START,
  SPEECH_PARTICIPLES,
  TELL_VERBS,
  THINKING_PARTICLES,
} from '../lexicons/reporting';
import { BELIEF_VERBS } from '../lexicons/cues';
import type { Source } from '../sources';
import { sourceBefore } from './around-cue';
import type { ClaimSet } from './claims';
import { clauseEnd, endsClause, pastAdverbBeforeThat, relayAt, skipAdverbials } from './clause';
import { pastDateline } from './dateline';
import { hasFiniteVerbIn } from './finite-verbs';
import { isAllCaps, isCapitalised, isLowerCased } from '../words';

export function findReportedSpeech(set: ClaimSet): void {
  const { ctx, sources, usedCue, attributedQuote, claims } = set;
  const { tokens } = ctx;
  for (const v of set.speechTokens()) {
    if (usedCue.has(v)) continue;
    const s = ctx.sentenceOf(v);
    // "Trump said he thinks …": a belief inside what someone said is part of that claim.
    if (BELIEF_LEMMAS.has(set.lemma(v)) && claims.some((c) => c.content[0] <= tokens[v]!.start && tokens[v]!.end <= c.content[1])) continue;
    if (v > s.first && (ctx.lower(v - 1) === 'to' || NEGATIONS.has(ctx.lower(v - 1)))) continue;
    const before = sourceBefore(set, v, s.first);
    // "… and said …": the first verb's source, or else the sentence's subject (rule 'reported-coordinated').
    const pairedSource = before ? null : coordinatedSource(set, v, s.first);
    const coordinated = before ? null : (pairedSource ?? coordinatedSubject(set, v, s.first));
    let source = before ?? coordinated;
    // "…, said one GOP source in the room.": an inversion, whatever noun stands before the comma.
    if (source && invertsAt(set, v, s.first, s.end, true)) source = null;
    // With no source before it only an inversion makes the cue a claim; a noun (tagged to tell) makes none.
    if ((!source && !invertible(set, v, s.first)) || isNounCue(set, v, s.first, s.end)) continue;
    let k = v + 1;
    // The object of "tell": "told reporters", "told the BBC", "told Reuters in an interview".
    if (TELL_VERBS.has(set.lemma(v))) k = skipAudience(set, k, s.end);
    // Adverbials before the content: "on Tuesday", "last week", "in a statement", "to reporters".
    k = skipAdverbials(set, k, s.end);
    k = pastAdverbBeforeThat(set, k);
    // A longer adverbial, up to its "that": "said at a town hall meeting in Buffalo, New York, that …".
    if (PREPOSITIONS.has(ctx.lower(k)) || ctx.lower(k) === 'during' || (k > v + 1 && PREPOSITIONS.has(ctx.lower(k - 1)))) {
      const e = thatAhead(
        set,
        k + 1,
        Math.min(s.end, k + 14),
        (e) =>
          (tokens[e]!.kind !== 'word' && tokens[e]!.kind !== 'poss' && tokens[e]!.kind !== 'num' && tokens[e]!.text !== ',') ||
          /^(?:who|which|to)$/.test(ctx.lower(e)),
      );
      if (e >= 0 && thatOpensClause(set, e)) k = e;
    }
    // "said on NBC’s “Meet the Press” that …": the adverbial runs on past a possessive, to
    // "that"; with no "that", what follows ("’s radio program on Monday") is no content.
    if (tokens[k]?.kind === 'poss' && tokens[k - 1]?.kind === 'word' && isCapitalised(tokens[k - 1]!.text)) {
      let e = k + 1;
      while (e < Math.min(s.end, k + 10) && ctx.lower(e) !== 'that') e++;
      if (ctx.lower(e) !== 'that') continue;
      k = e;
    }
    // "fired back that …", "answered back with a goal": the particle, then what follows it.
    if (k === v + 1 && ctx.lower(k) === 'back') k++;
    // "threatened to walk out", "declined to comment": an intention, not a claim.
    if (ctx.lower(k) === 'to') continue;
    // "denied Kevin Davies a free shot at goal", "denied him bail": refusing someone a thing.
    if (set.lemma(v) === 'deny' && deniesSomeone(set, k)) continue;
    // "thinks back to how angry he was", "think twice": recalling or weighing, no belief with a clause.
    if (BELIEF_LEMMAS.has(set.lemma(v)) && THINKING_PARTICLES.has(ctx.lower(k))) continue;
    // "asked the two officials to leave", "told him to stop": a request, not a claim.
    if (REQUESTING.has(set.lemma(v)) && isRequest(set, k, s.end)) continue;
    if (source) {
      const that = ctx.lower(k) === 'that';
      if (that) k++;
      if (tokens[k]?.text === ',' && ctx.lower(k - 1) === 'that') k++;
      // Verbs that report speech only with a clause ("added that …", not "added a note",
      // "continues his praise", "urged voters to …"), and a clause that opens like one.
      // ("said in an interview with CNN", "reported from Midway Atoll": no clause follows.)
      // ("has said about 20 people have indicated …": "about" before a number hedges it, and opens the clause.)
      const approximate =
        /^(?:about|around)$/.test(ctx.lower(k)) &&
        (tokens[k + 1]?.kind === 'num' ||
          /^(?:one|two|three|four|five|six|seven|eight|nine|ten|half|twenty|thirty|forty|fifty|hundred|dozen)$/.test(ctx.lower(k + 1)));
      const clauseOpens =
        that || approximate || set.quoteAt(k) >= 0 || (!NOT_CLAUSE_START.has(ctx.lower(k)) && !PREPOSITIONS.has(ctx.lower(k)));
      const reports = clauseOpens && (that || !NEEDS_THAT.has(set.lemma(v)));
      const startsQuote = set.quoteAt(k) >= 0 && tokens[k]!.kind === 'quote' && attributedQuote.has(set.quoteAt(k));
      if (reports && !startsQuote && k < s.end && tokens[k]!.kind !== 'punct') {
        const end = clauseEnd(set, k, s.end);
        // "believes every word of it", "thinks the world of him": a belief about a thing, no clause believed.
        if (BELIEF_LEMMAS.has(set.lemma(v)) && !that && !hasFiniteVerbIn(set, k, end, false)) continue;
        if (!that && namesAnAct(set, v, k, end)) continue;
        const stop = end < s.end ? tokens[end]!.start : s.stop;
        const relay = end < s.end ? relayAt(set, end, s.end) : null;
        const rule = BELIEF_LEMMAS.has(set.lemma(v))
          ? 'reported-belief'
          : coordinated && !pairedSource
            ? 'reported-coordinated'
            : 'reported-that';
        if (set.add(source, [v, v + 1], [tokens[k]!.start, stop], false, relay, rule)) continue;
      }
      // "CLAUSE, SOURCE CUE." — the source is right after a comma and the verb ends the clause.
      if (source.first > s.first && tokens[source.first - 1]!.text === ',' && endsClause(set, k, s.end)) {
        const comma = source.first - 1;
        // "The Kremlin said that …, Reuters reported.": a claim already in the clause is relayed.
        const inner = claims.find(
          (c) => !c.direct && c.cue[0] >= s.first && c.cue[0] < comma && c.content[1] >= set.trimEnd(tokens[comma]!.start),
        );
        if (inner && !inner.relay) {
          inner.relay = source;
          inner.content = [inner.content[0], set.trimEnd(tokens[comma]!.start)];
          usedCue.add(v);
        } else if (comma > s.first && set.quoteAt(comma - 1) < 0)
          set.add(source, [v, v + 1], [s.start, tokens[comma]!.start], false, null, 'reported-after');
      }
      continue;
    }
    // "CLAUSE, said Harald Brenn." (with the plain verbs of attribution only: ", denied reports" is no inversion)
    if (invertsAt(set, v, s.first, s.end)) {
      const inverted = sources.startingAt(v + 1, s.end)!;
      set.add(inverted, [v, v + 1], [s.start, tokens[v - 1]!.start], false, null, 'reported-inverted');
    }
  }
}

/** "…, saying (that) CLAUSE", "…, adding that CLAUSE": the sentence's subject (or its claim's source) says it. */
export function findParticiples(set: ClaimSet): void {
  const { ctx, sources, usedCue, attributedQuote, claims, quotations, index } = set;
  const { tokens } = ctx;
  // Only the tokens of its words (cue-words.ts), each in the range of its sentence it was looked for in.
  for (const v of set.tokensOf(SPEECH_PARTICIPLES)) {
    const s = ctx.sentenceOf(v);
    if (v < s.first + 2 || v >= s.end - 1) continue;
    if (tokens[v - 1]!.text !== ',' || usedCue.has(v) || set.quoteAt(v) >= 0) continue;
    // The speaker of the clause before: "“…,” Spicer said, adding, “…”" is Spicer's, whoever the quotation named.
    const claim = claims.filter((c) => c.cue[0] >= s.first && c.cue[0] < v).pop();
    let source: Source | null = claim?.source ?? null;
    if (!source) {
      // The subject: a source opening the sentence (past "Meanwhile,"), up to the first verb.
      const opening = pastDateline(ctx, set.index, s.first, v);
      for (let i = opening; i < Math.min(v, opening + 4) && !source; i++) {
        if (set.quoteAt(i) >= 0) continue;
        const m = index.mentionAt.get(i);
        // (A possessor is not the subject: "France's far-right party leader, Marine Le Pen, voiced …".)
        if (m && tokens[m.last]?.kind === 'poss') break;
        if (m) source = sources.startingAt(m.outer, v);
        else if (/^(?:he|she|it)$/.test(ctx.lower(i))) source = sources.startingAt(i, v);
      }
    }
    // Or the subject after a longer opening ("On Friday, in a speech in Ohio, Trump attacked …,
    // saying …"): the first source whose verb syntax finds right after it.
    if (!source) source = subjectBefore(set, s.first, v);
    if (!source) continue;
    // "The White House announced that …, citing recently released intelligence": what a claim
    // rests on, not a claim of its own (the seed page's hand labels), where no clause follows.
    if (claim && ctx.lower(v) === 'citing' && !hasFiniteVerbIn(set, v + 1, s.end, true)) continue;
    let k = v + 1;
    // "…, telling reporters that …", "…, telling Breitbart London: “…”"
    if (ctx.lower(v) === 'telling') {
      k = skipAudience(set, k, s.end);
      if (tokens[k]?.text === ':') k++;
      if (k === v + 1) continue;
    }
    // "…, telling him to leave": a request.
    if (ctx.lower(k) === 'to') continue;
    if (ctx.lower(k) === 'that') k++;
    // "…, saying, “She's trigger-happy.”": the quotation is what was said.
    const q = tokens[k]?.text === ',' ? set.quoteAt(k + 1) : -1;
    if (q >= 0 && !attributedQuote.has(q) && tokens[k + 1]!.kind === 'quote') {
      const quotation = quotations[q]!;
      if (set.add(source, [v, v + 1], [quotation.start, quotation.end], true, null, 'participle-quote'))
        attributedQuote.set(q, { claim: set.last, tail: quotation.last + 1 });
      continue;
    }
    if (k >= s.end || tokens[k]!.kind === 'punct') continue;
    if (set.quoteAt(k) >= 0 && attributedQuote.has(set.quoteAt(k))) continue;
    // "…, asking for help", "…, adding to her lead": a phrase, not a clause.
    if (NOT_CLAUSE_START.has(ctx.lower(k)) || PREPOSITIONS.has(ctx.lower(k)) || ctx.lower(k) === 'to') continue;
    const end = clauseEnd(set, k, s.end);
    set.add(source, [v, v + 1], [tokens[k]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'participle');
  }
}

/**
 * Does someone denied something follow at token k ("denied Kevin Davies a free shot", "denied him
 * bail"): a person or an object pronoun, then a determiner or a noun of what is granted?
 */
function deniesSomeone(set: ClaimSet, k: number): boolean {
  const { ctx } = set;
  const mention = set.index.mentionAt.get(k);
  const after =
    mention && mention.first === k && mention.entity.kind === 'person' ? mention.last : OBJECT_PRONOUNS.has(ctx.lower(k)) ? k + 1 : -1;
  return after > 0 && GRANTED.test(ctx.lower(after));
}

const GRANTED = /^(?:a|an|the|any|his|her|their|its|access|entry|bail|permission|parole)$/;

/** Past the one told: "told reporters", "told the BBC", "told police officials that …". */
export function skipAudience(set: ClaimSet, k: number, stop: number): number {
  const { ctx, sources } = set;
  const { tokens } = ctx;
  const object = sources.startingAt(k, stop);
  if (object) k = object.last;
  else if (AUDIENCES.has(ctx.lower(k)) || OBJECT_PRONOUNS.has(ctx.lower(k)) || /^\p{Lu}[\p{L}.]*$/u.test(tokens[k]?.text ?? '')) k++;
  else if (ctx.lower(k) === 'the') k += 2;
  // "told People magazine …", "told Atlanta television station WAGA …": a medium's head after its name.
  while (k < stop && MEDIUM_WORDS.has(ctx.lower(k)) && isLowerCased(tokens[k]!.text)) k++;
  // The rest of a longer audience: "told police officials that …", "told The Post and Courier
  // newspaper of Charleston on Saturday that …": a "that" before any verb opens the content.
  // (Not past "to": "warned North Korea to refrain from actions that …" is a request.)
  const e = thatAhead(
    set,
    k,
    Math.min(stop, k + 12),
    (e) => (tokens[e]!.kind !== 'word' && tokens[e]!.kind !== 'poss' && tokens[e]!.kind !== 'num') || ctx.lower(e) === 'to',
  );
  return e >= 0 && (e < k + 3 || thatOpensClause(set, e)) ? e : k;
}

/**
 * The "that" a longer adverbial or audience runs to, from token `from` to before `stop`: the first
 * token that is "that" or where `ends` (a test of words) stops the phrase; -1 unless it is a "that"
 * with no finite verb before it. Syntax (which tags the sentence) is asked only of the words before
 * a "that", once one is found.
 */
function thatAhead(set: ClaimSet, from: number, stop: number, ends: (e: number) => boolean): number {
  let e = from;
  while (e < stop && set.ctx.lower(e) !== 'that' && !ends(e)) e++;
  return e < stop && set.ctx.lower(e) === 'that' && !hasFiniteVerbIn(set, from, e, false) ? e : -1;
}

/** A "that" a verb follows is a relative pronoun, no clause's opening: "help with problems that needed to be addressed". */
function thatOpensClause(set: ClaimSet, e: number): boolean {
  return !set.ctx.syntax.isFiniteVerb(e + 1) && !/^VB[DN]$/.test(set.ctx.syntax.ptb(e + 1) ?? '');
}

/** "Merrill says … and said …": the second verb of a coordinated pair has the first one's source. */
function coordinatedSource(set: ClaimSet, v: number, floor: number): Source | null {
  const { ctx } = set;
  let j = v - 1;
  while (j > floor && BETWEEN_SOURCE_AND_VERB.has(ctx.lower(j))) j--;
  if (ctx.lower(j) !== 'and' && ctx.lower(j) !== 'but') return null;
  const earlier = set.claims.filter((c) => c.cue[0] >= floor && c.cue[0] < j && !c.direct);
  return earlier.length ? earlier[earlier.length - 1]!.source : null;
}

const BELIEF_LEMMAS = new Set(BELIEF_VERBS.map((v) => v.lemma));

const SUBORDINATORS = /\b(?:who|whom|which|that|when|while|after|before|because|if|as|where)\b/i;

const COORDINATED_VERBS = new Set([
  'say',
  'tell',
  'add',
  'insist',
  'argue',
  'explain',
  'note',
  'acknowledge',
  'admit',
  'concede',
  'suggest',
  'predict',
  'warn',
  'claim',
]);

/**
 * "Wilson praised Rubio's positions and said …", "Carson admitted the name was wrong, but said …":
 * after "and"/"but", a verb of saying whose subject is the sentence's, found by its finite verb.
 */
function coordinatedSubject(set: ClaimSet, v: number, floor: number): Source | null {
  const { ctx } = set;
  let j = v - 1;
  while (j > floor && BETWEEN_SOURCE_AND_VERB.has(ctx.lower(j))) j--;
  if (ctx.lower(j) !== 'and' && ctx.lower(j) !== 'but') return null;
  // A plain verb of saying in a finite form ("said", "told", "says"): "shouted down", "denied
  // Carter a photograph", "counter Islamic State" are not.
  const form = ctx.lower(v);
  if (!COORDINATED_VERBS.has(set.lemma(v)) || form === set.lemma(v) || form.endsWith('ing')) return null;
  // "… and when Rubio thanked Miami and said": a subordinate clause's subject is not the sentence's.
  const subject = subjectBefore(set, floor, j) ?? openingSubject(set, floor, j);
  if (!subject) return null;
  // The subject's own first verb may be one of saying that no rule has read yet ("Graham called
  // both “crazy” and said …", "Carson admitted …, but said …"), and a quoted phrase may stand in
  // its predicate ("She declared “What a Super Tuesday!” and said …"); another verb of saying
  // after it is a reported clause's, whose subject may be the one saying.
  // (Only before the plain verbs "said", "told", and for a subject no "which" or "when" subordinates.)
  const plain = set.lemma(v) === 'say' || set.lemma(v) === 'tell';
  const own =
    plain && (subject.first === floor || !SUBORDINATORS.test(ctx.slice(floor, subject.first))) ? skipAuxiliaries(set, subject.last, j) : -1;
  for (let i = subject.last; i < j; i++)
    if (
      (set.isSpeech(i) && i !== own) ||
      (set.quoteAt(i) >= 0 && own < 0) ||
      /^(?:who|which|when|while|after|before|because|if|as)$/.test(ctx.lower(i))
    )
      return null;
  return subject;
}

/** Lower-case heads of a medium that follow its name in an audience. */
const MEDIUM_WORDS = new Set([
  'magazine',
  'newspaper',
  'paper',
  'radio',
  'television',
  'tv',
  'website',
  'station',
  'channel',
  'network',
  'programme',
  'program',
  'show',
]);

/**
 * Is what the verb at v takes from k an act, not words: an event called ("called the election a year
 * early", "called a press conference"), or an act declared before any verb of its own ("declared a
 * nine-day state of emergency", "declared part of Nevada a disaster area", "martial law")?
 */
function namesAnAct(set: ClaimSet, v: number, k: number, end: number): boolean {
  const { ctx } = set;
  const lemma = set.lemma(v);
  if (lemma === 'call') return CALLED_EVENTS.has(ctx.lower(k + 1)) && /^(?:the|a|an|early|snap)$/.test(ctx.lower(k));
  if (lemma !== 'declare') return false;
  for (let e = k; e < end && !ctx.syntax.isFiniteVerb(e); e++) if (DECLARED_ACTS.has(ctx.lower(e))) return true;
  return false;
}

/**
 * What is declared as an act: "a state of emergency", "a disaster area", "martial law". (Not war:
 * PolNeAR labels "declared war on the United States" a claim.)
 */
const DECLARED_ACTS = new Set([
  'emergency',
  'disaster',
  'martial',
  'curfew',
  'independence',
  'holiday',
  'bankruptcy',
  'ceasefire',
  'truce',
  'amnesty',
]);

/** What is called that says nothing: "called the election", "called a strike". */
const CALLED_EVENTS = new Set([
  'election',
  'elections',
  'vote',
  'referendum',
  'meeting',
  'strike',
  'halt',
  'ceasefire',
  'truce',
  'timeout',
  'press',
  'news',
  'summit',
  'session',
  'recess',
]);

/** Words before a noun that modify it: determiners and possessives. */
const MODIFYING = new Set(['the', 'a', 'an', 'this', 'its', 'their', 'his', 'her', 'our']);

/**
 * A cue that reads as a noun here: a bare form with no subject it agrees with ("Oklahoma state
 * senator", "a CNN report that …"), or a plural form a verb follows ("Rust Belt states have
 * suffered", "Rust Belt states that have suffered").
 */
function isNounCue(set: ClaimSet, v: number, first: number, end: number): boolean {
  const { ctx } = set;
  const lemma = set.lemma(v);
  const word = ctx.lower(v);
  // "While US state officials", "the press officers": a noun after a modifier and before the head
  // of a source modifies it. (Not after a subject: "commanders say militants are …".)
  const next = ctx.tokens[v + 1];
  const prev = ctx.tokens[v - 1];
  if (
    word === lemma &&
    v > first &&
    next?.kind === 'word' &&
    isLowerCased(next.text) &&
    set.sources.isHead(next.lower) &&
    prev &&
    (MODIFYING.has(prev.lower) || (isAllCaps(prev.text) && prev.text.length <= 3))
  )
    return true;
  if (!NOUN_CUES.has(lemma)) return false;
  if (word === lemma) {
    let j = v - 1;
    while (j > first && BETWEEN_SOURCE_AND_VERB.has(ctx.lower(j))) j--;
    const before = ctx.lower(j);
    // "features a New York Times report from over the weekend": a name after "a" is a modifier,
    // however it ends ("a New York Times report that …" still reports, as a noun).
    let d = j;
    while (d > first && isCapitalised(ctx.tokens[d]!.text)) d--;
    if (d < j && /^(?:a|an)$/.test(ctx.lower(d)) && ctx.lower(v + 1) !== 'that') return true;
    return j < first || !(BARE_VERB_SUBJECTS.has(before) || /[^s']s$/.test(before));
  }
  if (word === `${lemma}s` || word === `${lemma}es` || word === `${lemma.slice(0, -1)}ies`) {
    // "states that have suffered": a relative clause, where "reports that the …" opens a reported one.
    const next = ctx.lower(v + 1) === 'that' && /^(?:VB[DZP]|MD)$/.test(ctx.syntax.ptb(v + 2) ?? '') ? v + 2 : v + 1;
    return next < end && (ctx.syntax.isFiniteVerb(next) || /^(?:and|or|whose)$/.test(ctx.lower(next)));
  }
  return false;
}

/** Can the cue at v be inverted at all: a plain verb of attribution after a comma (not a quotation's)? */
function invertible(set: ClaimSet, v: number, first: number): boolean {
  return (
    v > first &&
    set.ctx.tokens[v - 1]!.text === ',' &&
    set.quoteAt(v - 2) < 0 &&
    INVERTING_VERBS.has(set.lemma(v)) &&
    !SPEECH_PARTICIPLES.has(set.ctx.lower(v))
  );
}

/** "CLAUSE, said Harald Brenn." (the plain verbs of attribution only: ", denied reports" is no inversion). */
function invertsAt(set: ClaimSet, v: number, first: number, end: number, strict = false): boolean {
  const { ctx } = set;
  const { tokens } = ctx;
  if (!invertible(set, v, first)) return false;
  const inverted = set.sources.startingAt(v + 1, end);
  if (!inverted || inverted.sourceType === 'document') return false;
  // Over a source before the comma, only a source that plainly ends the sentence or opens an
  // appositive ("…, said one GOP source in the room.", "…, said Larry Sabato, director of …").
  if (strict) {
    let e = inverted.last;
    if (PREPOSITIONS.has(ctx.lower(e))) for (let n = 0; n < 5 && e < end && tokens[e]!.kind === 'word'; n++) e++;
    return e >= end || /^[.,;]$/.test(tokens[e]!.text);
  }
  return closesInversion(set, inverted.last, end);
}

/**
 * An inverted source closes its sentence: "…, said Mark Jones, a political scientist", "…, said
 * Kunin.", "…, says Dossym Satpayev in Almaty". Where a verb follows, the noun after the cue is the
 * subject of what was said ("Woodrow Benford, 58, …, says he didn't know …", "…, said Clinton's
 * response was …"), and the clause before the comma is no claim.
 */
function closesInversion(set: ClaimSet, next: number, stop: number): boolean {
  const t = set.ctx.tokens[next];
  // "…, noted NBC's Dante Chinni.": the source runs on past a possessive to its noun phrase.
  if (t?.kind === 'poss' && next + 1 < stop) {
    const end = set.ctx.syntax.nounPhraseEnd(next + 1);
    return end > next + 1 && closesInversion(set, end, stop);
  }
  if (next >= stop || !t || t.kind === 'punct' || t.kind === 'quote') return true;
  return PREPOSITIONS.has(set.ctx.lower(next)) || /^(?:who|whose|during|after|before|when|as)$/.test(set.ctx.lower(next));
}

/** An object and then "to" within a few words, before any "that": "the two officials to leave". */
function isRequest(set: ClaimSet, k: number, stop: number): boolean {
  for (let e = k; e < Math.min(stop, k + 6); e++) {
    const w = set.ctx.lower(e);
    if (w === 'that' || set.ctx.tokens[e]!.kind !== 'word') return false;
    if (w === 'to') return e > k;
  }
  return false;
}

/** The first source in [from, v) that a finite verb follows (the sentence's subject), or null. */
function subjectBefore(set: ClaimSet, from: number, v: number): Source | null {
  const { ctx, sources, index } = set;
  for (let i = from; i < v; i++) {
    if (set.quoteAt(i) >= 0) continue;
    const m = index.mentionAt.get(i);
    const pronoun = /^(?:he|she)$/.test(ctx.lower(i));
    if (!(m && m.first === i && (m.entity.kind === 'person' || m.entity.kind === 'organization')) && !pronoun) continue;
    const source = sources.startingAt(m ? m.outer : i, v);
    if (!source) continue;
    if (ctx.syntax.isFiniteVerb(skipAuxiliaries(set, source.last, v))) return source;
  }
  return null;
}

/**
 * A source that opens the sentence and a finite verb follows, whatever it names: "The Wisconsin
 * Republican criticized …", "A spokesman for Mayor Frank G. Jackson defended …".
 */
function openingSubject(set: ClaimSet, first: number, v: number): Source | null {
  const { ctx, sources } = set;
  let a = first;
  while (a < v && /^(?:but|and|still|yet|meanwhile|however|also)$/.test(ctx.lower(a))) a++;
  if (ctx.tokens[a]?.text === ',') a++;
  const source = set.quoteAt(a) < 0 ? sources.startingAt(a, v) : null;
  if (!source || source.sourceType === 'document' || /^(?:it|they|we|i|you)$/.test(ctx.lower(a))) return null;
  return ctx.syntax.isFiniteVerb(skipAuxiliaries(set, source.last, v)) ? source : null;
}

/** Past "also", "later", "has" … after a subject, to its verb. */
function skipAuxiliaries(set: ClaimSet, e: number, v: number): number {
  while (e < v && /^(?:also|later|then|again|has|had|have|will|would)$/.test(set.ctx.lower(e))) e++;
  return e;
}
