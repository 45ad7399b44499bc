/**
 * Light or dark, for what Sourcelight paints on a page. The cards are ours, so they follow the
 * scheme the page asks for (its root's `color-scheme`, else its `<meta name="color-scheme">`), and
 * the reader's system where the page names both or neither. The marks sit under the page's own
 * text, so they follow that text: light text means a dark page, whatever the page declares.
 */

/** The root's attribute that switches the marks to their dark-page colours (entrypoints/content/style.css). */
export const DARK_MARKS = 'data-sourcelight-dark';

/** WCAG 2's relative luminance of an sRGB colour given as 0–255 channels. */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (c = 0) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function isDarkPage(doc: Document): boolean {
  const root = getComputedStyle(doc.documentElement).colorScheme;
  const declared = root && root !== 'normal' ? root : (doc.querySelector('meta[name=color-scheme]')?.getAttribute('content') ?? '');
  const dark = declared.includes('dark');
  return dark === declared.includes('light') ? matchMedia('(prefers-color-scheme: dark)').matches : dark;
}

/** Sets the marks' colours by the colour of the article's text at `node`. */
export function markPageScheme(doc: Document, node: Node | undefined): void {
  const color = node?.parentElement ? getComputedStyle(node.parentElement).color : '';
  // Text lighter than 0.179 stands out more against black than against white: the page is dark.
  // (Only rgb() is read; a colour the browser gives in another space goes by the declared scheme.)
  const dark = color.startsWith('rgb') ? luminance(color.match(/[\d.]+/g)!.map(Number)) > 0.179 : isDarkPage(doc);
  doc.documentElement.toggleAttribute(DARK_MARKS, dark);
}
