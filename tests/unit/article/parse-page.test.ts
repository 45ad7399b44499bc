/** parsePage: a page's HTML as a browser parses its text, one text node between two tags. */
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/lib/article/parse-page';

describe('parsePage', () => {
  it('makes one text node of text broken by character references, as a browser does', () => {
    const doc = parsePage('<html><body><p>&nbsp;&nbsp;MANILA &amp; co <b>bold</b> &lt;after&gt;</p></body></html>');
    const p = doc.querySelector('p')!;
    expect(Array.from(p.childNodes, (n) => (n.nodeType === 3 ? (n as Text).data : `<${n.nodeName}>`))).toEqual([
      '\u00a0\u00a0MANILA & co ',
      '<B>',
      ' <after>',
    ]);
  });

  it('leaves a page without character references as linkedom reads it', () => {
    const doc = parsePage('<html><head><title>T</title></head><body><p>One</p>\n<p>Two</p></body></html>');
    expect(doc.body.childNodes.length).toBe(3);
    expect(doc.title).toBe('T');
  });
});
