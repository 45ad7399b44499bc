/**
 * Paths into ../shared (development data: never copied into the repository). Tests that need it
 * skip with a message saying so where the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parse5, serialize } from 'parse5';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const SHARED = path.resolve(PROJECT_ROOT, '../shared');
export const READABILITY_PAGES = path.join(SHARED, 'data/readability-pages');
export const GOLD = path.join(SHARED, 'eval/gold');
export const SEED_PAGE = path.join(GOLD, 'seed-article.html');

/** True when `p` exists; otherwise says once on stderr which tests skip and why. */
export function hasShared(p: string, what: string): boolean {
  if (existsSync(p)) return true;
  console.warn(`[skip] ${what}: ${p} is absent (development data lives in ../shared, outside the repository)`);
  return false;
}

export interface ReadabilityCase {
  name: string;
  html: string;
  expected: { title: string | null; byline: string | null; readerable: boolean; siteName: string | null };
}

export function readabilityCases(): ReadabilityCase[] {
  return readdirSync(READABILITY_PAGES)
    .filter((name) => existsSync(path.join(READABILITY_PAGES, name, 'source.html')))
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(path.join(READABILITY_PAGES, name, 'source.html'), 'utf8'),
      expected: JSON.parse(readFileSync(path.join(READABILITY_PAGES, name, 'expected-metadata.json'), 'utf8')),
    }));
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function readSample(...parts: string[]): string {
  return readFileSync(path.join(PROJECT_ROOT, 'sample', ...parts), 'utf8');
}

export const L3S_PAGES = path.join(SHARED, 'data/l3s-gn1/pages');
export const L3S_GROUND_TRUTH = path.join(SHARED, 'data/l3s-gn1/ground-truth.json');

/** An L3S page parsed as the extension's background gets it: by the browser (parse5 here), serialised, read by linkedom. */
export function parseL3s(id: string): Document {
  return parse(serialize(parse5(readFileSync(path.join(L3S_PAGES, `${id}.html`), 'utf8'))));
}

/** The article text the L3S assessors marked on page `id`. */
export function l3sGold(id: string): string {
  return (JSON.parse(readFileSync(L3S_GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string }>)[id]!.articleBody;
}

/** Real answers of Wikidata and Wikipedia recorded by public client libraries (README there). */
export const API_RESPONSES = path.join(SHARED, 'data/api-responses');
