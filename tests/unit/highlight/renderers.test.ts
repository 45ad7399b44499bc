// @vitest-environment happy-dom
/** Anchoring text offsets to ranges, and the two renderers, on a real DOM. */
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '@/lib/article/text-map';
import { rangesFor } from '@/lib/anchoring/text-range';
import { CssHighlighter, type HighlightConstructor } from '@/lib/highlight/css-highlights';
import type { HighlightItem } from '@/lib/highlight/highlighter';
import { WrapHighlighter } from '@/lib/highlight/wrap';
import { expectRunsFaithful } from '../../helpers/expect-runs';

const HTML = `<article><p>When asked, <a href="/p">Kremlin spokesperson Dmitry <b>Peskov</b></a> responded, "No comment," to reporters.</p>
<div class="ad">Advertisement</div><p>Peskov said that Ukraine had   used Western missiles.</p></article>`;

function page() {
  document.body.innerHTML = HTML;
  const article = document.querySelector('article')!;
  // The extraction leaves the ad out: map only the paragraphs, as Readability's result would.
  const clone = article.cloneNode(true) as HTMLElement;
  clone.querySelector('.ad')!.remove();
  const live = [...document.querySelectorAll('article p')].flatMap((p) => textNodes(p));
  const cloned = [...clone.querySelectorAll('p')].flatMap((p) => textNodes(p));
  const map = buildTextMap(clone, (n) => live[cloned.indexOf(n)] ?? null);
  return { map, text: map.text };
}

function textNodes(el: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => (n.nodeType === 3 ? out.push(n as Text) : n.childNodes.forEach(walk));
  walk(el);
  return out;
}

const item = (text: string, needle: string, style: HighlightItem['style'], from = 0): HighlightItem => {
  const start = text.indexOf(needle, from);
  return { style, start, end: start + needle.length, key: needle };
};

describe('rangesFor', () => {
  it('gives one range per text node a span crosses, on the live page', () => {
    const { map, text } = page();
    const i = item(text, 'Dmitry Peskov', 'official');
    const ranges = rangesFor(map, i.start, i.end, document);
    // The space between the two nodes is white space the map collapsed: no node's text to paint.
    expect(ranges.map((r) => r.toString())).toEqual(['Dmitry', 'Peskov']);
    expect(ranges.every((r) => document.body.contains(r.startContainer))).toBe(true);
  });

  it('does not reach across what the extraction left out, and maps collapsed white space', () => {
    const { map, text } = page();
    expect(text).not.toContain('Advertisement');
    const i = item(text, 'No comment," to reporters.\n\nPeskov', 'claim');
    expect(rangesFor(map, i.start, i.end, document).map((r) => r.toString())).toEqual([
      ' responded, "No comment," to reporters.'.slice(13),
      'Peskov said that Ukraine had   used Western missiles.'.slice(0, 6),
    ]);
    const spaced = item(text, 'had used', 'claim');
    expect(rangesFor(map, spaced.start, spaced.end, document).map((r) => r.toString())).toEqual(['had   used']);
  });

  it('skips nodes that left the page', () => {
    const { map, text } = page();
    document.querySelector('b')!.remove();
    const i = item(text, 'Dmitry Peskov', 'official');
    expect(rangesFor(map, i.start, i.end, document).map((r) => r.toString())).toEqual(['Dmitry']);
  });
});

describe('CssHighlighter', () => {
  it('registers one highlight per style, and removes them all on clear', () => {
    const { map, text } = page();
    const registry = new Map<string, { ranges: Range[]; priority?: number }>();
    class FakeHighlight {
      ranges: Range[];
      priority?: number;
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
      add(r: Range) {
        this.ranges.push(r);
      }
    }
    const h = new CssHighlighter(map, document, { registry, Highlight: FakeHighlight as unknown as HighlightConstructor });
    const before = document.body.innerHTML;
    const painted = h.paint([
      item(text, 'Dmitry Peskov', 'official'),
      item(text, 'Peskov', 'official', text.indexOf('\n')),
      item(text, 'No comment', 'quote'),
    ]);
    expect(painted).toBe(4);
    expect([...registry.keys()]).toEqual(['sourcelight-official', 'sourcelight-quote']);
    expect(registry.get('sourcelight-official')!.ranges.map((r) => r.toString())).toEqual(['Dmitry', 'Peskov', 'Peskov']);
    expect(registry.get('sourcelight-official')!.priority).toBeGreaterThan(registry.get('sourcelight-quote')!.priority!);
    expect(document.body.innerHTML).toBe(before); // the page is not touched
    h.clear();
    expect(registry.size).toBe(0);
  });
});

