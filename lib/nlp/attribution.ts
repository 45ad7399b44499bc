/**
 * Attributed claims: who said what, and how. Rule families, each in the order a reader meets it:
 *
 *   direct   "“…,” Peskov said." / "“…,” said Peskov." / "Peskov said: “…”" / "“…,” she said. “…”"
 *   reported "Peskov said on Tuesday that …" / "…, a source said." / "…, said Harald Brenn."
 *   according "…, according to Reuters." / "According to the ministry, …"
 *   nominal  "claims made by the US and Ukraine that …"
 *
 * A claim needs a source the rules can name; where none is found nothing is reported (a missed
 * quote costs a reader less than an invented one). "…, according to Reuters" after a reported
 * claim makes Reuters the relay of that claim, not its source.
 */
import type { EntityIndex } from './entities';
import type { Lexicon } from './lexicon-types';
import type { Quotation } from './quotes';
import { SourceFinder, type Source } from './sources';
import type { Tokenized } from './tokenize';
import { FUNCTION_WORDS } from './words';

export interface Claim {
  source: Source;
  /** Cue token range, end exclusive. */
  cue: [number, number];
  /** Content character range. */
  content: [number, number];
  direct: boolean;
  relay: Source | null;
  /** The rule that proposed it ("direct-source-cue", "reported-that", "according-end", …): a feature of the judge. */
  rule: string;
}

// Words that may stand between a source and its verb ("has said", "also told").
const BETWEEN = new Set(['also', 'later', 'previously', 'repeatedly', 'separately', 'again', 'has', 'have', 'had', 'once', 'then', 'further', 'earlier', 'publicly', 'privately', 'reportedly', 'recently', 'flatly', 'firmly', 'quickly']);
// Verbs that need an object before their content: "told reporters that", "told the BBC".
const TELL = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'brief']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
const CLAUSE_BREAKS = [[',', 'but'], [',', 'while'], [',', 'whereas'], [',', 'although'], [',', 'though'], [';'], [',', 'citing'], [',', 'according', 'to'], ['according', 'to'], [',', 'saying'], [',', 'adding'], [',', 'and', 'added'], ['and', 'added']];
// Verbs that are put before their source in news ("…, said Peskov", "…, added the minister").
const INVERTING = new Set(['say', 'add', 'tell', 'write', 'ask', 'explain', 'reply', 'note', 'insist', 'warn', 'recall', 'argue', 'continue', 'observe', 'acknowledge', 'answer', 'declare', 'state']);
const CONTENT_MAX_TOKENS = 160;
// Reporting verbs whose plain object is not what was said: they report a claim only with "that".
const NEEDS_THAT = new Set(['continue', 'maintain', 'signal', 'urge', 'complain', 'propose', 'describe', 'cite', 'quote', 'recall']);
// Words a reported clause does not open with: verbs of a split quotation ("… said, is a misguided
// approach"), subordinators ("said before he died"), nothing said ("said nothing more").
const NOT_CLAUSE_START = new Set(['nothing', 'little', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'before', 'after', 'when', 'while', 'because', 'although', 'until', 'about']);
// Words that may stand between a reporting verb and the quotation it introduces.
const PRE_QUOTE_WORDS = new Set(['that', 'reporters', 'journalists', 'me', 'us', 'him', 'her', 'them', 'the', 'press', 'crowd', 'audience', 'supporters', 'of', 'on', 'in', 'a', 'an', 'statement', 'interview', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'later', 'then', 'simply', 'only', 'flatly']);
const NOMINAL_BY = new Set(['made', 'issued', 'levelled', 'leveled', 'voiced', 'raised', 'repeated']);

