import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/read-page';
import { parse, readSample } from '../../helpers/shared-data';

describe('readPage (the content script\'s work)', () => {
  it('reports the article without its text: the text stays in the page', () => {
    const { state, extraction } = readPage(parse(readSample('world', 'harbour-talks.html')), 'page-1', 42);
    expect(state).toMatchObject({ pageId: 'page-1', reason: 'json-ld:NewsArticle', error: null, checkedAt: 42 });
    expect(state.article).toMatchObject({ title: 'Estmere and Calvara extend harbour talks as fishing dispute drags on', outlet: { name: 'The Harbour Courier', domain: null } });
    expect(JSON.stringify(state)).not.toContain('Sallow Banks');
    expect(extraction?.article.text).toContain('Sallow Banks');
  });

  it('says why a page is not an article', () => {
    const { state, extraction } = readPage(parse(readSample('index.html')), 'page-2');
    expect(state.article).toBeNull();
    expect(state.reason).toBe('url: home page');
    expect(extraction).toBeNull();
  });

  it('turns a failure into an error the popup can show', () => {
    const huge = `<html><head><meta property="og:type" content="article"></head><body><article>${'<p><span>word</span></p>'.repeat(60_000)}</article></body></html>`;
    const { state } = readPage(parse(huge), 'page-3');
    expect(state.article).toBeNull();
    expect(state.error).toMatch(/^page too large to read: \d+ elements \(the limit is 100000\)$/);
  });
});
