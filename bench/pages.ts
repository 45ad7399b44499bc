/**
 * The inputs of the benchmarks: Readability's 130 test pages and PolNeAR's dev texts where ../shared is present, else
 * the project's samples.
 */
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

const POLNEAR_DEV_TEXT = path.resolve(ROOT, '../shared/data/polnear/dev/text');

export interface BenchText {
  name: string;
  text: string;
}

/**
 * The texts the analysis benchmark runs on: PolNeAR's dev articles where ../shared is present,
 * else the text our extraction takes from the sample article.
 */
export function loadTexts(extract: (html: string) => string): { texts: BenchText[]; source: string } {
  if (existsSync(POLNEAR_DEV_TEXT)) {
    const texts = readdirSync(POLNEAR_DEV_TEXT)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(path.join(POLNEAR_DEV_TEXT, f), 'utf8') }));
    return { texts, source: POLNEAR_DEV_TEXT };
  }
  console.error(`[bench] ${POLNEAR_DEV_TEXT} is absent: measuring the analysis on the sample article's text only`);
  const file = path.join(ROOT, 'sample/world/harbour-talks.html');
  return { texts: [{ name: 'world/harbour-talks', text: extract(readFileSync(file, 'utf8')) }], source: file };
}
