// @vitest-environment happy-dom
import { describe, expect, it, test } from 'vitest';
import type { ExtractRequest } from '@/lib/messaging/protocol';
import { noAnswer, readPageRemote, type RemoteReading } from '@/lib/page/read-remote';
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

/** The reading's article, failing the test when the page was not read. */
function readOf(reading: RemoteReading) {
  if (reading.kind !== 'read') throw new Error(`expected the article read, got ${JSON.stringify(reading)}`);
  return reading;
}

describe('readPageRemote', () => {
  it('lets the background extract and analyse, and maps its answer onto the live page', async () => {
    load(readSample('world', 'harbour-talks.html'));
    const sent: ExtractRequest[] = [];
    const reading = readOf(
      await readPageRemote(
        document,
        deps((r) => (sent.push(r), extractPage(r))),
      ),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]!.html).toContain('Estmere and Calvara');
    expect(reading.extraction.article.title).toBe('Estmere and Calvara extend harbour talks as fishing dispute drags on');
    expect(reading.analysis.entities.some((e) => e.name === 'Elena Marsh')).toBe(true);
    expectRunsFaithful(reading.extraction.map);
    expect(reading.extraction.map.runs.every((r) => document.documentElement.contains(r.node))).toBe(true);
  });

  it('tells the background’s steps from the messages’ way there and back', async () => {
    load(readSample('world', 'harbour-talks.html'));
    const now = () => performance.timeOrigin + performance.now();
    const before = now();
    let arrived = 0;
    const reading = readOf(
      await readPageRemote(
        document,
        deps((r) => {
          arrived = now() + 5; // as the background's clock would have it: 5 ms on the way there
          const answer = extractPage(r);
          return answer.ok ? { ok: true, value: { ...answer.value, took: { ...answer.value.took, arrived, answered: arrived } } } : answer;
        }),
      ),
    );
    const { there, back, ...steps } = reading.took!;
    expect(Object.keys(steps)).toEqual(['parse', 'extract', 'analyze', 'runs']);
    // Sent at most as long before the background had it as the whole call took up to then (a busy
    // machine stretches that; a fixed bound made this test fail under load).
    expect(there).toBeGreaterThanOrEqual(4.9);
    expect(there).toBeLessThanOrEqual(arrived - before + 0.1);
    expect(back).toBeGreaterThanOrEqual(-5.1); // the answer came back "before" it was sent, on the made-up clock
  });

  it('sends nothing for a page that is not an article', async () => {
    load(readSample('index.html'), 'http://127.0.0.1:8080/');
    const sent: ExtractRequest[] = [];
    const reading = await readPageRemote(
      document,
      deps((r) => (sent.push(r), extractPage(r))),
    );
    expect(sent).toHaveLength(0);
    expect(reading).toEqual({ kind: 'not-article', reason: 'url: home page' });
  });

  it('says so when the background answers with an error, and extracts nothing here', async () => {
    load(readSample('world', 'harbour-talks.html'));
    const reading = await readPageRemote(
      document,
      deps(() => ({ ok: false, error: 'gone' })),
    );
    expect(reading).toEqual({ kind: 'unread', error: 'its article could not be extracted (gone)' });
  });

  test.each([
    ['does not answer within its bound', () => new Promise<never>(() => {})],
    ['has no listener (the message is answered with nothing)', async () => undefined],
    [
      'cannot be reached (sending throws)',
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    ],
  ])('says what to do when the background %s, naming the stages', async (_what, send) => {
    load(readSample('world', 'harbour-talks.html'));
    const stages: string[] = [];
    const silent = { ...deps(() => undefined), send, answerWithin: 50, stage: (s: string) => void stages.push(s) };
    const reading = await readPageRemote(document, silent);
    expect(reading).toEqual({ kind: 'unread', error: noAnswer() });
    expect(noAnswer()).toMatch(/reload the page/);
    expect(stages).toEqual(['detect', 'copy', 'background']);
  });

  it('answers a malformed page with an error, not an exception', () => {
    const answer = extractPage({
      type: 'page:extract',
      html: '<html><body><div></div></body></html>',
      url: 'https://x.example/',
      detection: { isArticle: true, reason: 'test' },
    });
    expect(answer.ok).toBe(true);
    if (answer.ok) expect(answer.value.article.detected).toBe(false);
  });

  it('answers a page too large to read with an error the popup can show', () => {
    const huge = `<html><head><meta property="og:type" content="article"></head><body><article>${'<p><span>word</span></p>'.repeat(60_000)}</article></body></html>`;
    const answer = extractPage({
      type: 'page:extract',
      html: huge,
      url: 'https://x.example/a',
      detection: { isArticle: true, reason: 'test' },
    });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/^page too large to read: \d+ elements \(the limit is 100000\)$/) });
  });
});
