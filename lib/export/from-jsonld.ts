/**
 * Saved articles back from Sourcelight's Web Annotation export (jsonld.ts). The text is not in it,
 * so the articles come back with text '' and their annotations stand on their selectors (quote,
 * context and position); merging into a library that has the article keeps its text. Positions in
 * the file count code points (the model's characters); with no text to convert them in, an imported
 * annotation starts at its code point, and merge.ts places it again by its quote. Wrappers are
 * read leniently (another tool may add a `creator`), Sourcelight's own data strictly; a Web
 * Annotation without Sourcelight's body is refused, since what it says would have nowhere to go.
 */
import { z } from 'zod';
import type { SavedAnnotation, SavedArticle } from '../library/types';
import { codePointLength } from './code-points';
import {
  annotationIdSchema,
  articleMetaSchema,
  attributionDataSchema,
  LIMITS,
  offset,
  savedArticleSchema,
  urlSchema,
  validate,
  verdictSchema,
  type Parsed,
} from './schema';

const ANNO_CONTEXT = /^https?:\/\/www\.w3\.org\/ns\/anno\.jsonld$/;

const timestamp = z.iso.datetime();
const textualBody = z.object({ type: z.literal('TextualBody'), purpose: z.enum(['classifying', 'commenting', 'tagging']), value: z.string().max(LIMITS.note) });
const sourcelightBody = z.object({
  // Derived from the annotation's id on export (jsonld.ts), so not kept: an annotation server may give
  // bodies ids of its own, and exports before the body had one have none.
  id: z.string().max(LIMITS.url).optional(),
  type: z.enum(['sourcelight:Attribution', 'sourcelight:Highlight']),
  'sourcelight:verdict': verdictSchema,
  'sourcelight:machine': attributionDataSchema.nullable().optional(),
  'sourcelight:correction': attributionDataSchema.nullable().optional(),
});
const quoteSelector = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().max(LIMITS.text), prefix: z.string().max(LIMITS.context).optional(), suffix: z.string().max(LIMITS.context).optional() });
const positionSelector = z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset });

const annotationSchema = z.object({
  id: annotationIdSchema,
  type: z.literal('Annotation'),
  created: timestamp,
  modified: timestamp,
  body: z.array(z.discriminatedUnion('type', [textualBody, sourcelightBody])).max(LIMITS.tags + 3),
  target: z.object({ source: urlSchema, selector: z.array(z.discriminatedUnion('type', [quoteSelector, positionSelector])).max(2) }),
});

const collectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  'sourcelight:articles': z.array(z.unknown()).optional(),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }),
});

/** Is this a Web Annotation document (its @context names the model's)? */
export function isWebAnnotationDocument(doc: unknown): boolean {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return false;
  const context = (doc as Record<string, unknown>)['@context'];
  return (Array.isArray(context) ? context : [context]).some((c) => typeof c === 'string' && ANNO_CONTEXT.test(c));
}

type AnnotationLd = z.infer<typeof annotationSchema>;

function savedAnnotationOf(item: AnnotationLd): Parsed<{ url: string; annotation: SavedAnnotation }> {
  const sourcelight = item.body.flatMap((b) => (b.type === 'TextualBody' ? [] : [b]));
  const notes = item.body.flatMap((b) => (b.type === 'TextualBody' && b.purpose === 'commenting' ? [b.value] : []));
  const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
  if (sourcelight.length !== 1) return { ok: false, error: `has ${sourcelight.length || 'no'} Sourcelight bodies, where an export has one (is it another tool’s annotation?)` };
  if (notes.length > 1) return { ok: false, error: 'has more than one note' };
  if (!quote || !position) return { ok: false, error: 'needs both a TextQuoteSelector and a TextPositionSelector' };
  const body = sourcelight[0]!;
  // The model counts code points; the library counts UTF-16 units. With no text to count in, the start
  // stays the code point it is (merge.ts places it again by its quote in the library's text) and the
  // end is the start plus the quote's length in UTF-16 units, as the library's schema requires.
  if (position.end - position.start !== codePointLength(quote.exact)) {
    return { ok: false, error: `its quote is ${codePointLength(quote.exact)} characters long, but its TextPositionSelector spans ${position.end - position.start}` };
  }
  return {
    ok: true,
    value: {
      url: item.target.source,
      annotation: {
        id: item.id,
        type: body.type === 'sourcelight:Attribution' ? 'attribution' : 'highlight',
        selector: { position: { start: position.start, end: position.start + quote.exact.length }, quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' } },
        machine: body['sourcelight:machine'] ?? null,
        correction: body['sourcelight:correction'] ?? null,
        verdict: body['sourcelight:verdict'],
        note: notes[0] ?? '',
        tags: item.body.flatMap((b) => (b.type === 'TextualBody' && b.purpose === 'tagging' ? [b.value] : [])),
        created: item.created,
        modified: item.modified,
      },
    },
  };
}

/** The saved articles of a Sourcelight Web Annotation collection, each validated as an import is. */
export function fromWebAnnotations(doc: unknown): Parsed<SavedArticle[]> {
  const collection = validate(collectionSchema, doc);
  if (!collection.ok) return { ok: false, error: `not a Sourcelight Web Annotation collection: ${collection.error}` };
  const articles = new Map<string, SavedArticle>();
  for (const [i, raw] of (collection.value['sourcelight:articles'] ?? []).entries()) {
    const meta = validate(articleMetaSchema, raw);
    if (!meta.ok) return { ok: false, error: `article ${i + 1}: ${meta.error}` };
    if (articles.has(meta.value.url)) return { ok: false, error: `article ${i + 1}: ${meta.value.url} is listed twice` };
    articles.set(meta.value.url, { ...meta.value, text: '', annotations: [] });
  }
  const seen = new Map<string, number>();
  const unlisted = new Set<SavedArticle>();
  for (const [i, raw] of collection.value.first.items.entries()) {
    const id = (raw as { id?: unknown } | null)?.id;
    const where = `annotation ${i + 1}${typeof id === 'string' ? ` (${id.slice(0, 60)})` : ''}`;
    const item = validate(annotationSchema, raw);
    if (!item.ok) return { ok: false, error: `${where}: ${item.error}` };
    const saved = savedAnnotationOf(item.value);
    if (!saved.ok) return { ok: false, error: `${where}: ${saved.error}` };
    const { url, annotation } = saved.value;
    const had = seen.get(annotation.id);
    if (had !== undefined) return { ok: false, error: `${where}: repeats the id of annotation ${had + 1}` };
    seen.set(annotation.id, i);
    let article = articles.get(url);
    if (!article) {
      // Not listed with its metadata (a hand-made or trimmed file): what the annotations say of it.
      article = { url, title: null, byline: null, outlet: '', outletName: null, publishedAt: null, language: null, text: '', entities: [], annotations: [], tags: [], savedAt: annotation.created, updatedAt: annotation.modified };
      articles.set(url, article);
      unlisted.add(article);
    }
    article.annotations.push(annotation);
    if (unlisted.has(article)) {
      if (Date.parse(annotation.created) < Date.parse(article.savedAt)) article.savedAt = annotation.created;
      if (Date.parse(annotation.modified) > Date.parse(article.updatedAt)) article.updatedAt = annotation.modified;
    }
  }
  const out: SavedArticle[] = [];
  for (const article of articles.values()) {
    const checked = validate(savedArticleSchema, article);
    if (!checked.ok) return { ok: false, error: `${article.url}: ${checked.error}` };
    out.push(checked.value);
  }
  return { ok: true, value: out };
}
