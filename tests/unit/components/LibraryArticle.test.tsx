// @vitest-environment happy-dom
/** The library shows every annotation, and says which are not placed in the text it holds. */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { LibraryArticle } from '@/components/LibraryArticle';
import type { SavedArticle } from '@/lib/library/types';
import { reviewedSaved } from '../export/fixtures';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});
const noop = () => {};
const show = (article: SavedArticle) => {
  const el = root();
  render(<LibraryArticle article={article} onAnnotate={noop} onNew={noop} onDelete={noop} onBack={noop} />, el);
  return el;
};

describe('LibraryArticle: annotations that are not placed', () => {
  const reviewed = reviewedSaved();
  const highlight = reviewed.annotations.find((a) => a.type === 'highlight')!;
  // An independent oracle: the annotation's span of the text is not its quote.
  const offText = (article: SavedArticle) =>
    article.annotations
      .filter((a) => article.text && article.text.slice(a.selector.position.start, a.selector.position.end) !== a.selector.quote.exact)
      .map((a) => a.id);
  it.each<[string, SavedArticle, number]>([
    ['all placed', reviewed, 0],
    [
      'one past the end of the text',
      {
        ...reviewed,
        annotations: reviewed.annotations.map((a) =>
          a === highlight
            ? {
                ...a,
                selector: {
                  ...a.selector,
                  position: { start: reviewed.text.length + 10, end: reviewed.text.length + 10 + a.selector.quote.exact.length },
                },
              }
            : a,
        ),
      },
      1,
    ],
    // "landing fees" is also inside a claim: both are gone.
    ['a passage gone from the text', { ...reviewed, text: reviewed.text.replace(highlight.selector.quote.exact, 'harbour dues') }, 2],
    ['none in an article without its text (from JSON-LD): nothing to place in', { ...reviewed, text: '' }, 0],
  ])('%s', (_, article, unplaced) => {
    const el = show(article);
    expect(el.querySelectorAll('[data-testid=annotation]')).toHaveLength(article.annotations.length);
    const marked = [...el.querySelectorAll('[data-testid=not-placed]')].map((n) => n.closest('[data-testid=annotation]')!.id);
    expect(marked).toEqual(offText(article));
    expect(marked).toHaveLength(unplaced);
    if (unplaced) expect(marked).toContain(highlight.id);
    expect(el.querySelector('[data-testid=not-placed-count]')?.textContent ?? '').toMatch(
      unplaced ? new RegExp(`^${unplaced} of them (is|are) not placed`) : /^$/,
    );
    // Never marked in the text where it is not.
    const marks = [...el.querySelectorAll('mark')].map((m) => m.textContent);
    if (unplaced) expect(marks).not.toContain(highlight.selector.quote.exact);
  });
});
