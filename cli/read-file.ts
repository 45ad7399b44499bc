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
  const content = decodeText(readFileSync(file));
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

/** How far a NUL byte is looked for: git's test of a binary file reads as much. */
const BINARY_PROBE = 8000;

/**
 * A file's text: UTF-8 (a byte-order mark before it dropped), or UTF-16 where a byte-order mark says
 * so (Windows Notepad's "Unicode"). A NUL byte in its first 8,000 bytes, with no UTF-16 mark, makes
 * it a binary file (an image, a PDF, a program), which is refused with that reason: read as text it
 * would give a garbled text and names found in it.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  // Big-endian: its pairs swapped (a copy, an even number of bytes) and read as little-endian.
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)))
      .swap16()
      .toString('utf16le');
  const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0);
  if (nul >= 0) throw new Error(`a binary file, not text or HTML (a NUL byte at byte ${nul + 1})`);
  return bytes.toString('utf8');
}
