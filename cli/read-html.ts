/**
 * An HTML page read into an article, as the extension's background reads it. Loaded only when
 * the input has a page (cli/read-file.ts): the HTML parsers and Readability are most of the
 * bundle, and a run over text files never needs them.
 */
import { parse, serialize } from 'parse5';
import { detectArticle, readPageMeta } from '../lib/article';
import { extractOwnCopy } from '../lib/article/extract';
import { parsePage } from '../lib/article/parse-page';
import { registrableDomain } from '../lib/article/outlet';
import type { ArticleInfo } from '../lib/types';

/**
 * The page as the extension's background gets it: the browser parses the file by the HTML
 * standard (parse5 is that parser) and the content script sends the serialised result, which
 * linkedom then reads. linkedom alone parses broken pages otherwise (text before <html>, a
 * stray </body>: the body left empty, and Readability throwing inside on the tree it makes).
 */
export function articleFromHtml(html: string, url: string | null = null): ArticleInfo {
  const normalised = serialize(parse(html));
  const read = () => parsePage(normalised);
  const doc = read();
  const meta = readPageMeta(doc);
  // The CLI reports the text even of pages it does not take for articles, with the detection's reason.
  const options = { url, meta, detection: detectArticle(doc, url ?? doc.URL, meta), domainOf: registrableDomain };
  return extractOwnCopy(doc, read, options).article;
}
