/**
 * The one coordinate system: an element's rendered text as a plain string, and the map from
 * offsets in that string back to the text nodes it came from.
 *
 * White space is collapsed the way a browser renders it, blocks become paragraph breaks ("\n\n")
 * and <br> a line break ("\n"). Each run maps a stretch of the string one-to-one onto a stretch
 * of one text node, so an offset resolves to (node, offset) by binary search.
 */

/** A stretch of the text that is a verbatim copy of part of one text node. */
export interface TextRun {
  /** Offsets in the text, end exclusive. */
  start: number;
  end: number;
  node: Text;
  /** Offset in `node.data` of the run's first character. */
  nodeStart: number;
}

export interface TextMap {
  text: string;
  runs: TextRun[];
}

/** A node-local slice of a text span: what a Range or a highlight needs. */
export interface NodeSlice {
  node: Text;
  startOffset: number;
  endOffset: number;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

// Elements whose boundaries end a paragraph (HTML's block-level and list/table structure).
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
]);
const CELL = new Set(['TD', 'TH']);

// Stretches of text between collapsible white space (HTML's: not U+00A0, which renders as a space
// but does not collapse). Single spaces stay inside a stretch: they are copied as they are, so a
// run covers a whole sentence rather than one word.
const STRETCH = /[^ \t\n\r\f]+(?: [^ \t\n\r\f]+)*/g;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Builds the text of `root` and its map. `resolve` maps each text node met to the node the map
 * should point at (the live page's node when `root` is in a clone); returning null keeps the
 * text but leaves it unmapped.
 */
export function buildTextMap(root: Node, resolve: (node: Text) => Text | null = (n) => n): TextMap {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let pendingSpace = false;
  let pendingBreak = 0; // 0 none, 1 line break, 2 paragraph break

  const emit = (s: string, node: Text | null, nodeStart: number) => {
    if (length > 0) {
      if (pendingBreak) {
        const sep = pendingBreak === 2 ? '\n\n' : '\n';
        parts.push(sep);
        length += sep.length;
      } else if (pendingSpace) {
        parts.push(' ');
        length += 1;
      }
    }
    pendingBreak = 0;
    pendingSpace = false;
    const last = runs[runs.length - 1];
    if (node && last && last.node === node && last.end === length && last.nodeStart + (last.end - last.start) === nodeStart) {
      last.end += s.length;
    } else if (node) {
      runs.push({ start: length, end: length + s.length, node, nodeStart });
    }
    parts.push(s);
    length += s.length;
  };

  const requestBreak = (n: number) => {
    if (n > pendingBreak) pendingBreak = n;
  };

  const visitText = (node: Text, pre: boolean) => {
    const data = node.data;
    const target = resolve(node);
    if (pre) {
      // Pre-formatted text keeps its white space; only its newlines are breaks.
      const lines = data.split('\n');
      let offset = 0;
      lines.forEach((line, i) => {
        if (i > 0) requestBreak(1);
        if (line.length) emit(line, target, offset);
        offset += line.length + 1;
      });
      return;
    }
    STRETCH.lastIndex = 0;
    let m: RegExpExecArray | null;
    let prevEnd = 0;
    while ((m = STRETCH.exec(data))) {
      if (m.index > prevEnd) pendingSpace = true;
      emit(m[0], target, m.index);
      prevEnd = m.index + m[0].length;
    }
    if (prevEnd < data.length) pendingSpace = true;
  };

  const visit = (node: Node, pre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      visitText(node as Text, pre);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === ELEMENT_NODE ? el.tagName.toUpperCase() : '';
    if (SKIP.has(tag)) return;
    if (tag && isHidden(el)) return;
    if (tag === 'BR') {
      requestBreak(1);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) requestBreak(2);
    else if (CELL.has(tag)) pendingSpace = true;
    const inPre = pre || tag === 'PRE';
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, inPre);
    if (block) requestBreak(2);
  };

  visit(root, false);
  return { text: parts.join(''), runs };
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Index of the run holding `offset`, or of the first run after it (runs.length when none). */
function runIndexAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.runs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text node and offset in it of a text offset, or null when the character is not mapped. */
export function locateOffset(map: TextMap, offset: number): { node: Text; offset: number } | null {
  const run = map.runs[runIndexAt(map, offset)];
  if (!run || offset < run.start) return null;
  return { node: run.node, offset: run.nodeStart + (offset - run.start) };
}

/**
 * The node slices that make up text[start, end): one per run it touches, in order. Separators
 * the map invented (collapsed spaces, paragraph breaks) belong to no node and are left out.
 */
export function sliceNodes(map: TextMap, start: number, end: number): NodeSlice[] {
  const out: NodeSlice[] = [];
  for (let i = runIndexAt(map, start); i < map.runs.length; i++) {
    const run = map.runs[i]!;
    if (run.start >= end) break;
    const s = Math.max(start, run.start);
    const e = Math.min(end, run.end);
    if (e > s) out.push({ node: run.node, startOffset: run.nodeStart + (s - run.start), endOffset: run.nodeStart + (e - run.start) });
  }
  return out;
}

/**
 * Keeps the map true when a text node is split at `offset` (Text.splitText): what lay at or after
 * `offset` now lies in `tail`, from its offset 0. A run crossing the split becomes two runs.
 */
export function splitRuns(map: TextMap, node: Text, offset: number, tail: Text): void {
  const out: TextRun[] = [];
  for (const run of map.runs) {
    if (run.node !== node) {
      out.push(run);
      continue;
    }
    const length = run.end - run.start;
    if (run.nodeStart >= offset) {
      out.push({ ...run, node: tail, nodeStart: run.nodeStart - offset });
    } else if (run.nodeStart + length <= offset) {
      out.push(run);
    } else {
      const head = offset - run.nodeStart;
      out.push({ ...run, end: run.start + head }, { start: run.start + head, end: run.end, node: tail, nodeStart: 0 });
    }
  }
  map.runs = out;
}

/** Undoes splitRuns once `tail`'s text has been appended back to `node` (its length was `offset`). */
export function joinRuns(map: TextMap, node: Text, offset: number, tail: Text): void {
  for (const run of map.runs) {
    if (run.node === tail) {
      run.node = node;
      run.nodeStart += offset;
    }
  }
}
