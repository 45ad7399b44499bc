/**
 * One set of limits for what the library holds and what it imports (lib/export/schema.ts): what can
 * be saved must import back. An article is fitted to them on its way into the store: a title, byline,
 * name, role or cue longer than the limit is shortened (ending with "…", never between the halves of
 * an emoji), a date or language tag too long to be one is dropped, and lists past their limit keep
 * their first items. What cannot be fitted without losing the article's meaning (its text, its URL,
 * a quote, a note) is refused with the limit it passes, and nothing is stored.
 */
import { i18n } from '#i18n';
import { formatLocale } from '../format/dates';
import type * as z from 'zod/mini';
import { cutWhole } from '../export/cut';
import { LIMITS, savedArticleSchema, validate } from '../export/schema';
import type { Result } from '../messaging/result';
import type { SavedArticle } from './types';

/** Strings from the page or the analysis: a shortened one still names what it named. */
const SHORTENED = new Set<PropertyKey>(['title', 'byline', 'outletName', 'name', 'role', 'cue', 'speaker', 'source']);
/** A date, language tag or domain cut in two is a wrong one: better none. */
const DROPPED = new Map<PropertyKey, null | ''>([
  ['publishedAt', null],
  ['language', null],
  ['outlet', ''],
]);
/** Lists whose later items can go (the analysis lists entities in reading order; tags are labels). */
const TRIMMED = new Set<PropertyKey>(['entities', 'tags']);

type Node = Record<PropertyKey, unknown>;

function parentOf(root: unknown, path: readonly PropertyKey[]): Node | null {
  let node = root;
  for (const key of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Node)[key] : undefined;
  return node && typeof node === 'object' ? (node as Node) : null;
}

/** Applies what can be fitted of `issues` to `copy`; how many it fitted. */
function fitIssues(copy: SavedArticle, issues: readonly z.core.$ZodIssue[]): number {
  let fitted = 0;
  const holes = new Set<unknown[]>();
  const trims: Array<() => void> = [];
  for (const issue of issues) {
    const key = issue.path.at(-1);
    const parent = parentOf(copy, issue.path);
    if (!parent || key === undefined) continue;
    const isTag = typeof key === 'number' && issue.path.at(-2) === 'tags';
    if (issue.code === 'too_big' && issue.origin === 'string' && (SHORTENED.has(key) || isTag)) {
      parent[key] = cutWhole(parent[key] as string, Number(issue.maximum));
      fitted++;
    } else if (issue.code === 'too_big' && issue.origin === 'string' && DROPPED.has(key)) {
      parent[key] = DROPPED.get(key);
      fitted++;
    } else if (issue.code === 'too_small' && issue.origin === 'string' && isTag) {
      holes.add(parent as unknown as unknown[]); // an empty tag is no tag: removed below
      fitted++;
    } else if (issue.code === 'too_big' && issue.origin === 'array' && TRIMMED.has(key)) {
      // After the items' own fixes, whose indices are into the whole list.
      trims.push(() => (parent[key] = (parent[key] as unknown[]).slice(0, Number(issue.maximum))));
      fitted++;
    }
  }
  for (const tags of holes) {
    const kept = tags.filter((t) => t !== '');
    tags.splice(0, tags.length, ...kept);
  }
  for (const trim of trims) trim();
  return fitted;
}

/**
 * The article within LIMITS, or why it cannot be stored. Never changes `article` itself; one within
 * the limits comes back as it is (the same object, its fields in their order).
 */
export function fitToLimits(article: SavedArticle): Result<SavedArticle> {
  let checked = savedArticleSchema.safeParse(article);
  if (checked.success) return { ok: true, value: article };
  const copy = structuredClone(article);
  // Object-level checks run once the fields pass, so a second round may find more to fit.
  for (let round = 0; round < 3 && !checked.success; round++) {
    if (!fitIssues(copy, checked.error.issues)) break;
    checked = savedArticleSchema.safeParse(copy);
  }
  if (checked.success) return { ok: true, value: copy };
  const refused = validate(savedArticleSchema, copy);
  const why = refused.ok ? i18n.t('error.overLimits') : refused.error;
  return {
    ok: false,
    error: i18n.t('error.tooBig', [why, LIMITS.text.toLocaleString(formatLocale()), LIMITS.annotations.toLocaleString(formatLocale())]),
  };
}
