/**
 * Reading a clone of an article as blocks of text: which elements are blocks, their text as a
 * reader sees it, text lying loose between them, and table cells that hold data.
 */

export const BLOCKS = 'p, div, li, td, th, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, caption, figcaption, section, pre';

export const normalise = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const LETTER = /^[\p{L}\p{N}]$/u;
/** Per code unit of the Basic Multilingual Plane: 0 not asked yet, 1 a letter or digit, 2 not. */
const KIND = new Uint8Array(0x10000);

/**
 * How many letters and digits `s` has: code points, as /[\p{L}\p{N}]/gu counts them. Asked of whole
 * articles and of each of their blocks, many times a page: counted by that regex's match, it made
 * an array as long as the text, ten times slower than this loop, which asks the regex once per
 * character outside ASCII (its answer kept) and once per character past the Basic Multilingual
 * Plane. The same count for every character (tests/unit/article/blocks.test.ts).
 */
export function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const lower = c | 0x20;
      if ((c >= 0x30 && c <= 0x39) || (lower >= 0x61 && lower <= 0x7a)) n++;
    } else if (c < 0xd800 || c > 0xdfff) {
      let kind = KIND[c]!;
      if (!kind) kind = KIND[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
      if (kind === 1) n++;
    } else {
      // A surrogate: with the next one, a code point past the plane; alone, no letter.
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        if (LETTER.test(String.fromCodePoint((c - 0xd800) * 0x400 + next - 0xdc00 + 0x10000))) n++;
        i++;
      }
    }
  }
  return n;
}

/** An element's tag in capitals: an XHTML page's elements give theirs in lower case. */
export const tagOf = (node: Node): string => (node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '');

const BLOCK_NAMES = new Set(BLOCKS.toUpperCase().split(/,\s*/));

/** Whether an element below `el` has one of `tags` (capitals). */
export function holdsTag(el: Element, tags: ReadonlySet<string>): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (tags.has(tagOf(child)) || holdsTag(child, tags)) return true;
  }
  return false;
}

/**
 * No block below it. A walk over the tags rather than querySelector(BLOCKS): linkedom, in the
 * background, compiles a selector on every call, and this is asked of every block of every page.
 */
export function isLeafBlock(el: Element): boolean {
  return !holdsTag(el, BLOCK_NAMES);
}

const BLOCK_TAGS = new Set([...BLOCK_NAMES, 'UL', 'OL', 'DL', 'TABLE', 'TR', 'TBODY', 'FIGURE', 'HR']);

/** The text of `nodes` with each <br> as " / ", so that "By NAME<br>Desk" reads as one byline. */
export function lineText(nodes: Node[]): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += (node as Text).data;
    else if (tagOf(node) === 'BR') out += ' / ';
    else node.childNodes.forEach(walk);
  };
  nodes.forEach(walk);
  return out.replace(/^[\s/]+|[\s/]+$/g, '');
}

/**
 * Runs of text and inline elements lying loose between the blocks of a container ("By TERENCE
 * HUNT<br>AP White House Correspondent<div>…"): each run is read as a block of its own.
 */
export function looseRuns(el: Element): Node[][] {
  const runs: Node[][] = [[]];
  for (const child of Array.from(el.childNodes)) {
    if (BLOCK_TAGS.has(tagOf(child))) runs.push([]);
    else runs[runs.length - 1]!.push(child);
  }
  return runs.filter((run) => run.some((n) => letters(n.textContent ?? '') > 0));
}

// Table cells may hold data: a column of linked names is the table's, not a list of stories.
const CELLS = new Set(['TD', 'TH']);

/**
 * A cell with text beside it in its row: a column of a table of data (a "Comments" column
 * heading, a column of linked titles), not a box of a page laid out in a table.
 */
export function isDataCell(el: Element): boolean {
  if (!CELLS.has(tagOf(el)) || !el.parentElement) return false;
  return Array.from(el.parentElement.children).some((cell) => cell !== el && letters(cell.textContent ?? '') > 0);
}

/** Removes `el` and everything after it in document order, up to `root`. */
export function removeFrom(el: Element, root: Element): void {
  for (let node: Node | null = el; node && node !== root; node = node.parentNode) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  el.remove();
}