export function findClaims(doc: Tokenized, lex: Lexicon, sources: SourceFinder, quotations: Quotation[], index: EntityIndex): Claim[] {
  const { tokens, sentences, text } = doc;
  const claims: Claim[] = [];
  const usedCue = new Set<number>();
  const insideQuote = new Int32Array(tokens.length).fill(-1);
  quotations.forEach((q, n) => {
    for (let i = q.open; i <= q.last; i++) insideQuote[i] = n;
  });

  const lower = (i: number) => tokens[i]?.text.toLowerCase() ?? '';
  // Reporting verbs are written in lower case: "States" in "United States" is no verb.
  const isSpeech = (i: number) => tokens[i]?.kind === 'word' && /^\p{Ll}/u.test(tokens[i]!.text) && lex.speechVerbs.has(lower(i)) && (insideQuote[i] ?? -1) < 0;
  const lemma = (i: number) => lex.speechVerbs.get(lower(i)) ?? '';
  const sentenceOf = (i: number) => sentences[tokens[i]!.sentence]!;
  const seq = (i: number, words: string[]) => words.every((w, k) => lower(i + k) === w);
  const wordsIn = (a: number, b: number) => (text.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length;

  /** The source ending before the cue at token v, past adverbs and auxiliaries. */
  const sourceBefore = (v: number, floor: number): Source | null => {
    let j = v - 1;
    while (j >= floor && BETWEEN.has(lower(j))) j--;
    // "Gov. Mike Pence (R-IN) said": past a short parenthesis.
    if (tokens[j]?.text === ')') {
      let o = j - 1;
      while (o > floor && j - o < 8 && tokens[o]!.text !== '(') o--;
      if (tokens[o]?.text === '(') j = o - 1;
    }
    if (j < floor || NEGATION.has(lower(j)) || lower(j) === 'to') return null;
    // "Ines Calder, the ministry's spokeswoman, denied …": the source with its appositive.
    if (tokens[j]!.text === ',') {
      for (let c = j - 1; c > floor && j - c <= 14; c--) {
        if (tokens[c]!.text !== ',') continue;
        const named = sources.endingAt(c - 1, floor);
        if (named && named.entity) return { ...named, last: j };
        // "The state's campaign chairman, Phil Lovas, said": the name between the commas.
        const inner = index.mentionAt.get(c + 1);
        if (inner && inner.first === c + 1 && inner.last === j && inner.entity.kind === 'person') {
          let first = c;
          while (first > floor && (tokens[first - 1]!.kind === 'word' || tokens[first - 1]!.kind === 'poss') && !FUNCTION_WORDS.has(lower(first - 1)) || lower(first - 1) === 'the' && first - 1 >= floor) {
            first--;
            if (lower(first) === 'the') break;
          }
          return { first, last: j, sourceType: 'named-person', entity: inner.entity, generic: null };
        }
        break;
      }
      return null;
    }
    return sources.endingAt(j, floor);
  };

  /** Where a reported clause ends: the sentence's end or a clause break, whichever comes first. */
  const clauseEnd = (from: number, stop: number): number => {
    // A "sentence" of hundreds of words is no prose (a list, a table): a claim ends within 120 words.
    const limit = Math.min(stop, from + CONTENT_MAX_TOKENS);
    for (let i = from; i < limit; i++) {
      if ((insideQuote[i] ?? -1) >= 0) continue;
      for (const b of CLAUSE_BREAKS) if (seq(i, b)) return i;
    }
    return limit;
  };

  const trimEnd = (end: number) => {
    while (end > 0 && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
    return end;
  };

  const add = (source: Source, cue: [number, number], content: [number, number], direct: boolean, relay: Source | null, rule: string) => {
    const [a, b] = content;
    const end = direct ? b : trimEnd(b);
    if (end - a <= 0 || wordsIn(a, end) < (direct ? 1 : 2)) return false;
    for (let c = cue[0]; c < cue[1]; c++) usedCue.add(c);
    claims.push({ source, cue, content: [a, end], direct, relay, rule });
    return true;
  };

  /** "…, according to Reuters" right at `from` (or after a comma): the relay. */
  const relayAt = (from: number, stop: number): Source | null => {
    let i = from;
    if (tokens[i]?.text === ',') i++;
    if (!seq(i, ['according', 'to'])) return null;
    const relay = sources.startingAt(i + 2, stop);
    if (relay) usedCue.add(i);
    return relay;
  };

  // Direct quotations, attribution after them: "“…,” Peskov said." / "“…,” said Peskov."
  const attributedQuote = new Map<number, { claim: Claim; tail: number }>();
  quotations.forEach((q, n) => {
    if (q.close < 0) return;
    let k = q.close + 1;
    if (tokens[k]?.text === ',') k++;
    // The attribution follows a quotation that ends in a comma, a question or an exclamation
    // ("“…,” she said", "“…?” he asked"), or a lower-case word; after "“….” He …" a new sentence starts.
    const inner = text.slice(tokens[q.open]!.end, tokens[q.close]!.start).trimEnd();
    const next = tokens[k];
    const stop = next ? sentenceOf(k).end : tokens.length;
    // A pull quote signed with a dash: "“…” ― Sonya Herridge"
    if (next && (next.text === '―' || next.text === '—') && !usedCue.has(k)) {
      const signed = sources.startingAt(k + 1, tokens.length);
      const lineEnd = signed && (signed.last >= tokens.length || tokens[signed.last]!.paraStart || tokens[signed.last]!.text === ',' || tokens[signed.last]!.kind === 'quote');
      if (signed && signed.entity && lineEnd && add(signed, [k, k + 1], [q.start, q.end], true, null, 'direct-signed')) attributedQuote.set(n, { claim: claims[claims.length - 1]!, tail: signed.last });
      return;
    }
    if (!next || !(tokens[q.close + 1]?.text === ',' || /[,?!]$/.test(inner) || /^\p{Ll}/u.test(next.text))) return;
    // SOURCE CUE
    const source = sources.startingAt(k, stop);
    if (source) {
      let v = skipAppositive(source.last, stop);
      while (v < stop && BETWEEN.has(lower(v))) v++;
      if (isSpeech(v) && !usedCue.has(v)) {
        const claim = { source, cue: [v, v + 1] as [number, number], content: [q.start, q.end] as [number, number] };
        if (add(claim.source, claim.cue, claim.content, true, null, 'direct-source-cue')) attributedQuote.set(n, { claim: claims[claims.length - 1]!, tail: v + 1 });
        return;
      }
    }
    // CUE SOURCE
    if (isSpeech(k) && !usedCue.has(k)) {
      const inverted = sources.startingAt(k + 1, stop);
      if (inverted && add(inverted, [k, k + 1], [q.start, q.end], true, null, 'direct-cue-source')) attributedQuote.set(n, { claim: claims[claims.length - 1]!, tail: inverted.last });
    }
  });

  // Direct quotations, attribution before them: "Peskov responded, “No comment.”" / "He told reporters: “…”"
  quotations.forEach((q, n) => {
    if (attributedQuote.has(n)) return;
    const s = sentenceOf(q.open);
    let j = q.open - 1;
    if (j >= s.first && (tokens[j]!.text === ',' || tokens[j]!.text === ':')) j--;
    // Past an audience or a short adverbial ("told reporters", "said on Monday", "says of Clinton"),
    // but not past words of a reported clause: in "Clinton says it means Trump “may not have paid
    // a dime”" the claim is the whole clause, found below as reported speech.
    for (let back = 0; back < 4 && j >= s.first; back++, j--) {
      if (isSpeech(j) && !usedCue.has(j)) {
        const between = tokens.slice(j + 1, q.open).filter((t) => t.kind === 'word').map((t) => t.text.toLowerCase());
        const plain = between.every((w, x) => PRE_QUOTE_WORDS.has(w) || index.mentionAt.has(j + 1 + x) || /^\p{Lu}/u.test(w));
        if (!plain) break;
        const source = sourceBefore(j, s.first);
        if (source && add(source, [j, j + 1], [q.start, q.end], true, null, 'direct-before')) attributedQuote.set(n, { claim: claims[claims.length - 1]!, tail: q.open });
        break;
      }
      if (tokens[j]!.kind !== 'word') break;
    }
  });

  // Continued quotations: "“…,” she said. “…”" — the next quotation right after an attributed one.
  quotations.forEach((q, n) => {
    if (attributedQuote.has(n) || n === 0) return;
    const prev = attributedQuote.get(n - 1);
    if (!prev) return;
    const gap = text.slice(tokens[prev.tail - 1]!.end, tokens[q.open]!.start);
    const runOn = quotations[n - 1]!.close < 0 && tokens[q.open]!.paraStart;
    // Or the same paragraph, after a short aside with no other speaker ("…,” said Caddell, speaking of X. “…”).
    let aside = !tokens[q.open]!.paraStart && gap.length <= 120 && !/["“”]/.test(gap);
    for (let i = prev.tail; aside && i < q.open; i++) if (isSpeech(i) || (index.mentionAt.get(i) && index.mentionAt.get(i)!.entity !== prev.claim.source.entity && index.mentionAt.get(i)!.entity.kind === 'person')) aside = false;
    const sameParagraph = !tokens[q.open]!.paraStart;
    if (runOn || (sameParagraph && /^[\s.,:;]*$/.test(gap)) || aside) {
      // One claim, interrupted by its attribution: the content runs from the first quotation to the last.
      const c = prev.claim;
      c.content = [c.content[0], q.end];
      attributedQuote.set(n, { claim: c, tail: q.close < 0 ? q.open + 1 : q.close + 1 });
    }
  });

  // Reported speech: "SOURCE CUE (that) CLAUSE" and "CLAUSE, SOURCE CUE." / "CLAUSE, CUE SOURCE."
  for (const s of sentences) {
    for (let v = s.first; v < s.end; v++) {
      if (!isSpeech(v) || usedCue.has(v)) continue;
      if (v > s.first && (lower(v - 1) === 'to' || NEGATION.has(lower(v - 1)))) continue;
      const source = sourceBefore(v, s.first);
      let k = v + 1;
      // The object of "tell": "told reporters", "told the BBC", "told Reuters in an interview".
      if (TELL.has(lemma(v))) {
        const object = sources.startingAt(k, s.end);
        if (object) k = object.last;
        else if (/^(?:reporters|journalists|lawmakers|parliament|congress|the)$/.test(lower(k))) k += lower(k) === 'the' ? 2 : 1;
        // The rest of a longer audience: "told police officials that …"
        for (let e = k; e < Math.min(s.end, k + 3); e++) {
          if (lower(e) === 'that') {
            k = e;
            break;
          }
          if (tokens[e]!.kind !== 'word') break;
        }
      }
      // Adverbials before the content: "on Tuesday", "last week", "in a statement", "to reporters".
      k = skipAdverbials(k, s.end);
      // "threatened to walk out", "declined to comment": an intention, not a claim.
      if (lower(k) === 'to') continue;
      if (source) {
        const that = lower(k) === 'that';
        if (that) k++;
        if (tokens[k]?.text === ',' && lower(k - 1) === 'that') k++;
        // Verbs that report speech only with a clause ("added that …", not "added a note",
        // "continues his praise", "urged voters to …"), and a clause that opens like one.
        const clauseOpens = that || (insideQuote[k] ?? -1) >= 0 || !NOT_CLAUSE_START.has(lower(k));
        const reports = clauseOpens && (that || !NEEDS_THAT.has(lemma(v)));
        const startsQuote = (insideQuote[k] ?? -1) >= 0 && tokens[k]!.kind === 'quote' && attributedQuote.has(insideQuote[k]!);
        if (reports && !startsQuote && k < s.end && tokens[k]!.kind !== 'punct') {
          const end = clauseEnd(k, s.end);
          const stop = end < s.end ? tokens[end]!.start : s.stop;
          const relay = end < s.end ? relayAt(end, s.end) : null;
          if (add(source, [v, v + 1], [tokens[k]!.start, stop], false, relay, 'reported-that')) continue;
        }
        // "CLAUSE, SOURCE CUE." — the source is right after a comma and the verb ends the clause.
        if (source.first > s.first && tokens[source.first - 1]!.text === ',' && endsClause(k, s.end)) {
          const comma = source.first - 1;
          // "The Kremlin said that …, Reuters reported.": a claim already in the clause is relayed.
          const inner = claims.find((c) => !c.direct && c.cue[0] >= s.first && c.cue[0] < comma && c.content[1] > tokens[comma]!.start);
          if (inner && !inner.relay) {
            inner.relay = source;
            inner.content = [inner.content[0], trimEnd(tokens[comma]!.start)];
            usedCue.add(v);
          } else if (comma > s.first && (insideQuote[comma - 1] ?? -1) < 0) add(source, [v, v + 1], [s.start, tokens[comma]!.start], false, null, 'reported-after');
        }
        continue;
      }
      // "CLAUSE, said Harald Brenn." (with the plain verbs of attribution only: ", denied reports" is no inversion)
      if (v > s.first && tokens[v - 1]!.text === ',' && (insideQuote[v - 2] ?? -1) < 0 && INVERTING.has(lemma(v))) {
        const inverted = sources.startingAt(v + 1, s.end);
        if (inverted && inverted.sourceType !== 'document') add(inverted, [v, v + 1], [s.start, tokens[v - 1]!.start], false, null, 'reported-inverted');
      }
    }
  }

  // Participles: "…, saying (that) CLAUSE", "…, adding that CLAUSE": the sentence's subject says it.
  for (const s of sentences) {
    for (let v = s.first + 2; v < s.end - 1; v++) {
      if (tokens[v - 1]!.text !== ',' || !/^(?:saying|adding|insisting|arguing|warning|noting|explaining|stressing|claiming|declaring|writing)$/.test(lower(v)) || usedCue.has(v) || (insideQuote[v] ?? -1) >= 0) continue;
      const claim = claims.find((c) => c.cue[0] >= s.first && c.cue[0] < v && !c.direct);
      let source = claim?.source ?? null;
      if (!source) {
        // The subject: a source opening the sentence (past "Meanwhile,"), up to the first verb.
        for (let i = s.first; i < Math.min(v, s.first + 4) && !source; i++) {
          const m = index.mentionAt.get(i);
          if (m) source = sources.startingAt(m.outer, v);
          else if (/^(?:he|she|it)$/.test(lower(i))) source = sources.startingAt(i, v);
        }
      }
      if (!source) continue;
      let k = v + 1;
      if (lower(k) === 'that') k++;
      // "…, saying, “She's trigger-happy.”": the quotation is what was said.
      const q = tokens[k]?.text === ',' ? insideQuote[k + 1] ?? -1 : -1;
      if (q >= 0 && !attributedQuote.has(q) && tokens[k + 1]!.kind === 'quote') {
        const quotation = quotations[q]!;
        if (add(source, [v, v + 1], [quotation.start, quotation.end], true, null, 'participle-quote')) attributedQuote.set(q, { claim: claims[claims.length - 1]!, tail: quotation.last + 1 });
        continue;
      }
      if (k >= s.end || tokens[k]!.kind === 'punct') continue;
      const quoted = (insideQuote[k] ?? -1) >= 0 && attributedQuote.has(insideQuote[k]!);
      if (quoted) continue;
      const end = clauseEnd(k, s.end);
      add(source, [v, v + 1], [tokens[k]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'participle');
    }
  }

  // "according to SOURCE"
  for (const s of sentences) {
    for (let i = s.first; i < s.end - 2; i++) {
      if (!seq(i, ['according', 'to']) || usedCue.has(i) || (insideQuote[i] ?? -1) >= 0) continue;
      const source = sources.startingAt(i + 2, s.end);
      if (!source) continue;
      // A claim this sentence already reports ("an official confirmed the report according to Reuters") is relayed, not sourced.
      const carried = claims.find((c) => !c.direct && c.cue[0] >= s.first && c.cue[0] < i && !c.relay);
      if (carried) {
        carried.relay = source;
        usedCue.add(i);
        continue;
      }
      const cue: [number, number] = [i, i + 2];
      if (i === s.first || (i === s.first + 1 && tokens[s.first]!.kind === 'quote')) {
        // "According to the ministry, CLAUSE."
        let k = source.last;
        if (tokens[k]?.text === ',') k++;
        if (k < s.end) add(source, cue, [tokens[k]!.start, s.stop], false, null, 'according-front');
      } else {
        const before = tokens[i - 1]!.text === ',' ? i - 1 : i;
        add(source, cue, [s.start, tokens[before]!.start], false, null, 'according-end');
      }
    }
  }

  // Nominal cues: "claims made by the US and Ukraine that CLAUSE", "the ministry's denial that CLAUSE".
  for (const s of sentences) {
    for (let i = s.first; i < s.end; i++) {
      if (!lex.nominalCues.has(lower(i)) || usedCue.has(i) || (insideQuote[i] ?? -1) >= 0) continue;
      let source: Source | null = null;
      let k = i + 1;
      if (NOMINAL_BY.has(lower(k)) && lower(k + 1) === 'by') k += 2;
      else if (lower(k) === 'by') k += 1;
      else k = -1;
      if (k > 0) {
        source = sources.startingAt(k, s.end);
        k = source ? source.last : -1;
      } else if (tokens[i - 1]?.kind === 'poss') {
        source = sources.endingAt(i - 2, s.first);
        k = i + 1;
      }
      if (!source || k < 0 || lower(k) !== 'that') continue;
      const end = clauseEnd(k + 1, s.end);
      add(source, [i, i + 1], [tokens[k + 1]!.start, end < s.end ? tokens[end]!.start : s.stop], false, null, 'nominal');
    }
  }

  return claims.sort((a, b) => a.content[0] - b.content[0]);

  /** Past ", 82," or ", a former aide," after a source, to its verb. */
  function skipAppositive(k: number, stop: number): number {
    // "Foreign Minister Elena Marsh of Estmere told reporters", "Mike Pence of Indiana said"
    if (lower(k) === 'of' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
      let e = k + 1;
      while (e < stop && e - k <= 4 && tokens[e]!.kind === 'word' && /^\p{Lu}/u.test(tokens[e]!.text)) e++;
      return isSpeech(e) ? e : k;
    }
    // "Rep. Gwen Moore (D-Wis.) said"
    if (tokens[k]?.text === '(') {
      for (let e = k + 1; e < stop && e - k <= 8; e++) if (tokens[e]!.text === ')') return skipAppositive(e + 1, stop);
      return k;
    }
    if (tokens[k]?.text !== ',') return k;
    for (let e = k + 1; e < stop && e - k <= 14; e++) {
      if (isSpeech(e) || tokens[e]!.kind === 'quote') return k;
      if (tokens[e]!.text === ',') return e + 1;
    }
    return k;
  }

  function skipAdverbials(k: number, stop: number): number {
    for (let guard = 0; guard < 3 && k < stop; guard++) {
      const w = lower(k);
      // "to" only before an audience ("to reporters", "to the BBC"); "to walk out" is an infinitive.
      if (w === 'to' && !/^(?:reporters|journalists|lawmakers|parliament|congress|the|a|an|his|her|their)$/.test(lower(k + 1)) && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) break;
      // A bare day: "said Wednesday (night) that"
      if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w)) {
        k += /^(?:morning|afternoon|evening|night)$/.test(lower(k + 1)) ? 2 : 1;
        continue;
      }
      if (/^(?:on|last|this|in|at|to|during|earlier|late|later|overnight|yesterday|today|tonight|via|by|over|through)$/.test(w)) {
        // "in a statement", "on Tuesday", "last week", "to reporters", "in an interview with Reuters"
        let e = k + 1;
        while (e < stop && e - k <= 5 && tokens[e]!.kind === 'word' && lower(e) !== 'that' && !(lower(e) === 'the' && e > k + 1)) {
          const next = lower(e);
          e++;
          if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|statement|interview|reporters|journalists|night|morning|evening|afternoon|weekend|conference|briefing|post|tweet|email|speech|letter)$/.test(next)) break;
        }
        if (lower(e - 1) === 'with' || lower(e) === 'with') break;
        if (e === k + 1 && !/^(?:yesterday|today|tonight|earlier|later|overnight)$/.test(w)) break;
        k = e;
        continue;
      }
      break;
    }
    return k;
  }

  /** Nothing but adverbials and the full stop after the verb: "…, a source said on Monday." */
  function endsClause(k: number, stop: number): boolean {
    return k >= stop || tokens[k]!.kind === 'punct' && /[.!?]/.test(tokens[k]!.text) || tokens[k]!.text === ',' && seq(k + 1, ['according', 'to']);
  }
}
