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

/** `language`: the text's, when analyze() has told it already (analyseText). */
export function articleFromText(text: string, language: string | null = chooseLanguage(null, text)): ArticleInfo {
  return {
    detected: true,
    reason: 'plain text',
    title: null,
    byline: null,
    outlet: { name: null, domain: null },
    publishedAt: null,
    language,
    canonicalUrl: null,
    excerpt: null,
    text,
    wordCount: countWords(text),
  };
}

/**
 * A plain text and its analysis. Its language is the one analyze() guesses, taken into the article:
 * guessed once (it scans the first 20,000 characters: 3% of a run over news texts), not for the
 * article and again in analyze(), which would say the same.
 */
export function analyseText(text: string, threshold?: number): { article: ArticleInfo; analysis: Analysis } {
  const analysis = analyze(text, { threshold });
  return { article: articleFromText(text, analysis.language), analysis };
}

/**
 * `threshold`: the judge's lowest confidence shown (default: analyze()'s; 0 shows every candidate).
 * The file is read synchronously: the CLI does one file at a time, and an await per file only
 * leaves the thread idle while the read is handed to the thread pool and back.
 */
export async function readInput(file: string, threshold?: number): Promise<{ article: ArticleInfo; analysis: Analysis }> {
  const content = readFileSync(file, 'utf8');
  return isHtmlFile(file) ? analysePage(content, null, threshold) : analyseText(content, threshold);
}

/** A page's article (cli/read-html.ts) and its analysis, in the language the article was given. */
export async function analysePage(
  html: string,
  url: string | null,
  threshold?: number,
): Promise<{ article: ArticleInfo; analysis: Analysis }> {
  const article = (await loadHtmlReader())(html, url);
  return { article, analysis: analyze(article.text, { language: article.language, threshold }) };
}
