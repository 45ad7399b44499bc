// @vitest-environment happy-dom
/** The map across a message: built on a parsed copy of the page (linkedom), found again on the live page (the browser's DOM). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticle } from '@/lib/article/extract';
import { indexRuns, resolveRuns, textIndex } from '@/lib/article/indexed-map';
import { extractPage } from '@/lib/tabs/extract-page';
import { expectRunsFaithful } from '../../helpers/expect-runs';
import { hasShared, parse, READABILITY_PAGES, readSample } from '../../helpers/shared-data';

/** The page without what happy-dom would try to fetch (scripts, stylesheets, frames). */
function offline(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<(?:link|iframe)\b[^>]*>(?:<\/iframe>)?/gi, '');
}

function roundTrip(html: string) {
  // The live page: the test environment's DOM (happy-dom), as a browser would have parsed it.
  document.documentElement.innerHTML = new DOMParser().parseFromString(offline(html), 'text/html').documentElement.innerHTML;
  // The copy the background reads: the live page's HTML, parsed again with linkedom.
  const copy = parse(document.documentElement.outerHTML);
  const { article, map } = extractArticle(copy);
  const indexed = indexRuns(textIndex(copy.documentElement), map);
  const live = resolveRuns(document.documentElement, article.text, indexed);
  return { article, map, live };
}

describe('indexRuns and resolveRuns', () => {
  it('find every run of the sample article on the live page', () => {
    const { map, live } = roundTrip(readSample('world', 'harbour-talks.html'));
    expect(live.runs.length).toBe(map.runs.length);
    expectRunsFaithful(live);
    expect(live.runs.every((r) => document.documentElement.contains(r.node))).toBe(true);
  });

  it('find the runs even when node indices shift (text nodes the copy does not have)', () => {
    const html = readSample('world', 'harbour-talks.html');
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const copy = parse(document.documentElement.outerHTML);
    const { article, map } = extractArticle(copy);
    const indexed = indexRuns(textIndex(copy.documentElement), map);
    // The live page gains text nodes before the article (as a page's scripts would add).
    for (let i = 0; i < 30; i++) document.body.prepend(document.createTextNode(' '));
    const live = resolveRuns(document.documentElement, article.text, indexed);
    expect(live.runs.length).toBe(map.runs.length);
    expectRunsFaithful(live);
  });

  it("find every run of paragraphs that open with &nbsp; (one text node on the page, several in linkedom's parse)", () => {
    const paragraph = (n: number) =>
      `<p>&nbsp;&nbsp;&nbsp;&nbsp;BEIJING, Jan. ${n} (Xinhua) -- Foreign Ministry spokesperson Liu Wei said on Monday that talks ` +
      `on the harbour would go on, and that the two sides had agreed to meet again in the spring &amp; summer.</p>`;
    const html = `<!doctype html><html><head><title>Talks</title></head><body><div id="Content">${[1, 2, 3, 4, 5].map(paragraph).join('\n')}</div></body></html>`;
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    expect(document.querySelector('p')!.childNodes.length).toBe(1); // the browser's parse: one text node
    const answer = extractPage({
      type: 'page:extract',
      html: document.documentElement.outerHTML,
      url: 'https://example.com/talks',
      detection: { isArticle: true, reason: 'test' },
    });
    if (!answer.ok) throw new Error(answer.error);
    const { article, runs } = answer.value;
    expect(article.text).toContain('spring & summer');
    const live = resolveRuns(document.documentElement, article.text, runs);
    expect(runs.length).toBeGreaterThan(0);
    expect(live.runs.length).toBe(runs.length);
    expectRunsFaithful(live);
  });

  it.runIf(hasShared(READABILITY_PAGES, 'Readability pages round trip'))('find nearly all runs on real pages', () => {
    for (const name of ['nytimes-1', 'bbc-1', 'guardian-1', 'wikipedia']) {
      const { map, live } = roundTrip(readFileSync(`${READABILITY_PAGES}/${name}/source.html`, 'utf8'));
      expectRunsFaithful(live);
      expect(live.runs.length / map.runs.length, name).toBeGreaterThan(0.95);
    }
  });
});
