/**
 * Takes out of Readability's result the blocks that sit in an article's body without being the
 * article: captions and photo credits, contributor, copyright and byline lines, readers'
 * comments, lists of links to other stories, page controls. A name in any of them is not a
 * person of the article.
 *
 * It works on the clone Readability returned, before the text map is built, so the map never
 * sees what is removed and stays true to the live page.
 */
import {
  BYLINE_DESK,
  BYLINE_LINE,
  CHROME_WORDS,
  COMMENTS_HEADING,
  RELATED_HEADING,
  CONTRIBUTORS,
  COPYRIGHT,
  CREDIT_LINE,
  CREDIT_TAIL,
  CAPTION_MARK,
  CAPTION_WORDING,
  DATE_LINE,
  DESK_LINE,
  EDGE_BYLINE,
  FROM_LINE,
} from './boilerplate-phrases';
import { BLOCKS, isDataCell, isLeafBlock, letters, lineText, looseRuns, normalise, removeFrom, tagOf } from './blocks';

// Elements whose class or id says what they hold, as sites name them ("story_image_caption",
// "cnnStoryPhotoCaptionBox", "related-links", "newsletter-signup", "comments"), word by word so
// that a flag on the article's own wrapper ("no_caption", "has-comments") does not count.
const LABEL_WORD = /caption|credit|related|promo|newsletter|subscribe|signup|comment|topics|tags/i;
const NOT_LABEL = /^(?:no|has|with|without|show|hide)[-_]?|commentary/i;

function isLabelled(el: Element): boolean {
  if (tagOf(el) === 'FIGCAPTION' || tagOf(el) === 'CAPTION') return true;
  if (el.closest('pre, code')) return false; // a highlighter's "token comment"
  const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return label.split(/\s+/).some((word) => LABEL_WORD.test(word) && !NOT_LABEL.test(word));
}

// A labelled element holding this share of the text or more is the article itself, whatever its
// class says ("post has-comments").
const LABELLED_MAX_SHARE = 0.4;
// Text lines longer than these are paragraphs, not credits or bylines; a caption with its credit
// may run longer than a credit line alone.
const LINE_MAX = 300;
const CAPTION_MAX = 500;
// A block whose letters are mostly link text is a list of other stories.
const LINK_SHARE = 0.8;
// Letters of text before a comments heading or section for it to cut: a "Comments (3)" near the
// top is a control.
const COMMENTS_MIN_BEFORE = 400;
// A heading over other stories cuts the rest only once this share of the text has come before
// it: a "More on this story" box in the middle of a story is removed as a list, not as a tail.
const RELATED_MIN_SHARE = 0.6;
// A class or id word naming the comments section: "comments", "comment-list", "user-comments".
const COMMENTS_SECTION =
  /^(?:(?:user|reader|article|story|post)[-_]?)?(?:comments|comments?[-_]?(?:section|area|container|list|thread|wrapper|block|box|holder|module|panel))$/i;

/** Whether a block's whole text is a credit, contributor, copyright, byline, date or chrome line. */
export function isBoilerplateLine(raw: string): boolean {
  // "(Reporting by X; Editing by Y)": a line in brackets is read without them
  const text = normalise(raw).replace(/^\((.*)\)$/, '$1');
  if (!text || text.length > CAPTION_MAX) return false;
  if (CREDIT_TAIL.test(text)) return true;
  if (text.length > LINE_MAX) return false;
  if (CREDIT_LINE.test(text) || CAPTION_MARK.test(text) || CAPTION_WORDING.some((re) => re.test(text))) return true;
  if (CONTRIBUTORS.some((re) => re.test(text)) || COPYRIGHT.some((re) => re.test(text))) return true;
  if (text.length <= 120 && [BYLINE_LINE, BYLINE_DESK, DESK_LINE, FROM_LINE].some((re) => re.test(text))) return true;
  if (text.length <= 80 && DATE_LINE.test(text)) return true;
  return isChrome(text);
}

function isChrome(text: string): boolean {
  if (text.length > 60) return false;
  const words = text.toLowerCase().match(/[\p{L}-]+/gu);
  return !!words && words.every((w) => CHROME_WORDS.has(w));
}

// Containers judged whole for links: lists, and the tables of table-laid pages ("More Breaking
// Business News" as a table of linked headlines).
const LISTS = new Set(['UL', 'OL', 'DL', 'TABLE', 'TR']);

