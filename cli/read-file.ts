/** Reads one input file of the CLI into an article: HTML pages are detected and extracted, text is taken as it is. */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  return { article, analysis: analyze(article.text, { language: article.language, languageChecked: true, threshold }) };
}

/** How far a NUL byte is looked for: git's test of a binary file reads as much. */
const BINARY_PROBE = 8000;

/**
 * A file's text, decoded as a browser would have shown it. A byte-order mark decides (UTF-8, or
 * UTF-16 as Windows Notepad's "Unicode" saves). Else bytes that are valid UTF-8 are read as UTF-8
 * whatever a page declares: pages saved by crawlers were often converted to UTF-8 and kept their
 * old `<meta charset="iso-8859-1">` (280 of the 621 L3S pages), and windows-1252 text that is
 * also valid UTF-8 is all but unknown. Bytes that are not are read as the HTML standard has a
 * browser read them (encoding-sniffer): in the charset the page declares in its first 1,024 bytes,
 * or else in windows-1252, as browsers read undeclared Western pages: "José" stays "José"
 * instead of "Jos\uFFFD". (Node 20's own TextDecoder reads windows-1252 as Latin-1, curly quotes
 * as control characters.) The sniffer is loaded only for such a file: nearly every file is UTF-8.
 * A NUL byte in the first 8,000 bytes, with no UTF-16 mark, makes it a binary file (an image, a
 * PDF, a program), which is refused with that reason: read as text it would give a garbled text
 * and names found in it.
 */
export function decodeText(bytes: Buffer): string {
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom) {
    const nul = bytes.subarray(0, BINARY_PROBE).indexOf(0);
    if (nul >= 0) throw new Error(`a binary file, not text or HTML (a NUL byte at byte ${nul + 1})`);
    // isUtf8 is simdutf's check: TextDecoder's fatal mode would cost a run over 84 texts 2% more.
    if (isUtf8(bytes)) return bytes.toString('utf8');
  }
  return sniffer().decodeBuffer(bytes, { defaultEncoding: 'windows-1252' });
}

/**
 * encoding-sniffer, required from node_modules when the first such file comes, not bundled: 450 KB
 * more of core that every thread of every run would load (esbuild leaves a require() it is not
 * given by name alone). The bundle's core is CommonJS compiled by vm.Script, where import() has no
 * loader and require() is the module's own; run from source (ES modules) one is made.
 */
function sniffer(): typeof import('encoding-sniffer') {
  const load = typeof require === 'function' ? require : createRequire(import.meta.url);
  return load('encoding-sniffer') as typeof import('encoding-sniffer');
}
