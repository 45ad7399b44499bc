/**
 * An extracted article's language is chosen from its own text (lib/article/extract.ts), and the
 * analysis takes it as it is (AnalyzeOptions.languageChecked) rather than choosing again: choosing
 * again keeps a language the text agrees with, so it would give the same. Held here on real pages
 * of several languages, with the page's stated language and without.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readArticle } from '@/lib/article';
import { analyze } from '@/lib/nlp/analyze';
import { chooseLanguage } from '@/lib/nlp/language';
import { hasShared, L3S_PAGES, parse, READABILITY_PAGES } from '../../helpers/shared-data';

test('a language chosen from the text is taken as it is, whatever the text says', () => {
  const french =
    'Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mardi que les négociations se poursuivraient et que la Russie ne commenterait pas les accusations des États-Unis.';
  expect(analyze(french, { language: 'en' }).language).toBe('fr');
  expect(analyze(french, { language: 'fr', languageChecked: true }).supported).toBe(false);
  expect(analyze(french, { language: 'en', languageChecked: true }).language).toBe('en');
});

const withPages = hasShared(L3S_PAGES, 'L3S-GN1 news pages') && hasShared(READABILITY_PAGES, "Readability's test pages");
// The first 120 L3S pages; Readability's test pages hold French, German, Spanish, Russian, Japanese and Chinese ones.
const pages = withPages
  ? [
      ...readdirSync(L3S_PAGES)
        .sort()
        .slice(0, 120)
        .map((f) => path.join(L3S_PAGES, f)),
      ...readdirSync(READABILITY_PAGES)
        .map((d) => path.join(READABILITY_PAGES, d, 'source.html'))
        .filter((file) => existsSync(file)),
    ]
  : [];

describe.runIf(withPages)('real pages', () => {
  test.each(pages.map((file) => [path.relative(path.dirname(L3S_PAGES), file), file]))(
    '%s: choosing again gives the language the article has',
    (_, file) => {
      const { article } = readArticle(parse(readFileSync(file, 'utf8')));
      expect(chooseLanguage(article.language, article.text)).toBe(article.language);
    },
  );
});
