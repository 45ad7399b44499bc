// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { articleRoot, watchPage } from '@/lib/page/watch';

afterEach(() => {
  document.body.innerHTML = '';
});

const quiet = (ms = 120) => new Promise((r) => setTimeout(r, ms));

/** A paragraph of text, as a page adds one. */
function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/** What our highlighter does to a text node: wrap a stretch of it in a mark, and unwrap it again. */
function markAndUnmark(p: Element) {
  const text = p.firstChild as Text;
  const middle = text.splitText(4);
  const mark = document.createElement('mark');
  mark.dataset.sourcelight = 'official';
  middle.parentNode!.insertBefore(mark, middle);
  mark.append(middle);
  mark.replaceWith(...mark.childNodes);
  p.normalize();
}

describe('articleRoot', () => {
  it('is the nearest element holding every text node of the article', () => {
    document.body.innerHTML = '<main><article><p>One</p><div><p>Two</p></div></article><aside><p>Most read</p></aside></main>';
    const texts = [...document.querySelectorAll('article p')].map((p) => p.firstChild!);
    expect((articleRoot(texts, document.body) as Element).tagName).toBe('ARTICLE');
    expect(articleRoot([], document.body)).toBe(document.body);
  });
});

describe('watchPage', () => {
  it('calls back once the page is quiet, for text changes only, and not while paused', async () => {
    document.body.innerHTML = '<article><p>One</p></article>';
    const article = document.querySelector('article')!;
    const controller = new AbortController();
    const seen: number[] = [];
    const watch = watchPage(() => seen.push(Date.now()), controller.signal, 50);
    watch.resume(article);
    article.setAttribute('data-x', '1'); // attributes do not count
    article.append(document.createTextNode('   ')); // nor white space
    await quiet();
    expect(seen).toHaveLength(0);
    article.append(paragraph('A late paragraph.'));
    article.append(document.createElement('p')); // a burst: one call
    await quiet();
    expect(seen).toHaveLength(1);
    watch.pause();
    article.append(document.createElement('p'));
    await quiet();
    expect(seen).toHaveLength(1);
    controller.abort();
  });

  it('never takes our own painting for a change of the page, however often we repaint', async () => {
    document.body.innerHTML = '<article><p>Vladimir Putin met Kim Jong Un.</p></article>';
    const article = document.querySelector('article')!;
    const controller = new AbortController();
    let reads = 0;
    const watch = watchPage(() => reads++, controller.signal, 20, 3);
    watch.resume(article);
    // More repaints than the budget of re-reads (3), each as a settings change makes one.
    for (let i = 0; i < 6; i++) {
      watch.ours(() => markAndUnmark(article.firstElementChild!));
      await quiet(40);
    }
    expect(reads).toBe(0);
    // The budget is still whole: the page's own changes are read, up to it.
    for (let i = 0; i < 5; i++) {
      article.append(paragraph(`Late paragraph ${i}.`));
      await quiet(60);
    }
    expect(reads).toBe(3);
    controller.abort();
  });

  it('hears a change the page made just before ours, in the same task, and keeps watching after ours', async () => {
    document.body.innerHTML = '<article><p>Dmitry Peskov said nothing.</p></article>';
    const article = document.querySelector('article')!;
    const controller = new AbortController();
    let reads = 0;
    const watch = watchPage(() => reads++, controller.signal, 20);
    watch.resume(article);
    article.append(paragraph('An update from the page.'));
    watch.ours(() => markAndUnmark(article.firstElementChild!));
    await quiet(80);
    expect(reads).toBe(1);
    watch.ours(() => markAndUnmark(article.firstElementChild!));
    article.append(paragraph('Another update.'));
    await quiet(80);
    expect(reads).toBe(2);
    controller.abort();
  });

  it('watches only the root it was last given', async () => {
    document.body.innerHTML = '<div id="a"><p>One</p></div><div id="b"><p>Two</p></div>';
    const controller = new AbortController();
    let reads = 0;
    const watch = watchPage(() => reads++, controller.signal, 20);
    watch.resume(document.getElementById('a')!);
    watch.resume(document.getElementById('b')!);
    document.getElementById('a')!.append(paragraph('Not watched any more.'));
    await quiet(80);
    expect(reads).toBe(0);
    document.getElementById('b')!.append(paragraph('Watched.'));
    await quiet(80);
    expect(reads).toBe(1);
    controller.abort();
  });
});
