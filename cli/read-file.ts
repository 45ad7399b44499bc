/** Reads one input file of the CLI into an article: HTML pages are detected and extracted, text is taken as it is. */
import { readFileSync } from 'node:fs';
import { countWords } from '../lib/article/count-words';
import { chooseLanguage } from '../lib/nlp/language';
import { analyze } from '../lib/nlp/analyze';
import type { Analysis } from '../lib/nlp/types';
import type { ArticleInfo } from '../lib/types';

export function isHtmlFile(file: string): boolean {
  return /\.x?html?$/i.test(file);
}

type HtmlReader = typeof import('./read-html').articleFromHtml;
let htmlReader: Promise<HtmlReader> | null = null;

/** cli/read-html.ts's reader, imported on first use: a run over text files never loads the HTML parsers. */
export function loadHtmlReader(): Promise<HtmlReader> {
  return (htmlReader ??= import('./read-html').then((m) => m.articleFromHtml));
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

/**
 * `threshold`: the judge's lowest confidence shown (default: analyze()'s; 0 shows every candidate).
 * The file is read synchronously: the CLI does one file at a time, and an await per file only
 * leaves the thread idle while the read is handed to the thread pool and back.
 */
export async function readInput(file: string, threshold?: number): Promise<{ article: ArticleInfo; analysis: Analysis }> {
  const content = readFileSync(file, 'utf8');
  const article = isHtmlFile(file) ? (await loadHtmlReader())(content) : articleFromText(content);
  return { article, analysis: analyze(article.text, { language: article.language, threshold }) };
}
