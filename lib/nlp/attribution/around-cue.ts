/**
 * The source next to a reporting verb: the noun phrase ending right before it ("Kremlin
 * spokesperson Dmitry Peskov said", "Ines Calder, the ministry's spokeswoman, denied"), and the
 * stretch between a source and its verb (", 82,", "of Indiana", "(D-Wis.)", "also", "has").
 */
import { BETWEEN_SOURCE_AND_VERB, NEGATIONS } from '../lexicons/reporting';
import type { Source } from '../sources';
import { FUNCTION_WORDS, isCapitalised } from '../words';
import type { ClaimSet } from './claims';
import { hasFiniteVerbIn } from './finite-verbs';

// "Douglas Holtz-Eakin, an economist who served as director of the Congressional Budget Office, said": appositives run long.
const APPOSITIVE_REACH = 30;

/** The source ending before the cue at token v, past adverbs and auxiliaries. */
export function sourceBefore(set: ClaimSet, v: number, floor: number): Source | null {
  const { ctx, sources, index } = set;
  const { tokens } = ctx;
  let j = v - 1;
  while (j >= floor && isBetween(tokens[j]!.text)) j--;
  // "Gov. Mike Pence (R-IN) said": past a short parenthesis.
  if (tokens[j]?.text === ')') {
    let o = j - 1;
    while (o > floor && j - o < 8 && tokens[o]!.text !== '(') o--;
    if (tokens[o]?.text === '(') j = o - 1;
  }
  if (j < floor || NEGATIONS.has(ctx.lower(j)) || ctx.lower(j) === 'to') return null;
  // "Ines Calder, the ministry's spokeswoman, denied …" / "Kall -- co-editor of a book -- said":
  // the source with its appositive.
  if (tokens[j]!.text === ',' || isDash(tokens[j]!.text)) {
    const mark = isDash(tokens[j]!.text) ? isDash : (t: string) => t === ',';
    // Where a clause with a verb of its own may open ("…, Senator Ann Lee attacked the plan,"): asked
    // only before a source is given, since asking tags the sentence and most commas give none.
    const clauseStarts: number[] = [];
    const clauseBefore = (): boolean => clauseStarts.some((k) => hasFiniteVerb(set, k, j));
    for (let c = j - 1; c > floor && j - c <= APPOSITIVE_REACH; c--) {
      if (!mark(tokens[c]!.text)) continue;
      // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said": past the parenthesis to the name.
      let n = c - 1;
      if (tokens[n]?.text === ')') {
        while (n > floor && c - n < 8 && tokens[n]!.text !== '(') n--;
        if (tokens[n]?.text === '(') n--;
        else n = c - 1;
      }
      // An appositive is a noun phrase ("the ministry's spokeswoman") or a relative clause ("who
      // has served …"); a clause with a verb of its own ("…, Senator Ann Lee attacked the plan,") is not.
      if (!/^(?:who|whose|which|speaking)$/.test(ctx.lower(c + 1))) clauseStarts.push(c + 1);
      const named = sources.endingAt(n, floor) ?? namedBeforePlace(set, n, floor);
      // "The author of the book, Mitchell Zuckoff, said": the name given beats a description resolved by guess.
      const inner = index.mentionAt.get(c + 1);
      const described = named && /^(?:the|a|an)$/.test(ctx.lower(named.first)) && !index.mentionAt.get(named.first + 1);
      if (named && named.entity && !(described && inner && inner.first === c + 1 && inner.last === j && inner.entity.kind === 'person'))
        return clauseBefore() || governed(set, named) ? null : { ...named, last: j };
      // "A senior official, who spoke on condition of anonymity, said": the clause only says who.
      // (So does "Sources, with (the) knowledge of the adviser's report, said".)
      const knowing = ctx.lower(c + 1) === 'with' && [c + 2, c + 3, c + 4].some((x) => /^(?:knowledge|access)$/.test(ctx.lower(x)));
      if (named && named.generic && (/^(?:who|speaking)$/.test(ctx.lower(c + 1)) || knowing))
        return clauseBefore() ? null : { ...named, last: j };
      // "The state's campaign chairman, Phil Lovas, said": the name between the commas.
      if (inner && inner.first === c + 1 && inner.last === j && inner.entity.kind === 'person') {
        if (clauseBefore()) return null;
        let first = c;
        while (
          (first > floor &&
            (tokens[first - 1]!.kind === 'word' || tokens[first - 1]!.kind === 'poss') &&
            !FUNCTION_WORDS.has(ctx.lower(first - 1))) ||
          (ctx.lower(first - 1) === 'the' && first - 1 >= floor)
        ) {
          first--;
          if (ctx.lower(first) === 'the') break;
        }
        return { first, last: j, sourceType: 'named-person', entity: inner.entity, generic: null };
      }
      // "Jimmy Ghazal, 39, a Lebanese man visiting Nice, told …": an age or a second appositive; on to the comma before.
    }
    return null;
  }
  const source = sources.endingAt(j, floor);
  return source && governed(set, source) ? null : source;
}

