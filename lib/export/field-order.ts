/**
 * One order of fields for everything the exports write, whatever order the object came in: zod's
 * validation of an import returns fields in the schema's order, Dexie gives them back in the order
 * they were put, and a spread (`{ ...a, ...patch }`) keeps the older object's. JSON.stringify writes
 * keys in insertion order, so without this the same library could give two different files.
 * The order is lib/library/types.ts's (which savedFromAnalysis also builds), so the machine's
 * exports read as they always have.
 */
import type { AttributionData, SavedAnnotation, SavedArticle, SavedEntity, Selector } from '../library/types';

type Keys<T> = readonly (keyof T & string)[];

export const ARTICLE_KEYS = [
  'url',
  'title',
  'byline',
  'outlet',
  'outletName',
  'publishedAt',
  'language',
  'text',
  'entities',
  'annotations',
  'tags',
  'savedAt',
  'updatedAt',
] as const satisfies Keys<SavedArticle>;
const ANNOTATION_KEYS = [
  'id',
  'type',
  'selector',
  'machine',
  'correction',
  'verdict',
  'note',
  'tags',
  'created',
  'modified',
] as const satisfies Keys<SavedAnnotation>;
const DATA_KEYS = ['speaker', 'source', 'sourceType', 'cue', 'content', 'direct', 'role'] as const satisfies Keys<AttributionData>;
const ENTITY_KEYS = ['name', 'kind', 'role', 'official', 'mentions'] as const satisfies Keys<SavedEntity>;
const SELECTOR_KEYS = ['position', 'quote'] as const satisfies Keys<Selector>;
const POSITION_KEYS = ['start', 'end'] as const;
const QUOTE_KEYS = ['exact', 'prefix', 'suffix'] as const;

/**
 * `value`'s fields in `keys`' order, then any others (a newer Sourcelight's, a hand edit's) sorted,
 * so that nothing is dropped on the way out: the import says what it does not know.
 */
function ordered<T extends object>(value: T, keys: readonly string[], inner: Partial<Record<string, (v: never) => unknown>> = {}): T {
  // Not the shape expected (the typecheck stops our own code; data from a file or an old store may
  // still be odd): written as it is, for the import to name what is wrong with it.
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  const rest = Object.keys(record)
    .filter((k) => !keys.includes(k))
    .sort();
  const out: Record<string, unknown> = {};
  for (const key of [...keys, ...rest]) {
    if (!Object.hasOwn(record, key)) continue;
    const v = record[key];
    const fix = inner[key];
    out[key] = fix && v !== null && v !== undefined ? fix(v as never) : v;
  }
  return out as T;
}

export function orderedData(data: AttributionData): AttributionData {
  return ordered(data, DATA_KEYS);
}

export function orderedEntity(entity: SavedEntity): SavedEntity {
  return ordered(entity, ENTITY_KEYS);
}

function orderedSelector(selector: Selector): Selector {
  return ordered(selector, SELECTOR_KEYS, {
    position: (p: Selector['position']) => ordered(p, POSITION_KEYS),
    quote: (q: Selector['quote']) => ordered(q, QUOTE_KEYS),
  });
}

export function orderedAnnotation(annotation: SavedAnnotation): SavedAnnotation {
  return ordered(annotation, ANNOTATION_KEYS, { selector: orderedSelector, machine: orderedData, correction: orderedData });
}

/** The article with every field, at every level, in the one order. */
export function orderedArticle(article: SavedArticle): SavedArticle {
  return ordered(article, ARTICLE_KEYS, {
    entities: (es: SavedEntity[]) => (Array.isArray(es) ? es.map(orderedEntity) : es),
    annotations: (as: SavedAnnotation[]) => (Array.isArray(as) ? as.map(orderedAnnotation) : as),
  });
}
