/**
 * A speaker's name as a label before a colon, with no verb of saying:
 *
 *   headline    "Sanders: Clinton needs to 'get away from all of this personality stuff'",
 *               "Poll: Clinton and Trump in dead heat" (news headlines' shorthand for "X says")
 *   transcript  "PENCE: Well, look, …" / "WALLACE: Let’s start with …" (a turn of an interview
 *               or debate printed as a transcript: the label in capitals, the turn its paragraph)
 *
 * The colon is the cue (as PolNeAR marks it). Only at the head of a paragraph, and only where the
 * label is the whole source: a name the entity rules know, or in a transcript a surname in
 * capitals of a person the article names; a label that is a rubric ("The Latest:", "BREAKING:",
 * "Editor’s note:", "UPDATE:") names nobody and is left alone.
 */
import type { Source } from '../sources';
import type { ClaimSet } from './claims';
import { isCapitalised } from '../words';

// Words of a headline's label that stand for a document: "Poll: …", "Report: …", "Survey: …".
const DOCUMENT_LABELS = new Set(['poll', 'report', 'survey', 'study']);

export function findSpeakerLabels(set: ClaimSet): void {
  const { ctx } = set;
  const { tokens, sentences } = ctx;
  // The article's labels in capitals, read once (on the first colon that could be a transcript's).
  let labels: TranscriptLabels | undefined;
  const labelsOf = () => (labels ??= transcriptLabels(set));
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (!tokens[sentence.first]!.paraStart && sentence.first > 0) continue;
    // A transcript's turn may open with a quotation mark ("WALLACE: … where the transcript is quoted).
    let a = sentence.first;
    if (tokens[a]!.kind === 'quote') a++;
    let colon = a;
    while (
      colon < sentence.end &&
      colon - a < 6 &&
      tokens[colon]!.text !== ':' &&
      (tokens[colon]!.kind === 'word' || tokens[colon]!.kind === 'poss' || tokens[colon]!.text === '.')
    )
      colon++;
    if (colon === a || tokens[colon]?.text !== ':' || colon + 1 >= sentence.end) continue;
    const headline = sentence.paragraph === 0;
    const source = headline ? headlineSource(set, a, colon) : transcriptSource(set, a, colon, labelsOf);
    if (!source) continue;
    // The turn or the headline runs to the end of its paragraph.
    let last = s;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === sentence.paragraph) last++;
    const start = tokens[colon + 1]!.start;
    const stop = sentences[last]!.stop;
    // "Ted Cruz: Constitutional conservative or another typical career politician?": a question asked of him.
    if (headline && ctx.text.slice(start, stop).trimEnd().endsWith('?')) continue;
    set.add(source, [colon, colon + 1], [start, stop], !headline, null, headline ? 'label-headline' : 'label-transcript');
  }
}

/** The label of a headline: a source the rules name that fills it ("Bernie Sanders", "NY Post"), or "Poll". */
function headlineSource(set: ClaimSet, a: number, colon: number): Source | null {
  const { ctx } = set;
  if (colon === a + 1 && DOCUMENT_LABELS.has(ctx.lower(a)) && isCapitalised(ctx.tokens[a]!.text)) {
    return { first: a, last: colon, sourceType: 'document', entity: null, generic: null };
  }
  const source = set.sources.startingAt(a, colon);
  if (!source || source.first !== a || source.last !== colon || !source.entity || source.entity.kind === 'place') return null;
  return source;
}

/**
 * A transcript's label: "PENCE", "JAKE TAPPER" (capitals: a person the article names, or in a
 * transcript a full name or a label that speaks more than once, where "VIDEO:" does not), or a person's name as written ("Chris Matthews")
 * before a turn of a few words at least ("Sanders: Win in a walk." is a list, not a transcript).
 */
function transcriptSource(set: ClaimSet, a: number, colon: number, labelsOf: () => TranscriptLabels): Source | null {
  const { ctx, index } = set;
  const { tokens } = ctx;
  if (isCapsLabel(set, a, colon)) {
    const person = personBySurname(set, ctx.lower(colon - 1));
    if (person || (labelsOf().transcript && (colon - a > 1 || (labelsOf().counts.get(ctx.lower(a)) ?? 0) > 1)))
      return { first: a, last: colon, sourceType: 'named-person', entity: person, generic: null };
    return null;
  }
  const m = index.mentionAt.get(a);
  if (!m || m.first !== a || m.last !== colon || m.entity.kind !== 'person') return null;
  const paragraph = ctx.sentenceOf(a).paragraph;
  let words = 0;
  for (let k = colon + 1; k < tokens.length && ctx.sentenceOf(k).paragraph === paragraph && words < TURN_WORDS; k++)
    if (tokens[k]!.kind === 'word') words++;
  return words >= TURN_WORDS ? { first: a, last: colon, sourceType: 'named-person', entity: m.entity, generic: null } : null;
}

// The fewest words of a turn whose label is a name as written.
const TURN_WORDS = 6;

/** One to three words in capitals before the colon: "PENCE", "JAKE TAPPER". */
function isCapsLabel(set: ClaimSet, a: number, colon: number): boolean {
  const label = set.ctx.tokens.slice(a, colon);
  return (
    label.length <= 3 &&
    label.every((t) => t.kind === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text))
  );
}

/** The person the article names with this surname, in any case ("pence" for Mike Pence). */
function personBySurname(set: ClaimSet, surname: string) {
  return set.index.entities.find((e) => e.kind === 'person' && e.name.toLowerCase().split(/\s+/).pop() === surname) ?? null;
}

interface TranscriptLabels {
  /** The labels in capitals that open paragraphs (lower case, their last word alone too), with how often each does. */
  counts: Map<string, number>;
  /** One of them is the surname of a person of the article: the article holds a transcript. */
  transcript: boolean;
}

function transcriptLabels(set: ClaimSet): TranscriptLabels {
  const counts = capsLabels(set);
  const transcript = [...counts.keys()].some((label) => !label.includes(' ') && !!personBySurname(set, label));
  return { counts, transcript };
}

/** The labels in capitals that open paragraphs (lower case, their last word alone too), with how often each does. */
function capsLabels(set: ClaimSet): Map<string, number> {
  const { tokens } = set.ctx;
  const found = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.paraStart) continue;
    const a = tokens[i]!.kind === 'quote' ? i + 1 : i;
    let colon = a;
    while (colon < a + 3 && tokens[colon]?.kind === 'word') colon++;
    if (tokens[colon]?.text !== ':' || colon === a || !isCapsLabel(set, a, colon)) continue;
    for (const label of new Set([set.ctx.slice(a, colon).toLowerCase(), set.ctx.lower(colon - 1)]))
      found.set(label, (found.get(label) ?? 0) + 1);
  }
  return found;
}
