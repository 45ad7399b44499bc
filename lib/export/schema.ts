/**
 * What an imported saved article must be: lib/library/types.ts as a zod schema, strict about types
 * and sizes, and the checks that tie annotations to their text. Unknown fields are rejected rather
 * than stripped: JSON Lines is the lossless format, and dropping the fields of a newer Sourcelight
 * (or someone's hand edits) without a word would lose data on the next export.
 */
// zod/mini, not zod: the background evaluates this at every service-worker start (issue 17).
import * as z from 'zod/mini';
import type { SavedArticle } from '../library/types';
import { MAX_NESTING, nestingDepth } from './json-depth';

// Extension pages forbid eval (MV3's content security policy): zod validates without compiling code.
z.config({ jitless: true });

export const LIMITS = {
  /** Characters of an article's text (about 5 MB of plain text). */
  text: 5_000_000,
  annotations: 10_000,
  entities: 10_000,
  tags: 200,
  /** Names, titles, roles, cues, tags. */
  short: 2_000,
  note: 100_000,
  /** Text either side of a quote (we write 32). */
  context: 1_000,
  url: 8_192,
} as const;

const short = z.string().check(z.maxLength(LIMITS.short));
/** Offsets and counts: the range first, so 2**53 is "larger than 5000000" rather than unsafe. */
export const offset = z.number().check(z.minimum(0), z.maximum(LIMITS.text), z.refine(Number.isInteger, 'should be a whole number'));
/** UTC with "Z", as toISOString writes and the Web Annotation model requires of created/modified. */
const timestamp = z.iso.datetime();
const tags = z.array(z.string().check(z.minLength(1), z.maxLength(LIMITS.short))).check(z.maxLength(LIMITS.tags));
const ANNOTATION_ID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Only page and file URLs: a `javascript:` URL from a file would become a link in the library. */
function isArticleUrl(s: string): boolean {
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(s).protocol);
  } catch {
    return false;
  }
}

export const urlSchema = z.string().check(z.maxLength(LIMITS.url), z.refine(isArticleUrl, 'should be an http(s) or file URL'));
export const annotationIdSchema = z.string().check(z.regex(ANNOTATION_ID, 'should be "urn:uuid:" and a lower-case UUID'));
export const verdictSchema = z.enum(['unreviewed', 'confirmed', 'corrected', 'rejected', 'added']);

export const attributionDataSchema = z.strictObject({
  speaker: z.nullable(short),
  source: z.nullable(short),
  sourceType: z.enum(['named-person', 'anonymous', 'institution', 'media', 'document', 'other']),
  cue: short,
  content: z.string().check(z.maxLength(LIMITS.text)),
  direct: z.boolean(),
  role: z.nullable(short),
});

const selectorShape = z.strictObject({
  position: z.strictObject({ start: offset, end: offset }),
  quote: z.strictObject({
    exact: z.string().check(z.maxLength(LIMITS.text)),
    prefix: z.string().check(z.maxLength(LIMITS.context)),
    suffix: z.string().check(z.maxLength(LIMITS.context)),
  }),
});
export const selectorSchema = selectorShape.check(
  z.superRefine(({ position: { start, end }, quote }: z.infer<typeof selectorShape>, ctx) => {
    if (end < start) ctx.addIssue({ code: 'custom', path: ['position'], message: `ends (${end}) before it starts (${start})` });
    else if (quote.exact.length !== end - start) {
      ctx.addIssue({
        code: 'custom',
        path: ['quote', 'exact'],
        message: `is ${quote.exact.length} characters long, but the position spans ${end - start}`,
      });
    }
  }),
);

const annotationShape = z.strictObject({
  id: annotationIdSchema,
  type: z.enum(['attribution', 'highlight']),
  selector: selectorSchema,
  machine: z.nullable(attributionDataSchema),
  correction: z.nullable(attributionDataSchema),
  verdict: verdictSchema,
  note: z.string().check(z.maxLength(LIMITS.note)),
  tags,
  created: timestamp,
  modified: timestamp,
});
export const savedAnnotationSchema = annotationShape.check(
  z.superRefine((a: z.infer<typeof annotationShape>, ctx) => {
    if (a.type === 'attribution' && !a.machine && !a.correction)
      ctx.addIssue({ code: 'custom', message: 'is an attribution with neither the machine’s data nor a correction' });
  }),
);

export const savedEntitySchema = z.strictObject({
  name: short,
  kind: z.enum(['person', 'organization', 'media', 'place', 'group']),
  role: z.nullable(short),
  official: z.boolean(),
  mentions: offset,
});

