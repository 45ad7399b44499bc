/**
 * Saved articles back from Sourcelight's Web Annotation export (jsonld.ts). The text is not in it,
 * so the articles come back with text '' and their annotations stand on their selectors (quote,
 * context and position); merging into a library that has the article keeps its text. Positions in
 * the file count code points (the model's characters); with no text to convert them in, an imported
 * annotation starts at its code point, and merge.ts places it again by its quote. Wrappers are
 * read leniently (another tool may add a `creator`), Sourcelight's own data strictly; a Web
 * Annotation without Sourcelight's body is refused, since what it says would have nowhere to go.
 */
import * as z from 'zod/mini';
import type { SavedAnnotation, SavedArticle } from '../library/types';
import { codePointLength } from './code-points';
import { nameAnnotation, type ImportRead } from './import-report';
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
const textualBody = z.object({
  type: z.literal('TextualBody'),
  purpose: z.enum(['classifying', 'commenting', 'tagging']),
  value: z.string().check(z.maxLength(LIMITS.note)),
});
const sourcelightBody = z.object({
  // Derived from the annotation's id on export (jsonld.ts), so not kept: an annotation server may give
  // bodies ids of its own, and exports before the body had one have none.
  id: z.optional(z.string().check(z.maxLength(LIMITS.url))),
  type: z.enum(['sourcelight:Attribution', 'sourcelight:Highlight']),
  'sourcelight:verdict': verdictSchema,
  'sourcelight:machine': z.optional(z.nullable(attributionDataSchema)),
  'sourcelight:correction': z.optional(z.nullable(attributionDataSchema)),
});
const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.maxLength(LIMITS.text)),
  prefix: z.optional(z.string().check(z.maxLength(LIMITS.context))),
  suffix: z.optional(z.string().check(z.maxLength(LIMITS.context))),
});
const positionSelector = z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset });

const annotationSchema = z.object({
  id: annotationIdSchema,
  type: z.literal('Annotation'),
  created: timestamp,
  modified: timestamp,
  body: z.array(z.discriminatedUnion('type', [textualBody, sourcelightBody])).check(z.maxLength(LIMITS.tags + 3)),
  target: z.object({
    source: urlSchema,
    selector: z.array(z.discriminatedUnion('type', [quoteSelector, positionSelector])).check(z.maxLength(2)),
  }),
});

const collectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  'sourcelight:articles': z.optional(z.array(z.unknown())),
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
  if (sourcelight.length !== 1)
    return {
      ok: false,
      error: `has ${sourcelight.length || 'no'} Sourcelight bodies, where an export has one (is it another tool’s annotation?)`,
    };
  if (notes.length > 1) return { ok: false, error: 'has more than one note' };
  if (!quote || !position) return { ok: false, error: 'needs both a TextQuoteSelector and a TextPositionSelector' };
  const body = sourcelight[0]!;
  // The model counts code points; the library counts UTF-16 units. With no text to count in, the start
  // stays the code point it is (merge.ts places it again by its quote in the library's text) and the
  // end is the start plus the quote's length in UTF-16 units, as the library's schema requires.
  if (position.end - position.start !== codePointLength(quote.exact)) {
    return {
      ok: false,
      error: `its quote is ${codePointLength(quote.exact)} characters long, but its TextPositionSelector spans ${position.end - position.start}`,
    };
  }
  return {
    ok: true,
    value: {
      url: item.target.source,
      annotation: {
        id: item.id,
        type: body.type === 'sourcelight:Attribution' ? 'attribution' : 'highlight',
        selector: {
          position: { start: position.start, end: position.start + quote.exact.length },
          quote: { exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
        },
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

/** A refused article's line in `rejected`, and how many of its annotations were left out with it. */
interface Refused {
  line: number;
  annotations: number;
}

/**
 * The saved articles of a Sourcelight Web Annotation collection, each validated as an import is.
 * Only a document that is not such a collection fails; within it the unit is the annotation (the
 * items are independent records): a bad annotation is left out and listed, the rest of its article
 * taken. An article whose own metadata is bad is left out with its annotations, since taking them
 * under an article without its title and dates would overwrite the library's on merging.
 */
export function fromWebAnnotations(doc: unknown): Parsed<ImportRead> {
  const collection = validate(collectionSchema, doc);
  if (!collection.ok) return { ok: false, error: `not a Sourcelight Web Annotation collection: ${collection.error}` };
  const read: ImportRead = { articles: [], rejected: [], notes: [] };
  const articles = new Map<string, SavedArticle>();
  const refused = new Map<string, Refused>();
  const refuse = (url: unknown, why: string) => {
    if (typeof url === 'string' && !refused.has(url)) refused.set(url, { line: read.rejected.length, annotations: 0 });
    read.rejected.push(why);
  };
  for (const [i, raw] of (collection.value['sourcelight:articles'] ?? []).entries()) {
    const url = (raw as { url?: unknown } | null)?.url;
    const where = `article ${i + 1}${typeof url === 'string' ? ` (${url.slice(0, 200)})` : ''}`;
    const meta = validate(articleMetaSchema, raw);
    if (!meta.ok) refuse(url, `${where}: ${meta.error}`);
    else if (articles.has(meta.value.url) || refused.has(meta.value.url))
      read.rejected.push(`${where}: is listed twice; the first is kept`);
    else articles.set(meta.value.url, { ...meta.value, text: '', annotations: [] });
  }
  const seen = new Map<string, number>();
  const unlisted = new Set<SavedArticle>();
  for (const [i, raw] of collection.value.first.items.entries()) {
    const where = nameAnnotation(i, (raw as { id?: unknown } | null)?.id);
    const item = validate(annotationSchema, raw);
    const saved = item.ok ? savedAnnotationOf(item.value) : item;
    if (!saved.ok) {
      read.rejected.push(`${where}: ${saved.error}`);
      continue;
    }
    const { url, annotation } = saved.value;
    const had = seen.get(annotation.id);
    if (had !== undefined) {
      read.rejected.push(`${where}: repeats the id of annotation ${had + 1}; the first is kept`);
      continue;
    }
    seen.set(annotation.id, i);
    const gone = refused.get(url);
    if (gone) {
      gone.annotations++;
      continue;
    }
    let article = articles.get(url);
    if (!article) {
      // Not listed with its metadata (a hand-made or trimmed file): what the annotations say of it.
      article = {
        url,
        title: null,
        byline: null,
        outlet: '',
        outletName: null,
        publishedAt: null,
        language: null,
        text: '',
        entities: [],
        annotations: [],
        tags: [],
        savedAt: annotation.created,
        updatedAt: annotation.modified,
      };
      articles.set(url, article);
      unlisted.add(article);
    }
    article.annotations.push(annotation);
    if (unlisted.has(article)) {
      if (Date.parse(annotation.created) < Date.parse(article.savedAt)) article.savedAt = annotation.created;
      if (Date.parse(annotation.modified) > Date.parse(article.updatedAt)) article.updatedAt = annotation.modified;
    }
  }
  for (const article of articles.values()) {
    const checked = validate(savedArticleSchema, article);
    if (checked.ok) read.articles.push(checked.value);
    else
      read.rejected.push(
        `${article.url}: ${checked.error}; the article and its ${article.annotations.length} annotations were not imported`,
      );
  }
  for (const { line, annotations } of refused.values()) {
    if (annotations) read.rejected[line] += `; its ${annotations} annotation${annotations === 1 ? ' was' : 's were'} not imported either`;
  }
  return { ok: true, value: read };
}
