/**
 * Running prose as news is written: many short paragraphs of whole sentences, mostly not links,
 * side by side in one container. Wire copy and most papers write paragraphs of one or two
 * sentences (60 to 140 characters), which Readability's readerable check does not count (it
 * weighs only paragraphs of 140 characters or more), and pages of before HTML5 set them as
 * table cells or text between <br>s rather than <p>s. Read without changing the page: detection
 * uses the run's size, the fallback extraction its container.
 */
import { letters, normalise, tagOf } from './blocks';

// Containers whose own text can be a paragraph: <p>, and the boxes old layouts put text in.
const PARAGRAPH_TAGS = new Set(['P', 'DIV', 'TD', 'BLOCKQUOTE', 'DD', 'SECTION', 'ARTICLE', 'LI', 'CENTER', 'MAIN']);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'IFRAME',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
]);
// (Not <form>: ASP.NET pages wrap the whole page in one.)
const INLINE_TAGS = new Set([
  'A',
  'B',
  'I',
  'EM',
  'STRONG',
  'U',
  'SMALL',
  'BIG',
  'SUB',
  'SUP',
  'ABBR',
  'CITE',
  'Q',
  'TIME',
  'MARK',
  'BR',
  'WBR',
  'FONT',
  'SPAN',
  'TT',
  'S',
  'STRIKE',
  'DFN',
  'KBD',
  'CODE',
  'VAR',
  'LABEL',
  'IMG',
]);

// A paragraph of news: at least a sentence of some length, ending as sentences end, and not a
// list of links (a share of link text above this is navigation or "related stories").
const MIN_PARAGRAPH = 60;
const MAX_LINK_SHARE = 0.3;
// (A letter right before the stop: a pattern that scans a whole text for each letter would take
// time growing with the square of a long block's length, on the page's main thread.)
const SENTENCE = /[\p{L}\p{N}]["'”’)]?[.!?]["'”’)]?(?:\s|$)/u;

// The parent gets half of each child's paragraphs: above this share of the best child's, other
// children hold prose too (a fifth of the best one's or more).
const SIBLINGS_SHARE = 0.6;

export interface ProseRun {
  /** The element holding the most prose: the paragraphs' parent (or grandparent). */
  container: Element | null;
  /** How many paragraphs of prose it holds, their sentences and their letters. */
  paragraphs: number;
  sentences: number;
  letters: number;
}

// Where one sentence ends and the next begins: a full stop (or ! ?), maybe a closing quote, a
// space, and a capital. Text set between single <br>s is one "paragraph" of many sentences.
const SENTENCE_END = /[.!?]["'”’)]?\s+["“‘']?\p{Lu}/gu;

function sentencesOf(text: string): number {
  return 1 + (text.match(SENTENCE_END)?.length ?? 0);
}

/**
 * The paragraphs of `el`'s own text: its text nodes and inline children, split at double <br>
 * (text set between <br><br> is a paragraph each), block children left to themselves.
 */
function ownParagraphs(el: Element): Array<{ text: string; linked: number }> {
  const out: Array<{ text: string; linked: number }> = [];
  let text = '';
  let linked = 0;
  let brs = 0;
  const flush = () => {
    if (text.trim()) out.push({ text: normalise(text), linked });
    text = '';
    linked = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      const tag = tagOf(child);
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.trim()) {
          brs = 0;
          if (inLink) linked += letters(data);
        }
        text += data;
      } else if (tag === 'BR') {
        if (++brs >= 2) flush();
        text += ' ';
      } else if (INLINE_TAGS.has(tag)) {
        // <font>, <span>, <b> around text and its <br>s are part of this block's text; blocks
        // inside them (an empty <p></p> between paragraphs) separate it, and count for themselves.
        walk(child, inLink || tag === 'A');
      } else if (child.nodeType === 1) {
        flush();
      }
    }
  };
  walk(el, false);
  flush();
  return out;
}

function isProse(p: { text: string; linked: number }): boolean {
  const n = letters(p.text);
  return p.text.length >= MIN_PARAGRAPH && p.linked <= MAX_LINK_SHARE * n && SENTENCE.test(p.text) && /\s\S+\s\S+\s/.test(p.text);
}

/**
 * Finds the container of the page's longest run of prose: each paragraph counts for the element
 * that holds it and half for that element's parent (paragraphs in sibling cells or boxes meet
 * there), as Readability scores candidates, but without its class-name guesses.
 */
export function findProse(root: Element | null): ProseRun {
  const none: ProseRun = { container: null, paragraphs: 0, sentences: 0, letters: 0 };
  if (!root) return none;
  const score = new Map<Element, { paragraphs: number; sentences: number; letters: number }>();
  const add = (el: Element | null, n: number, sentences: number, weight: number) => {
    if (!el) return;
    const s = score.get(el) ?? { paragraphs: 0, sentences: 0, letters: 0 };
    s.paragraphs += weight;
    s.sentences += sentences * weight;
    s.letters += n * weight;
    score.set(el, s);
  };
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') continue;
    for (const child of Array.from(el.children)) stack.push(child);
    if (!PARAGRAPH_TAGS.has(tag)) continue;
    const paragraphs = ownParagraphs(el).filter(isProse);
    // A <p>, or a box holding one paragraph (sites that set each paragraph in a <div>), is a
    // paragraph: it counts for its parent. A box of several loose paragraphs counts for itself.
    const holder = tag === 'P' || paragraphs.length === 1 ? el.parentElement : el;
    for (const p of paragraphs) {
      const n = letters(p.text);
      const k = sentencesOf(p.text);
      add(holder, n, k, 1);
      add(holder?.parentElement ?? null, n, k, 0.5);
      // Layouts of tables put a paragraph in a row each: the rows meet at their table.
      if (tag === 'TD') add(el.closest('table'), n, k, 1);
    }
  }
  let best: ProseRun = none;
  for (const [el, s] of score) {
    if (s.letters > best.letters)
      best = { container: el, paragraphs: Math.round(s.paragraphs), sentences: Math.round(s.sentences), letters: Math.round(s.letters) };
  }
  // A story split over sibling boxes (the first paragraphs in one <div>, the rest in the next):
  // their parent, which holds half of each, holds more than half of the best one's.
  const parent = best.container?.parentElement;
  const parentScore = parent ? score.get(parent) : undefined;
  if (parent && parentScore && parentScore.letters > SIBLINGS_SHARE * best.letters) best = { ...best, container: parent };
  return best;
}