/**
 * Is a named source the object of a preposition, not the subject of the verb after it? "The attack
 * by Labor Minister Mervyn Silva, who …, underscored …" is the attack's doing. (Not "of" nor "with":
 * "The Republic of Turkey denies", "with Sen. John McCain calling it …".)
 */
function governed(set: ClaimSet, source: Source): boolean {
  return !!source.entity && GOVERNING.has(set.ctx.lower(source.first - 1));
}

const GOVERNING = new Set(['by', 'against', 'about', 'from']);

/** "Rep. Lee Zeldin of New York, a Trump supporter, said": the person before "of" and a place's name. */
function namedBeforePlace(set: ClaimSet, n: number, floor: number): Source | null {
  const { ctx, sources } = set;
  let o = n;
  while (o > floor && n - o < 4 && ctx.tokens[o]!.kind === 'word' && isCapitalised(ctx.tokens[o]!.text)) o--;
  if (o === n || ctx.lower(o) !== 'of') return null;
  const named = sources.endingAt(o - 1, floor);
  return named?.entity?.kind === 'person' ? named : null;
}

/** A finite verb before any relative pronoun ("a developer who introduced him" is still a noun phrase). */
function hasFiniteVerb(set: ClaimSet, from: number, to: number): boolean {
  let relative = from;
  while (relative < to && !/^(?:who|whose|which|that|whom)$/.test(set.ctx.lower(relative))) relative++;
  return hasFiniteVerbIn(set, from, relative, true);
}

function isDash(text: string): boolean {
  return text === '--' || text === '—' || text === '–' || text === '―';
}

/**
 * A description the name after it makes a person: "“…,” the director, Nicholas Cowdery, said",
 * "said the group's spokesman, Ali Khan". The person named in the appositive is the source.
 */
export function namedInAppositive(set: ClaimSet, source: Source, stop: number): Source {
  // A description resolved by its role ("the minister") still yields to the name given beside it.
  const described = /^(?:the|a|an)$/.test(set.ctx.lower(source.first)) && !set.index.mentionAt.get(source.first + 1);
  if ((source.entity && !described) || set.ctx.tokens[source.last]?.text !== ',') return source;
  const m = set.index.mentionAt.get(source.last + 1);
  if (!m || m.first !== source.last + 1 || m.entity.kind !== 'person' || m.last > stop) return source;
  const after = set.ctx.tokens[m.last];
  if (m.last < stop && !/^[,.!?;]$/.test(after?.text ?? '') && !set.isSpeech(m.last)) return source;
  return { first: source.first, last: m.last, sourceType: 'named-person', entity: m.entity, generic: null };
}

/** Past ", 82," or ", a former aide," after a source, to its verb. */
export function skipAppositive(set: ClaimSet, k: number, stop: number): number {
  const { ctx } = set;
  const { tokens } = ctx;
  // "Foreign Minister Elena Marsh of Estmere told reporters", "Mike Pence of Indiana said"
  if (ctx.lower(k) === 'of' && isCapitalised(tokens[k + 1]?.text ?? '')) {
    let e = k + 1;
    while (e < stop && e - k <= 4 && tokens[e]!.kind === 'word' && isCapitalised(tokens[e]!.text)) e++;
    return set.isSpeech(e) ? e : k;
  }
  // "Rep. Gwen Moore (D-Wis.) said"
  if (tokens[k]?.text === '(') {
    for (let e = k + 1; e < stop && e - k <= 8; e++) if (tokens[e]!.text === ')') return skipAppositive(set, e + 1, stop);
    return k;
  }
  if (tokens[k]?.text !== ',') return k;
  for (let e = k + 1; e < stop && e - k <= APPOSITIVE_REACH; e++) {
    if (set.isSpeech(e) || tokens[e]!.kind === 'quote') return k;
    if (tokens[e]!.text === ',') return e + 1;
  }
  return k;
}

/** Past adverbs and auxiliaries after a source: "Peskov also said", "she has said". */
export function skipBetween(set: ClaimSet, v: number, stop: number): number {
  while (v < stop && isBetween(set.ctx.tokens[v]?.text ?? '')) v++;
  return v;
}

/** An auxiliary or adverb between a source and its verb: "has said", "collectively said" (not "the family said"). */
function isBetween(text: string): boolean {
  const word = text.toLowerCase();
  return BETWEEN_SOURCE_AND_VERB.has(word) || (/^\p{Ll}{3,}ly$/u.test(text) && !LY_NOUNS.has(word));
}

// Nouns that end like adverbs.
const LY_NOUNS = new Set([
  'only',
  'family',
  'ally',
  'assembly',
  'rally',
  'supply',
  'reply',
  'monopoly',
  'anomaly',
  'bully',
  'folly',
  'tally',
  'italy',
]);
