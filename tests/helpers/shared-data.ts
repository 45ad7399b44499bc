/**
 * Paths into ../shared (development data: never copied into the repository). Tests that need it
 * skip with a message saying so where the folder is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

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
