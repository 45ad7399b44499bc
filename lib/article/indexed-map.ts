/**
 * A text map that can cross a message: runs point at text nodes by their index in document
 * order instead of by reference. The background reads a copy of the page (its HTML, parsed with
 * linkedom); the content script finds the same text nodes on the live page again.
 */
import type { TextMap } from './text-map';

/** [start, end, text-node index, offset in that node] */
export type IndexedRun = [number, number, number, number];

/** Every text node under `root`, in document order (iteratively: pages can nest deep). */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out.push(node as Text);
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** Each text node under `root` to its place in document order. */
export function textIndex(root: Node): Map<Node, number> {
  const index = new Map<Node, number>();
  textNodes(root).forEach((n, i) => index.set(n, i));
  return index;
}

/** The map's runs by their nodes' places in `index` (textIndex's, taken where the nodes were first: the page's order). */
export function indexRuns(index: Map<Node, number>, map: TextMap): IndexedRun[] {
  return map.runs.filter((r) => index.has(r.node)).map((r) => [r.start, r.end, index.get(r.node)!, r.nodeStart]);
}

// How far from its index a node may have moved: the copy's parser and the browser's can differ
// (adjacent text nodes serialise as one, <noscript> and <template> parse differently).
const WINDOW = 400;

/**
 * The map on the live page: each run's node is the one at its index if its text is there, else
 * the nearest node around it that holds the run's text at the same offset. Runs not found are
 * left out (their text stays unhighlighted rather than highlighted in the wrong place).
 */
export function resolveRuns(root: Node, text: string, runs: IndexedRun[]): TextMap {
  const resolver = new RunResolver(root, text);
  resolver.add(runs);
  return resolver.map;
}

/** resolveRuns in pieces, so that a long article can be found again between the page's own work. */
export class RunResolver {
  private readonly live: Text[];
  private shift = 0;
  readonly map: TextMap;

  constructor(root: Node, text: string) {
    this.live = textNodes(root);
    this.map = { text, runs: [] };
  }

  add(runs: IndexedRun[]): void {
    const { live, map } = this;
    for (const [start, end, index, nodeStart] of runs) {
      const expected = map.text.slice(start, end);
      const fits = (i: number) => {
        const n = live[i];
        return !!n && n.data.startsWith(expected, nodeStart);
      };
      let found = -1;
      if (fits(index + this.shift)) found = index + this.shift;
      else {
        for (let d = 1; d <= WINDOW && found < 0; d++) {
          if (fits(index + this.shift + d)) found = index + this.shift + d;
          else if (fits(index + this.shift - d)) found = index + this.shift - d;
        }
      }
      if (found < 0) continue;
      this.shift = found - index;
      map.runs.push({ start, end, node: live[found]!, nodeStart });
    }
  }
}
