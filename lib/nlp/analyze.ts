/** The one entry of lib/nlp: article text in, entities and attributions out. Pure: no DOM, no I/O. */
import { chooseLanguage } from './language';
import { findClaims } from './attribution';
import { Context } from './context';
import { findEntities, type EntityRecord } from './entities';
import { entityConfidence } from './entity-confidence';
import { DEFAULT_THRESHOLD, judgeClaims, storedModel } from './judge/judge';
import { getLexicon } from './lexicon';
import { findQuotations, quotationIndex } from './quotes';
import { SourceFinder, type Source } from './sources';
import { rolesFromDescriptions } from './sources/described-roles';
import { tokenize, type Token } from './tokenize';
import { appendTo } from './multimap';
import type { Analysis, AnalyzeOptions, Attribution, Entity, Span } from './types';

/** The languages the rules are written for. */
const SUPPORTED = new Set(['en']);

export function isSupportedLanguage(language: string | null): boolean {
  // Text too short to tell is read as English: that is what the rules are for.
  return !language || SUPPORTED.has(language.toLowerCase().split(/[-_]/)[0]!);
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const language = options.languageChecked ? (options.language ?? null) : chooseLanguage(options.language ?? null, text);
  if (!isSupportedLanguage(language)) return { language, supported: false, entities: [], attributions: [], candidates: [] };
  if (!text.trim()) return { language, supported: true, entities: [], attributions: [], candidates: [] };

  const lex = getLexicon();
  const doc = tokenize(text, (word) => lex.abbreviations.has(word.toLowerCase()));
  const ctx = new Context(doc, lex);
  const index = findEntities(ctx);
  const quotations = findQuotations(doc);
  const quoteAt = quotationIndex(doc.tokens.length, quotations);
  const sources = new SourceFinder(ctx, index, quoteAt);
  const claims = findClaims(ctx, sources, quotations, index, quoteAt);

  const spanOf = (tokens: Token[], first: number, last: number): Span => {
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    return { start, end, text: text.slice(start, end) };
  };
  const charSpan = (start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

  // Unnamed sources ("a senior Ukrainian official", "Russian media") become entities of their own.
  const generic = new Map<string, Entity>();
  const speakerOf = (s: Source): string | null => {
    if (s.entity) return s.entity.name;
    if (!s.generic) return null;
    const key = `${s.generic.kind}:${s.generic.name.toLowerCase()}`;
    let e = generic.get(key);
    if (!e) {
      e = { name: s.generic.name, kind: s.generic.kind, role: null, official: false, mentions: [] };
      generic.set(key, e);
    }
    const span = spanOf(doc.tokens, s.first, s.last);
    if (!e.mentions.some((m) => m.start === span.start)) e.mentions.push(span);
    return e.name;
  };

  // The judge (lib/nlp/judge): every candidate gets a confidence; those under the threshold are
  // kept apart as candidates, and only shown claims make their unnamed sources entities.
  const judged = judgeClaims(
    { doc, lex, index, quotations, claims, syntax: ctx.syntax },
    options.judge === false ? null : (storedModel()?.model ?? null),
    options.onCandidate !== undefined,
  );
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const attributions: Attribution[] = [];
  const candidates: Attribution[] = [];
  // The confidences of the shown claims by speaker's name, in the claims' order, each claim once.
  const claimsBy = new Map<string, number[]>();
  for (let k = 0; k < judged.length; k++) {
    const { claim: c, confidence, features } = judged[k]!;
    const shown = confidence >= threshold;
    const speaker = shown ? speakerOf(c.source) : nameOf(c.source);
    const relaySpeaker = c.relay && (shown ? speakerOf(c.relay) : nameOf(c.relay));
    const a: Attribution = {
      source: spanOf(doc.tokens, c.source.first, c.source.last),
      speaker,
      sourceType: c.source.sourceType,
      cue: spanOf(doc.tokens, c.cue[0], c.cue[1]),
      content: charSpan(c.content[0], c.content[1]),
      direct: c.direct,
      relay: c.relay
        ? { source: spanOf(doc.tokens, c.relay.first, c.relay.last), speaker: relaySpeaker, sourceType: c.relay.sourceType }
        : null,
      confidence,
    };
    if (shown) {
      attributions.push(a);
      said(claimsBy, speaker, confidence);
      if (relaySpeaker !== speaker) said(claimsBy, relaySpeaker, confidence);
    } else candidates.push(a);
    options.onCandidate?.(a, features);
  }

  // An unnamed source is as sure as the best claim it makes.
  for (const e of generic.values()) e.confidence = entityConfidence(e.kind, e.name, null, claimsBy.get(e.name));
  // Roles the speaking descriptions state ("Iraq's defense minister said").
  const described = rolesFromDescriptions(
    ctx,
    index,
    judged.filter((j) => j.confidence >= threshold).map((j) => j.claim.source),
  );
  const entities: Entity[] = [...index.entities.map((e) => toEntity(e, described.get(e))), ...generic.values()].sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  return { language, supported: true, entities, attributions, candidates };
}

function said(claimsBy: Map<string, number[]>, name: string | null, confidence: number): void {
  if (name !== null) appendTo(claimsBy, name, confidence);
}

/** A source's name as a candidate under the threshold shows it: no unnamed entity is made of it. */
function nameOf(s: Source): string | null {
  return s.entity?.name ?? s.generic?.name ?? null;
}

function toEntity(e: EntityRecord, described?: string): Entity {
  const role = described ?? e.role;
  return {
    name: e.name,
    kind: e.kind,
    role,
    official: e.official,
    mentions: e.mentions.map(({ start, end, text }) => ({ start, end, text })),
    confidence: entityConfidence(e.kind, e.name, role),
  };
}
