// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ExtractRequest } from '@/lib/messaging/protocol';
import { readPageRemote } from '@/lib/page/read-remote';
import { extractPage } from '@/lib/tabs/extract-page';
import { expectRunsFaithful } from '../../helpers/expect-runs';
import { readSample } from '../../helpers/shared-data';

function load(html: string, url = 'http://127.0.0.1:8080/world/harbour-talks.html') {
  // The page's address, as a browser would have it (happy-dom starts on a root path, a "home page").
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

const deps = (send: (r: ExtractRequest) => ReturnType<typeof extractPage> | undefined, stretches: number[] = []) => ({
  send: async (r: ExtractRequest) => send(r),
  pause: async () => {},
  time: (ms: number) => stretches.push(ms),
});

describe('readPageRemote', () => {
  it('lets the background extract and analyse, and maps its answer onto the live page', async () => {
    load(readSample('world', 'harbour-talks.html'));
    const sent: ExtractRequest[] = [];
    const reading = await readPageRemote(document, 'p1', deps((r) => (sent.push(r), extractPage(r))));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.html).toContain('Estmere and Calvara');
    expect(reading.state.article?.title).toBe('Estmere and Calvara extend harbour talks as fishing dispute drags on');
    expect(reading.analysis?.entities.some((e) => e.name === 'Elena Marsh')).toBe(true);
    expectRunsFaithful(reading.extraction!.map);
    expect(reading.extraction!.map.runs.every((r) => document.documentElement.contains(r.node))).toBe(true);
  });

  it('sends nothing for a page that is not an article', async () => {
    load(readSample('index.html'), 'http://127.0.0.1:8080/');
    const sent: ExtractRequest[] = [];
    const reading = await readPageRemote(document, 'p2', deps((r) => (sent.push(r), extractPage(r))));
    expect(sent).toHaveLength(0);
    expect(reading.state.article).toBeNull();
  });

  it('reads the page itself when the background cannot answer', async () => {
    load(readSample('world', 'harbour-talks.html'));
    const reading = await readPageRemote(document, 'p3', deps(() => ({ ok: false, error: 'gone' })));
    expect(reading.state.article?.title).toMatch(/^Estmere and Calvara/);
    expect(reading.analysis).toBeNull(); // the content script analyses it then
    expectRunsFaithful(reading.extraction!.map);
  });

  it('reads the page itself when the background does not answer within its bound, naming the stages', async () => {
    load(readSample('world', 'harbour-talks.html'));
    const stages: string[] = [];
    const silent = { ...deps(() => undefined), send: () => new Promise<never>(() => {}), answerWithin: 50, stage: (s: string) => void stages.push(s) };
    const reading = await readPageRemote(document, 'p4', silent);
    expect(reading.state.article?.title).toMatch(/^Estmere and Calvara/);
    expect(reading.analysis).toBeNull();
    expect(stages).toEqual(['detect', 'copy', 'background', 'local extraction']);
  });

  it('answers a malformed page with an error, not an exception', () => {
    const answer = extractPage({ type: 'page:extract', html: '<html><body><div></div></body></html>', url: 'https://x.example/', detection: { isArticle: true, reason: 'test' } });
    expect(answer.ok).toBe(true);
    if (answer.ok) expect(answer.value.article.detected).toBe(false);
  });
});
