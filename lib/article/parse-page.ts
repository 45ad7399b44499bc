/**
 * A page's HTML read into a document the way a browser would have it, as far as the text map needs:
 * linkedom (htmlparser2) makes a text node of each piece of text between character references, so
 * "&nbsp;&nbsp;MANILA &amp; co" is five text nodes where a browser makes one. The text map ties the
 * article's text to text nodes by their place and by offsets in them, and the page's own nodes are
 * the browser's: on a page whose paragraphs open with &nbsp; (Xinhua's) no run was found on the
 * page, and the article was read but nothing highlighted. Adjacent text nodes are merged here, as
 * the browser's parser would have made them.
 */
import { parseHTML } from 'linkedom';

export function parsePage(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  doc.documentElement?.normalize();
  return doc;
}
