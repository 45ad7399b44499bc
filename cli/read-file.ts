/** Reads one input file of the CLI into an article: HTML pages are detected and extracted, text is taken as it is. */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { readArticle } from '../lib/article';
import { countWords } from '../lib/article/extract';
import { chooseLanguage } from '../lib/nlp/language';
import { registrableDomain } from '../lib/article/outlet';
import { analyze } from '../lib/nlp/analyze';
import type { Analysis } from '../lib/nlp/types';
import type { ArticleInfo } from '../lib/types';

export function isHtmlFile(file: string): boolean {
  return /\.x?html?$/i.test(file);
}

/**
 * The page as the extension's background gets it: the browser parses the file by the HTML
 * standard (parse5 is that parser) and the content script sends the serialised result, which
 * linkedom then reads. linkedom alone parses broken pages otherwise (text before <html>, a
 * stray </body>: the body left empty, and Readability throwing inside on the tree it makes).
 */
export function articleFromHtml(html: string, url: string | null = null): ArticleInfo {
  const { document } = parseHTML(serialize(parse(html)));
  // `always`: the CLI reports the text even of pages it does not take for articles.
  return readArticle(document as unknown as Document, { url, always: true, domainOf: registrableDomain }).article;
}

export function articleFromText(text: string): ArticleInfo {
  return {
    detected: true,
    reason: 'plain text',
    title: null,
    byline: null,
    outlet: { name: null, domain: null },
    publishedAt: null,
    language: chooseLanguage(null, text),
    canonicalUrl: null,
    excerpt: null,
    text,
    wordCount: countWords(text),
  };
}

/** `threshold`: the judge's lowest confidence shown (default: analyze()'s; 0 shows every candidate). */
export async function readInput(file: string, threshold?: number): Promise<{ article: ArticleInfo; analysis: Analysis }> {
  const content = await readFile(file, 'utf8');
  const article = isHtmlFile(file) ? articleFromHtml(content) : articleFromText(content);
  return { article, analysis: analyze(article.text, { language: article.language, threshold }) };
}
