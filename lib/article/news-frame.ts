/**
 * The frame of a news report: a headline that the page's title repeats ("More agony for Robinson"
 * in "The Press Association: More agony for Robinson"), and a date or dateline near the story.
 * A short report (a brief of three paragraphs) has too little prose to be told from a page of
 * blurbs by its prose alone; with its headline and its date it is a report.
 */
import { letters, normalise, tagOf } from './blocks';

const HEADLINE_TAGS = 'h1, h2, h3, h4, b, strong, font, span, td, div, p';
// A headline is a line: a few words, not a paragraph.
const HEADLINE_MIN = 15;
const HEADLINE_MAX = 200;
// The share of the title a headline takes at least: titles add the site's name, the section.
const TITLE_SHARE = 0.25;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "January 7, 2008", "7 January 2008", "Dec 31", "31 Dec", "2008-01-07", "07/01/2008", "1/7/08".
const DATE = new RegExp(
  `\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|(?:19|20)\\d\\d-\\d\\d-\\d\\d\\b|\\d{1,2}[/.]\\d{1,2}[/.](?:19|20)?\\d\\d\\b)`,
  'i',
);
const COPYRIGHT = /©|\(c\)|copyright/i;

const key = (s: string) =>
  normalise(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/ +/g, ' ')
    .trim();

/** The element whose whole text is the headline the page's title names, or null. */
export function findHeadline(root: Element, titles: Array<string | null>): Element | null {
  const wanted = titles.map((t) => key(t ?? '')).filter((t) => t.length >= HEADLINE_MIN);
  if (!wanted.length) return null;
  for (const el of Array.from(root.querySelectorAll(HEADLINE_TAGS))) {
    // Not a link (a site's name linking home, a teaser of another story), nor page chrome.
    if (el.closest('title, script, style, nav, select, option, a')) continue;
    // The innermost element with the text: a wrapper holding more than the headline is not it.
    // (Tested first: the text of every wrapper of a page of nested tables is costly to read.)
    if (el.querySelector('p, div, td, li, table')) continue;
    const text = normalise(el.textContent);
    if (text.length < HEADLINE_MIN || text.length > HEADLINE_MAX || text.split(' ').length < 3) continue;
    const k = key(text);
    // The headline is most of the title ("Headline - Site"): the site's name alone is not enough.
    if (k.length >= HEADLINE_MIN && wanted.some((t) => (t.includes(k) && k.length >= TITLE_SHARE * t.length) || k.includes(t))) return el;
  }
  return null;
}

/** Whether a date (not a copyright year) is written in `el`'s text. */
export function hasDate(el: Element): boolean {
  const walker: Element[] = [el];
  while (walker.length) {
    const node = walker.pop()!;
    if (/^(?:SCRIPT|STYLE|SELECT|OPTION)$/.test(tagOf(node))) continue;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) walker.push(child as Element);
      else if (child.nodeType === 3) {
        const text = (child as Text).data;
        if (letters(text) && DATE.test(text) && !COPYRIGHT.test(text)) return true;
      }
    }
  }
  return false;
}

// Old table layouts set the date in a row of its own above the headline's cell ("02 January 2008
// - 5:34PM | Print"): the date is looked for in the enclosing boxes too, as long as each adds
// little text to the story's (a page's sidebar or list of other stories would bring more).
const DATE_FRAME_LEVELS = 6;
const DATE_FRAME_GROWTH = 1.5;

/** Whether a date is written in `around` (a story's headline and prose) or in a box just around it. */
export function hasDateAround(around: Element): boolean {
  if (hasDate(around)) return true;
  const own = letters(around.textContent ?? '');
  let el = around.parentElement;
  for (let level = 0; el && level < DATE_FRAME_LEVELS; level++, el = el.parentElement) {
    if (tagOf(el) === 'BODY' || letters(el.textContent ?? '') > DATE_FRAME_GROWTH * own) return false;
    if (hasDate(el)) return true;
  }
  return false;
}

/**
 * The headline of the story in `container`: an element the title names that comes before the
 * story's prose (or inside it), not one of a sidebar after it.
 */
export function headlineOver(doc: Document, container: Element, titles: Array<string | null>): Element | null {
  const root = doc.body ?? doc.documentElement;
  const headline = root ? findHeadline(root, titles) : null;
  if (!headline) return null;
  // 4: Node.DOCUMENT_POSITION_FOLLOWING
  const before = container.contains(headline) || (headline.compareDocumentPosition(container) & 4) !== 0;
  return before ? headline : null;
}

/** The smallest element holding both `a` and `b`. */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let el: Element | null = a; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}
