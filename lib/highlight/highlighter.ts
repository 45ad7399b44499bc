/**
 * What gets highlighted and how, independent of the renderer. Styles tell apart a named official,
 * another person, an institution or medium, an anonymous source, and direct or reported claims.
 */
export type HighlightStyle = 'official' | 'person' | 'institution' | 'anonymous' | 'quote' | 'claim';

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['official', 'person', 'institution', 'anonymous', 'quote', 'claim'];

export interface HighlightItem {
  style: HighlightStyle;
  /** Offsets in the article text. */
  start: number;
  end: number;
  /** What the highlight stands for (an entity's or a claim's index), for cards and keyboard focus. */
  key: string;
}

export interface Highlighter {
  /** Paints the items (replacing what was painted before); returns how many ranges were painted. */
  paint(items: HighlightItem[]): number;
  /** Removes every highlight and leaves the page as it was. */
  clear(): void;
}

/** The name of a style's highlight in the page's registry, and its class in the wrapping renderer. */
export function highlightName(style: HighlightStyle): string {
  return `sourcelight-${style}`;
}