/** Everything of a saved article but its text and annotations (what JSON-LD carries alongside). */
export const articleMetaShape = {
  url: urlSchema,
  title: z.nullable(short),
  byline: z.nullable(short),
  outlet: z.string().check(z.maxLength(253)),
  outletName: z.nullable(short),
  publishedAt: z.nullable(z.string().check(z.maxLength(64))),
  language: z.nullable(z.string().check(z.maxLength(35))),
  entities: z.array(savedEntitySchema).check(z.maxLength(LIMITS.entities)),
  tags,
  savedAt: timestamp,
  updatedAt: timestamp,
};
export const articleMetaSchema = z.strictObject(articleMetaShape);

const articleShape = z.strictObject({
  ...articleMetaShape,
  text: z.string().check(z.maxLength(LIMITS.text)),
  annotations: z.array(savedAnnotationSchema).check(z.maxLength(LIMITS.annotations)),
});
export const savedArticleSchema = articleShape.check(
  z.superRefine((article: z.infer<typeof articleShape>, ctx) => {
    const first = new Map<string, number>();
    article.annotations.forEach((a, i) => {
      const path = ['annotations', i];
      const had = first.get(a.id);
      if (had !== undefined) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `repeats the id of annotation ${had + 1}` });
      else first.set(a.id, i);
      // No check that the selector fits the text: an annotation whose passage is gone from a newer
      // text of the article is an orphan the researcher must still see, not a reason to refuse
      // the file. Readers of selectors (re-anchoring, the library view) check them against the text.
    });
  }),
);

// The schema mirrors the type: a field added to one and not the other fails the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const mirrors: Same<z.infer<typeof savedArticleSchema>, SavedArticle> = true;
void mirrors;

/** Keys that could reach an object's prototype if some later code copied the object naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** How parseJson's error for text that is not JSON at all begins. */
export const NOT_JSON = 'not JSON';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** How parseJson's error for JSON nested deeper than any export begins. */
export const TOO_DEEP = 'nested';

/** JSON.parse that refuses prototype keys anywhere and nesting deeper than exports, and says in plain words what is wrong. */
export function parseJson(text: string): Parsed<unknown> {
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING)
    return { ok: false, error: `${TOO_DEEP} ${depth.toLocaleString('en')} levels deep; Sourcelight's exports nest at most ${MAX_NESTING}` };
  let forbidden: string | null = null;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        forbidden = key;
        throw new Error(key);
      }
      return v;
    });
    return { ok: true, value };
  } catch (e) {
    if (forbidden) return { ok: false, error: `a field named "${forbidden}" is not accepted (Sourcelight never writes one)` };
    return { ok: false, error: `${NOT_JSON} (${e instanceof Error ? e.message : String(e)})` };
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** Where in a record: `annotation 3 (urn:uuid:…), selector.position` rather than a bare path. */
export function describePath(path: readonly PropertyKey[], root: unknown): string {
  const parts: string[] = [];
  let field = '';
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (key === 'annotations' && typeof path[i + 1] === 'number') {
      const n = path[++i] as number;
      const a = Array.isArray(next) ? (next[n] as { id?: unknown } | undefined) : undefined;
      parts.push(`annotation ${n + 1}${typeof a?.id === 'string' ? ` (${a.id.slice(0, 60)})` : ''}`);
      node = a;
      continue;
    }
    field += typeof key === 'number' ? `[${key}]` : `${field ? '.' : ''}${String(key)}`;
    node = next;
  }
  if (field) parts.push(field);
  return parts.join(', ') || 'the record';
}

/**
 * One zod issue in plain words. zod/mini has no English messages of its own (its issues say
 * "Invalid input"): every issue these schemas raise is worded here, or carries the message its
 * refine or regex gives.
 */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const where = describePath(issue.path, root);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (from a newer Sourcelight, or another tool?)`;
    case 'invalid_type':
      if (issue.input === undefined) return `${where}: is missing`;
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return `${where}: is a number out of range`;
      return `${where}: should be ${KIND[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'too_big':
      return `${where}: ${issue.origin === 'string' ? `is longer than ${issue.maximum} characters` : issue.origin === 'array' ? `has more than ${issue.maximum} items` : `is larger than ${issue.maximum}`}`;
    case 'too_small':
      return `${where}: ${issue.origin === 'string' ? 'is empty' : issue.origin === 'array' ? `has fewer than ${issue.minimum} items` : `is less than ${issue.minimum}`}`;
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options)
        return `${where}: should be ${issue.options.map((v) => JSON.stringify(v)).join(' or ')}`;
      return `${where}: is none of the forms Sourcelight writes`;
    case 'invalid_value':
      return `${where}: should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_format':
      return `${where}: ${issue.format === 'datetime' ? 'should be a UTC date-time such as 2026-01-31T12:00:00.000Z' : issue.message}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

/** Validates `value` against `schema`; the error names the first problem and counts the others. */
export function validate<T>(schema: z.ZodMiniType<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const [first, ...rest] = result.error.issues;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  return { ok: false, error: describeIssue(first!, value) + more };
}