/** Whether `el` is mostly links: at least two of them, or one that is all of a short block. */
function isLinkList(el: Element): boolean {
  if (isDataCell(el)) return false; // judged with its row or table
  const all = letters(el.textContent ?? '');
  if (!all) return false;
  const links = Array.from(el.querySelectorAll('a')).filter((a) => letters(a.textContent ?? '') > 0);
  if (!links.length) return false;
  const linked = links.reduce((n, a) => n + letters(a.textContent ?? ''), 0);
  if (links.length >= 2) return linked / all >= LINK_SHARE;
  // A heading linked within the page (back to a table of contents) is the article's own.
  if (/^H[1-6]$/.test(tagOf(el)) && (links[0]!.getAttribute('href') ?? '').startsWith('#')) return false;
  return linked / all >= 0.95 && normalise(el.textContent).length <= 100 && !/[.!?"”]$/.test(normalise(el.textContent));
}

/** A short title-like block ("BROWSE AUTHORS", "More from Front Page", "Top News"). */
function isHeadingLike(el: Element | null): el is Element {
  if (!el) return false;
  const text = normalise(el.textContent);
  return text.length > 0 && text.length <= 40 && text.split(' ').length <= 5 && !/[.!?,;"”]$/.test(text);
}

/** The block just before `el` in reading order, if it is a sibling or its parent's. */
function previousBlock(el: Element): Element | null {
  return el.previousElementSibling ?? el.parentElement?.previousElementSibling ?? null;
}

/**
 * Removes the readers' comments and all that follows them: a comments section closes the article,
 * and what comes after it (sidebars, more links) is not the article either. It starts at a
 * comments heading or at an element named as the comments section, once enough text has come
 * before it ("Comments (3)" near the top is a control, not the section).
 */
function removeComments(root: Element): void {
  const total = letters(root.textContent ?? '');
  let before = 0;
  for (const el of Array.from(root.querySelectorAll(`${BLOCKS}, [class], [id]`))) {
    const leaf = isLeafBlock(el);
    const text = leaf ? normalise(el.textContent) : '';
    const heading = leaf && COMMENTS_HEADING.test(text) && !isDataCell(el);
    const related =
      leaf &&
      before >= RELATED_MIN_SHARE * total &&
      text.split(' ').length <= 6 &&
      !/[.!?…]$/.test(text) &&
      RELATED_HEADING.test(text) &&
      !isDataCell(el);
    if ((before >= COMMENTS_MIN_BEFORE && (heading || isCommentsSection(el))) || related) {
      removeFrom(el, root);
      return;
    }
    before += letters(text);
  }
}

function isCommentsSection(el: Element): boolean {
  const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return label.split(/\s+/).some((token) => COMMENTS_SECTION.test(token));
}

// Bylines and sign-offs sit among the first and last few blocks of the text.
const EDGE_BLOCKS = 4;

function edgeBlocks(root: Element): Set<Element> {
  const leaves = Array.from(root.querySelectorAll(BLOCKS)).filter((el) => isLeafBlock(el) && letters(el.textContent ?? '') > 0);
  return new Set([...leaves.slice(0, EDGE_BLOCKS), ...leaves.slice(-EDGE_BLOCKS)]);
}

export function removeBoilerplate(root: Element): void {
  removeComments(root);
  const total = letters(root.textContent ?? '');
  for (const el of Array.from(root.querySelectorAll('figcaption, caption, [class], [id]'))) {
    if (!root.contains(el) || !isLabelled(el)) continue; // or inside one removed before
    if (letters(el.textContent ?? '') < LABELLED_MAX_SHARE * total) el.remove();
  }

  for (const el of [root, ...Array.from(root.querySelectorAll(BLOCKS))]) {
    if (!root.contains(el) || isLeafBlock(el)) continue;
    for (const run of looseRuns(el)) if (isBoilerplateLine(lineText(run))) run.forEach((n) => n.parentNode?.removeChild(n));
  }

  const edges = edgeBlocks(root);
  for (const el of Array.from(root.querySelectorAll(`ul, ol, dl, table, tr, ${BLOCKS}`))) {
    if (!root.contains(el)) continue;
    const leaf = isLeafBlock(el);
    const line = leaf ? lineText([el]) : '';
    const byline = edges.has(el) && line.length <= 120 && EDGE_BYLINE.test(normalise(line));
    if ((leaf && !isDataCell(el) && (isBoilerplateLine(line) || byline)) || ((leaf || LISTS.has(tagOf(el))) && isLinkList(el))) {
      const heading = previousBlock(el);
      if (isLinkList(el) && isHeadingLike(heading) && !heading.contains(el)) heading.remove();
      el.remove();
    }
  }
}
