/**
 * The highlighter the content script uses: every mention of a source (people, institutions and
 * media, anonymous sources) is wrapped, so that it can take keyboard focus and open its card;
 * claims are painted with the CSS Custom Highlight API, which does not touch the page's DOM.
 * Without that API, everything is wrapped. Every change to the page's DOM goes through `asOurs`
 * (the page watcher's, so that it never takes our marks for a change of the page).
 */
import type { TextMap } from '../article/text-map';
import { CssHighlighter, nativeHighlightApi } from './css-highlights';
import type { Highlighter, HighlightItem, HighlightStyle } from './highlighter';
import { WrapHighlighter } from './wrap';

const FOCUSABLE: ReadonlySet<HighlightStyle> = new Set(['official', 'person', 'institution', 'anonymous']);

/** Runs a synchronous change of the page's DOM made by us. */
export type AsOurs = <T>(change: () => T) => T;

export class PageHighlighter implements Highlighter {
  private readonly wrap: WrapHighlighter;
  private readonly css: CssHighlighter | null;

  constructor(
    map: TextMap,
    doc: Document,
    label: (item: HighlightItem) => string,
    private readonly asOurs: AsOurs = (change) => change(),
  ) {
    const api = nativeHighlightApi();
    this.css = api ? new CssHighlighter(map, doc, api) : null;
    this.wrap = new WrapHighlighter(map, doc, { styles: FOCUSABLE, label });
  }

  paint(items: HighlightItem[]): number {
    if (!this.css) return this.asOurs(() => this.wrap.paint(items));
    // Wrapping first: it splits text nodes and updates the map that the CSS renderer then reads.
    const wrapped = this.asOurs(() => this.wrap.paint(items.filter((i) => FOCUSABLE.has(i.style))));
    return wrapped + this.css.paint(items.filter((i) => !FOCUSABLE.has(i.style)));
  }

  clear(): void {
    this.css?.clear();
    this.asOurs(() => this.wrap.clear());
  }

  /**
   * paint() in stretches of `batch` marks, `pause` between them, so that a long article does not
   * block the page; `time` hears how long each stretch took.
   */
  async paintInStretches(items: HighlightItem[], pause: () => Promise<unknown>, time: (ms: number) => void, batch = 120): Promise<number> {
    this.clear();
    if (!this.css) return this.inStretches(items, pause, time, batch);
    const wrapped = await this.inStretches(
      items.filter((i) => FOCUSABLE.has(i.style)),
      pause,
      time,
      batch,
    );
    await pause();
    const t = performance.now();
    const painted = this.css.paint(items.filter((i) => !FOCUSABLE.has(i.style)));
    time(performance.now() - t);
    return wrapped + painted;
  }

  private async inStretches(
    items: HighlightItem[],
    pause: () => Promise<unknown>,
    time: (ms: number) => void,
    batch: number,
  ): Promise<number> {
    let painted = 0;
    for (let i = 0; i < items.length; i += batch) {
      if (i > 0) await pause();
      const t = performance.now();
      painted += this.asOurs(() => this.wrap.add(items.slice(i, i + batch)));
      time(performance.now() - t);
    }
    return painted;
  }
}
