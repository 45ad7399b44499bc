/** The pages the benchmarks run on: Readability's 130 test pages where ../shared is present, else the project's samples. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const READABILITY_PAGES = path.resolve(ROOT, '../shared/data/readability-pages');

export interface BenchPage {
  name: string;
  html: string;
}

export function loadPages(): { pages: BenchPage[]; source: string } {
  if (existsSync(READABILITY_PAGES)) {
    const pages = readdirSync(READABILITY_PAGES)
      .filter((name) => existsSync(path.join(READABILITY_PAGES, name, 'source.html')))
      .sort()
      .map((name) => ({ name, html: readFileSync(path.join(READABILITY_PAGES, name, 'source.html'), 'utf8') }));
    return { pages, source: READABILITY_PAGES };
  }
  console.error(`[bench] ${READABILITY_PAGES} is absent: measuring on the sample pages only`);
  const sample = path.join(ROOT, 'sample');
  const pages = ['index.html', 'world/harbour-talks.html'].map((f) => ({ name: f, html: readFileSync(path.join(sample, f), 'utf8') }));
  return { pages, source: sample };
}
