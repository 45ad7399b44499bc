// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleRoot, watchPage } from '@/lib/page/watch';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

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
    await new Promise((r) => setTimeout(r, 120));
    expect(seen).toHaveLength(0);
    const p = document.createElement('p');
    p.textContent = 'A late paragraph.';
    article.append(p);
    article.append(document.createElement('p')); // a burst: one call
    await new Promise((r) => setTimeout(r, 120));
    expect(seen).toHaveLength(1);
    watch.pause();
    article.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 120));
    expect(seen).toHaveLength(1);
    controller.abort();
  });
});