describe('WrapHighlighter', () => {
  it('wraps each stretch in a mark, and clear() restores the page exactly', () => {
    const { map, text } = page();
    const before = document.body.innerHTML;
    const h = new WrapHighlighter(map, document);
    const painted = h.paint([
      item(text, 'Dmitry Peskov', 'official'),
      item(text, 'No comment', 'quote'),
      item(text, 'Peskov said', 'claim', text.indexOf('\n')),
    ]);
    expect(painted).toBe(4);
    const marks = [...document.querySelectorAll('mark[data-sourcelight]')];
    expect(marks.map((m) => [m.getAttribute('data-sourcelight'), m.textContent])).toEqual([
      ['official', 'Dmitry'],
      ['official', 'Peskov'],
      ['quote', 'No comment'],
      ['claim', 'Peskov said'],
    ]);
    expect(document.body.textContent).toBe(new DOMParser().parseFromString(`<body>${HTML}</body>`, 'text/html').body.textContent);
    h.clear();
    expect(document.body.innerHTML).toBe(before);
    // The map still holds after clear(): painting again gives the same marks.
    expect(h.paint([item(text, 'Dmitry Peskov', 'official')])).toBe(2);
  });

  it('keeps the text map true while marks are on the page, and after they are gone', () => {
    const { map, text } = page();
    const h = new WrapHighlighter(map, document);
    h.paint([item(text, 'Dmitry Peskov', 'official'), item(text, 'Peskov', 'official', text.indexOf('\n'))]);
    expectRunsFaithful(map);
    // What comes after a mark in the same node still maps: the quotation after "Peskov".
    const quote = item(text, 'No comment', 'quote');
    expect(rangesFor(map, quote.start, quote.end, document).map((r) => r.toString())).toEqual(['No comment']);
    h.clear();
    expectRunsFaithful(map);
    expect(rangesFor(map, quote.start, quote.end, document).map((r) => r.toString())).toEqual(['No comment']);
  });

  it('paints overlapping items once (the first wins)', () => {
    const { map, text } = page();
    const h = new WrapHighlighter(map, document);
    h.paint([item(text, 'Peskov said', 'claim', text.indexOf('\n')), item(text, 'Peskov', 'official', text.indexOf('\n'))]);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Peskov said']);
  });
});

describe('PageHighlighter.paintInStretches', () => {
  it('paints in stretches what paint() paints at once, yielding between them', async () => {
    const { PageHighlighter } = await import('@/lib/highlight/composite');
    const { map, text } = page();
    const items = [
      item(text, 'Dmitry Peskov', 'official'),
      item(text, 'No comment', 'quote'),
      item(text, 'Peskov', 'official', text.indexOf('\n')),
      item(text, 'Ukraine', 'institution'),
    ];
    const once = new PageHighlighter(map, document, () => 'card');
    const all = once.paint(items);
    const marks = document.body.innerHTML;
    once.clear();
    const pauses: number[] = [];
    const gradual = new PageHighlighter(map, document, () => 'card');
    const painted = await gradual.paintInStretches(
      items,
      async () => pauses.push(1),
      () => {},
      1,
    );
    expect(painted).toBe(all);
    expect(document.body.innerHTML).toBe(marks);
    expect(pauses.length).toBeGreaterThanOrEqual(3);
    gradual.clear();
    expectRunsFaithful(map);
  });
});

describe('PageHighlighter and the page watcher', () => {
  it("paints and clears through the watcher's ours(): our marks are never a change of the page, the page's are", async () => {
    const { PageHighlighter } = await import('@/lib/highlight/composite');
    const { watchPage } = await import('@/lib/page/watch');
    const { map, text } = page();
    const items = [
      item(text, 'Dmitry Peskov', 'official'),
      item(text, 'No comment', 'quote'),
      item(text, 'Peskov', 'official', text.indexOf('\n')),
    ];
    const controller = new AbortController();
    let reads = 0;
    const watch = watchPage(() => reads++, controller.signal, 20);
    watch.resume(document.querySelector('article')!);
    const highlighter = new PageHighlighter(map, document, () => 'card', watch.ours);
    // A settings change repaints: clear, then paint again in stretches, twice over.
    for (let i = 0; i < 2; i++) {
      highlighter.clear();
      expect(
        await highlighter.paintInStretches(
          items,
          () => new Promise((r) => setTimeout(r, 5)),
          () => {},
          1,
        ),
      ).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 60));
    }
    expect(document.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(reads).toBe(0);
    const p = document.createElement('p');
    p.textContent = 'A paragraph the page added.';
    document.querySelector('article')!.append(p);
    await new Promise((r) => setTimeout(r, 60));
    expect(reads).toBe(1);
    highlighter.clear();
    controller.abort();
  });
});
