/** Reads one input file of the CLI into an article: HTML pages are detected and extracted, text is taken as it is. */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
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

export function articleFromHtml(html: string, url: string | null = null): ArticleInfo {
  const { document } = parseHTML(html);
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
