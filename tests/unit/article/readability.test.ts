/**
 * QuickReadability (lib/article/readability.ts) answers each of its two reordered steps exactly as
 * Readability's own does, node by node: on a page made to hit every branch here, and on the 130
 * pages of Readability's test suite where ../shared is present. And a whole parse gives the same.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { QuickReadability, readKeepingNodes } from '@/lib/article/readability';
import { hasShared, READABILITY_PAGES, readabilityCases } from '../../helpers/shared-data';

type Steps = {
  _isValidByline(node: Element, matchString: string): boolean;
  _isProbablyVisible(node: Element): boolean;
};

const BRANCHES = `<!doctype html><html><head><title>t</title></head><body>
  <div class="byline">By Ana Ruiz</div>
  <span class="author">${'x'.repeat(120)}</span>
  <a rel="author" href="/ana">Ana Ruiz</a>
  <span itemprop="author"><span itemprop="name">Ana Ruiz</span></span>
  <p class="byline">   </p>
  <p style="display:none">hidden by style</p>
  <p style="visibility: hidden">invisible</p>
  <p style="color: red">shown</p>
  <p style="">empty style</p>
  <p hidden>hidden attribute</p>
  <p aria-hidden="true">aria hidden</p>
  <p aria-hidden="true" class="fallback-image">math</p>
  <p aria-hidden="false">aria shown</p>
  <svg><text>svg</text></svg>
  <article><p>Mayor Ana Ruiz said on Monday that the talks would go on, and that the city would wait.</p></article>
</body></html>`;

function document(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Each element's answers from both, as [library, ours] pairs that differ. */
function differences(html: string): string[] {
  const doc = document(html);
  const theirs = new Readability(doc) as unknown as Steps;
  const ours = new QuickReadability(doc) as unknown as Steps;
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const matchString = `${el.className} ${el.id}`;
    const visible = [!!theirs._isProbablyVisible(el), !!ours._isProbablyVisible(el)];
    const byline = [!!theirs._isValidByline(el, matchString), !!ours._isValidByline(el, matchString)];
    if (visible[0] !== visible[1]) found.push(`${el.outerHTML.slice(0, 80)}: visible ${visible.join(' vs ')}`);
    if (byline[0] !== byline[1]) found.push(`${el.outerHTML.slice(0, 80)}: byline ${byline.join(' vs ')}`);
  }
  return found;
}

describe('QuickReadability', () => {
  it('replaces the two steps (the library still has them under these names)', () => {
    const steps = Readability.prototype as unknown as Record<string, unknown>;
    expect(typeof steps._isValidByline).toBe('function');
    expect(typeof steps._isProbablyVisible).toBe('function');
    expect(Object.hasOwn(QuickReadability.prototype, '_isValidByline')).toBe(true);
    expect(Object.hasOwn(QuickReadability.prototype, '_isProbablyVisible')).toBe(true);
  });

  it('answers as the library does on every branch of the two steps', () => {
    const doc = document(BRANCHES);
    const ours = new QuickReadability(doc) as unknown as Steps;
    const at = (selector: string) => doc.querySelector(selector)!;
    expect(ours._isProbablyVisible(at('[style="display:none"]'))).toBe(false);
    expect(ours._isProbablyVisible(at('[style="visibility: hidden"]'))).toBe(false);
    expect(ours._isProbablyVisible(at('[style="color: red"]'))).toBe(true);
    expect(ours._isProbablyVisible(at('[hidden]'))).toBe(false);
    expect(ours._isProbablyVisible(at('.fallback-image'))).toBe(true);
    expect(ours._isValidByline(at('div.byline'), 'byline ')).toBe(true);
    expect(ours._isValidByline(at('span.author'), 'author ')).toBe(false); // 120 characters: too long
    expect(ours._isValidByline(at('p.byline'), 'byline ')).toBe(false); // empty
    expect(ours._isValidByline(at('[rel="author"]'), ' ')).toBe(true);
    expect(differences(BRANCHES)).toEqual([]);
  });

  it('reads a page to the same article as the library', () => {
    const theirs = new Readability(document(BRANCHES)).parse();
    const ours = new QuickReadability(document(BRANCHES)).parse();
    expect(ours?.textContent).toBe(theirs?.textContent);
    expect(ours?.byline).toBe(theirs?.byline);
    expect(ours?.byline).toBe('By Ana Ruiz');
  });

  describe.runIf(hasShared(READABILITY_PAGES, 'Readability test pages'))('on the Readability test pages', () => {
    it('answers as the library does for every element of all 130', () => {
      const cases = readabilityCases();
      expect(cases.length).toBeGreaterThanOrEqual(130);
      const found = cases.flatMap((c) => differences(c.html).map((d) => `${c.name}: ${d}`));
      expect(found).toEqual([]);
    }, 120_000);
  });
});

describe('readKeepingNodes', () => {
  // Under 500 characters: Readability's first try finds too little, puts the page back and tries
  // again, up to three times, then takes the longest of its tries.
  const SHORT = `<!doctype html><html><head><title>Talks</title></head><body>
    <div class="sidebar"><p>Mayor Ana Ruiz said on Monday that the harbour talks would go on.</p>
    <p>"We are not leaving the table," Ruiz told reporters at City Hall.</p></div>
    <div class="comment">A reader's comment.</div></body></html>`;

  it("ties every text node of a retried reading to the page's own", () => {
    const doc = document(SHORT);
    const own = new Set<Node>();
    const walk = (n: Node) => (n.nodeType === 3 ? own.add(n) : n.childNodes.forEach(walk));
    walk(doc.documentElement);
    const { parsed, originalOf } = readKeepingNodes(doc, { serializer: (n: Node) => n, keepClasses: true } as never);
    const texts: Text[] = [];
    const collect = (n: Node) => (n.nodeType === 3 ? texts.push(n as Text) : n.childNodes.forEach(collect));
    collect(parsed!.content as unknown as Node);
    expect(texts.map((t) => t.data).join('')).toContain('the harbour talks would go on');
    expect(texts.some((t) => !own.has(t))).toBe(true); // Readability put the page back: copies
    expect(texts.filter((t) => !own.has(originalOf(t)))).toEqual([]);
    expect(texts.every((t) => originalOf(t).data === t.data)).toBe(true);
  });

  it('reads the same article as the library, and leaves the page as linkedom serves it', () => {
    const doc = document(SHORT);
    const ours = readKeepingNodes(doc, { serializer: (n: Node) => n } as never).parsed;
    const theirs = new Readability(document(SHORT)).parse();
    expect((ours?.content as unknown as Element).textContent).toBe(theirs?.textContent);
    expect(Object.hasOwn(doc.body, 'innerHTML')).toBe(false);
    expect(doc.body.innerHTML).toContain('<div');
  });

  it('maps a page read at the first try to its own nodes', () => {
    const doc = document(BRANCHES);
    const { parsed, originalOf } = readKeepingNodes(doc, { serializer: (n: Node) => n } as never);
    const first = (parsed!.content as unknown as Element).querySelector('p')!.firstChild as Text;
    expect(originalOf(first)).toBe(first);
  });
});
