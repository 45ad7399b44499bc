/**
 * The CSS Custom Highlight API renderer: ranges registered by name, painted by ::highlight() rules.
 * The page's DOM is not touched at all, so nothing the page does can be broken by it.
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */
import type { TextMap } from '../article/text-map';
import { rangesFor } from '../anchoring/text-range';
import { HIGHLIGHT_STYLES, highlightName, type Highlighter, type HighlightItem } from './highlighter';

export interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}

export type HighlightConstructor = new (...ranges: Range[]) => { add(range: Range): unknown; priority?: number };

/** The browser's registry and Highlight class, where the API exists. */
export function nativeHighlightApi(): { registry: HighlightRegistryLike; Highlight: HighlightConstructor } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

export class CssHighlighter implements Highlighter {
  constructor(
    private readonly map: TextMap,
    private readonly doc: Document,
    private readonly api: { registry: HighlightRegistryLike; Highlight: HighlightConstructor },
  ) {}

  paint(items: HighlightItem[]): number {
    this.clear();
    const byStyle = new Map<string, Range[]>();
    for (const item of items) {
      const list = byStyle.get(item.style) ?? [];
      list.push(...rangesFor(this.map, item.start, item.end, this.doc));
      byStyle.set(item.style, list);
    }
    let painted = 0;
    HIGHLIGHT_STYLES.forEach((style, i) => {
      const ranges = byStyle.get(style);
      if (!ranges?.length) return;
      const highlight = new this.api.Highlight(...ranges);
      // Names over claims: a mention inside a quotation shows as a mention.
      highlight.priority = HIGHLIGHT_STYLES.length - i;
      this.api.registry.set(highlightName(style), highlight);
      painted += ranges.length;
    });
    return painted;
  }

  clear(): void {
    for (const style of HIGHLIGHT_STYLES) this.api.registry.delete(highlightName(style));
  }
}
