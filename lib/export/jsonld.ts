/**
 * Saved articles as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/),
 * for annotation tools and triple stores. The article text is left out: it is the publisher's, and
 * each annotation carries its quote with its context; JSON Lines is the lossless format.
 */
import type { SavedAnnotation, SavedArticle } from '../library/types';
import { codePointLength, wholeContext } from './code-points';
import { orderedArticle, orderedData } from './field-order';
import { uuidV5 } from './uuid-v5';

/**
 * Sourcelight's own terms. A placeholder IRI under the reserved `.example` domain (RFC 6761) until
 * the project has a home: it names the terms, nothing is ever fetched from it.
 */
export const SOURCELIGHT_NS = 'https://sourcelight.example/ns#';

/**
 * The model's context first (the spec requires it, and as the first value), then ours: the machine's
 * and the researcher's data, and the articles' metadata, are JSON literals (JSON-LD 1.1 `@json`),
 * so their keys ("source", "content") are never read as Web Annotation terms of the same name.
 */
export const JSONLD_CONTEXT = [
  'http://www.w3.org/ns/anno.jsonld',
  {
    '@version': 1.1,
    sourcelight: SOURCELIGHT_NS,
    'sourcelight:machine': { '@type': '@json' },
    'sourcelight:correction': { '@type': '@json' },
    'sourcelight:articles': { '@type': '@json' },
  },
];

export type Motivation = 'classifying' | 'commenting' | 'highlighting';

/** An attribution classifies its passage (as a claim, by source type); a highlight comments on it when it has a note. */
export function motivationOf(a: SavedAnnotation): Motivation {
  if (a.type === 'attribution') return 'classifying';
  return a.note ? 'commenting' : 'highlighting';
}

/**
 * The id of an annotation's Sourcelight body. The model requires every body to be recognisable as a
 * resource (3.2: an `id`, `value`, `source` or `items`), and ours has none of the others; a name-based
 * UUID of the annotation's id makes it the same on every export, so export → import → export is stable.
 */
export function sourcelightBodyId(annotationId: string): string {
  return `urn:uuid:${uuidV5(`${annotationId}#sourcelight-body`)}`;
}

function bodiesOf(a: SavedAnnotation): object[] {
  const bodies: object[] = [];
  // A rejected claim is no classification of the passage: its source type stays in the machine's data only.
  const data = a.verdict === 'rejected' ? null : (a.correction ?? a.machine);
  if (a.type === 'attribution' && data) bodies.push({ type: 'TextualBody', purpose: 'classifying', value: data.sourceType });
  // text/plain: notes are shown as text by whoever reads them, never as HTML.
  if (a.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: a.note });
  for (const tag of a.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (a.type === 'attribution') {
    bodies.push({
      id: sourcelightBodyId(a.id),
      type: 'sourcelight:Attribution',
      'sourcelight:verdict': a.verdict,
      'sourcelight:machine': a.machine && orderedData(a.machine),
      'sourcelight:correction': a.correction && orderedData(a.correction),
    });
  } else {
    bodies.push({ id: sourcelightBodyId(a.id), type: 'sourcelight:Highlight', 'sourcelight:verdict': a.verdict });
  }
  return bodies;
}

/**
 * The TextPositionSelector in code points. An article with its text converts exactly; one imported
 * from JSON-LD has no text, and its positions are the code points it was imported with (from-jsonld.ts),
 * so that export → import → export gives the same file.
 */
function codePointPosition(text: string, a: SavedAnnotation): { start: number; end: number } {
  const { position, quote } = a.selector;
  const start = text ? codePointLength(text.slice(0, position.start)) : position.start;
  return { start, end: start + codePointLength(quote.exact) };
}

function annotationLd(url: string, text: string, a: SavedAnnotation): object {
  const { quote } = a.selector;
  const position = codePointPosition(text, a);
  const { prefix, suffix } = wholeContext(quote.prefix, quote.suffix);
  return {
    id: a.id,
    type: 'Annotation',
    motivation: motivationOf(a),
    created: a.created,
    modified: a.modified,
    body: bodiesOf(a),
    target: {
      source: url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix, suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/** What JSON-LD carries of an article besides its annotations: all but the text, in the one order of fields. */
function metaOf(article: SavedArticle): object {
  const { text: _text, annotations: _annotations, ...meta } = orderedArticle(article);
  return meta;
}

/**
 * One AnnotationCollection with its one page embedded, as the model's Example 40 ("Annotation
 * Collection with Embedded Page"): @context once at the top, not repeated on the page or items.
 * Ids are name-based, so exporting the same library twice gives the same document. Every
 * annotation is exported, the rejected ones with their verdict.
 */
export function toWebAnnotations(articles: SavedArticle[]): object {
  const items = articles.flatMap((article) => article.annotations.map((a) => annotationLd(article.url, article.text, a)));
  const key = JSON.stringify([articles.map((a) => a.url).sort(), items.map((i) => (i as { id: string }).id).sort()]);
  const collection = `urn:uuid:${uuidV5(`${SOURCELIGHT_NS}collection;${key}`)}`;
  const page = `urn:uuid:${uuidV5(`${SOURCELIGHT_NS}page;${key}`)}`;
  return {
    '@context': JSONLD_CONTEXT,
    id: collection,
    type: 'AnnotationCollection',
    label: 'Sourcelight export',
    total: items.length,
    'sourcelight:articles': articles.map(metaOf),
    first: { id: page, type: 'AnnotationPage', partOf: collection, startIndex: 0, items },
    last: page,
  };
}
