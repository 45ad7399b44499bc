/**
 * What a message to the background must be, checked where it arrives (lib/background/router.ts).
 * Each schema is typed by the protocol's request (./protocol.ts): a field added to one and not
 * the other fails the typecheck here.
 *
 * Two kinds of check. Small requests are checked whole. Big ones are checked in their shape only,
 * the fields the router and handlers read before the data reaches the code that owns it:
 * - a tab's state (page:read) arrives on every page load and is sent by our own content script
 *   (web pages cannot reach runtime.onMessage): its fields the background reads (the article's
 *   summary, for the badge, the outlet's domain and remembering) are checked, and its counts,
 *   digest and timings only for being objects and lists;
 * - saved articles and annotations (library:*) go to the store, which checks every field against
 *   the import's limits (lib/library/fit-limits.ts, lib/export/schema.ts) and fits what can be
 *   fitted; checking them strictly here would refuse what the store would have fitted (a page's
 *   over-long title) and refuse a whole import for one bad article. A reading to save
 *   (library:save) is checked in the fields the record is made from (the article's text and
 *   address, the analysis's lists); the record then goes to the store the same way.
 */
import * as z from 'zod/mini';
import type { SavedAnnotation, SavedArticle } from '../library/types';
import type { Analysis } from '../nlp/types';
import type { ArticleInfo } from '../types';
import type { BackgroundType, RequestOf, TabState } from './protocol';

// Extension pages forbid eval (MV3's content security policy): zod validates without compiling code.
z.config({ jitless: true });

/** Data checked in the shape `shape` gives, and trusted as a T beyond it (see above). */
const shaped = <T>(shape: z.ZodMiniType) =>
  z.pipe(
    shape,
    z.transform((value) => value as T),
  );

const nullableText = z.nullable(z.string());

const articleSummary = z.looseObject({
  title: nullableText,
  byline: nullableText,
  outlet: z.looseObject({ name: nullableText, domain: nullableText }),
  publishedAt: nullableText,
  language: nullableText,
  canonicalUrl: nullableText,
  wordCount: z.number(),
  reason: z.string(),
});

const tabState = shaped<TabState>(
  z.looseObject({
    pageId: z.string(),
    host: z.optional(z.string()),
    article: z.nullable(articleSummary),
    reason: z.string(),
    error: nullableText,
    checkedAt: z.number(),
    found: z.optional(z.looseObject({})),
    digest: z.optional(z.looseObject({ entities: z.array(z.unknown()), claims: z.array(z.unknown()) })),
    saved: z.optional(z.looseObject({ placed: z.number(), orphans: z.array(z.unknown()) })),
    timing: z.optional(z.looseObject({})),
  }),
);

/** A reading to save (library:save): the article at its remembered address, and what the analysis found in it. */
const readArticle = shaped<ArticleInfo & { canonicalUrl: string }>(
  z.extend(articleSummary, { canonicalUrl: z.string(), text: z.string() }),
);
const analysis = shaped<Analysis>(z.looseObject({ entities: z.array(z.unknown()), attributions: z.array(z.unknown()) }));

const savedAnnotation = shaped<SavedAnnotation>(
  z.looseObject({ id: z.string(), type: z.string(), selector: z.looseObject({}), verdict: z.string() }),
);

const forgetScope = z.union([z.object({ article: z.string() }), z.object({ outlet: z.string() }), z.object({ all: z.literal(true) })]);

const knowledgeRequest = z.object({
  name: z.string(),
  context: z.object({
    role: nullableText,
    organizations: z.array(z.string()),
    places: z.array(z.string()),
    date: nullableText,
    language: z.optional(z.string()),
  }),
});

const message = <K extends BackgroundType, S extends z.core.$ZodShape>(type: K, shape: S) => z.object({ type: z.literal(type), ...shape });

export const REQUESTS: { [K in BackgroundType]: z.ZodMiniType<RequestOf<K>> } = {
  'page:read': message('page:read', { state: tabState }),
  'page:warm': message('page:warm', {}),
  'page:extract': message('page:extract', {
    html: z.string(),
    url: z.string(),
    detection: z.object({ isArticle: z.boolean(), reason: z.string() }),
  }),
  'tab:get': message('tab:get', { tabId: z.number().check(z.int()) }),
  'memory:forget': message('memory:forget', { scope: forgetScope }),
  'coverage:online': message('coverage:online', { name: z.string() }),
  'knowledge:lookup': message('knowledge:lookup', { request: knowledgeRequest, once: z.optional(z.boolean()) }),
  'knowledge:allow': message('knowledge:allow', {}),
  'options:open': message('options:open', {}),
  'library:save': message('library:save', { article: readArticle, analysis }),
  'library:annotate': message('library:annotate', { url: z.string(), annotation: savedAnnotation }),
  'library:delete': message('library:delete', { url: z.string() }),
  'library:undo': message('library:undo', { url: z.string() }),
  'library:import': message('library:import', { articles: shaped<SavedArticle[]>(z.array(z.unknown())) }),
  'library:place': message('library:place', { url: z.string(), text: z.string() }),
};
