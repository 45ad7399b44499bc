// @vitest-environment happy-dom
/**
 * Painting a saved article's annotations on the page: the background places them in the article
 * text (saving answers the placement, and so does the extraction), so the page paints them without
 * asking again; it asks only when it was not told.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { placeSavedIn } from '@/lib/library/placement';
import { placeSaved } from '@/lib/page/library-page';
import { readPageRemote } from '@/lib/page/read-remote';
import { extractPage } from '@/lib/tabs/extract-page';
import { readSample } from '../../helpers/shared-data';
import { reviewedSaved } from '../export/fixtures';

async function readSamplePage() {
  const url = 'https://www.harbourcourier.example/world/harbour-talks';
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(
    readSample('world', 'harbour-talks.html'),
    'text/html',
  ).documentElement.innerHTML;
  const reading = await readPageRemote(document, { send: async (r) => extractPage(r), pause: async () => {}, time: () => {} });
  if (reading.kind !== 'read') throw new Error(`the sample page was not read: ${JSON.stringify(reading)}`);
  return reading.extraction;
}

let sent: unknown[];
let answer: unknown;
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  // The background, as the fake browser lets it answer (through sendResponse).
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (a: unknown) => void) => {
    sent.push(message);
    sendResponse({ ok: true, value: answer });
    return true;
  });
});

const reviewed = reviewedSaved();
// The researcher's annotations are shown again (the machine's own are painted anyway).
const shown = reviewed.annotations.filter((a) => a.verdict !== 'unreviewed').length;

describe('placeSaved', () => {
  it('paints the placement it is given, and asks the background nothing', async () => {
    const extraction = await readSamplePage();
    const placement = placeSavedIn(extraction.article.text, reviewed);
    const onPage = await placeSaved(extraction, document, placement);
    expect(sent).toEqual([]);
    expect(shown).toBeGreaterThan(0);
    expect(onPage).toEqual({ savedAt: reviewed.updatedAt, placed: shown, orphans: [] });
  });

  it('asks the background to place the saved version in its text when it was not told', async () => {
    const extraction = await readSamplePage();
    answer = placeSavedIn(extraction.article.text, reviewed);
    const onPage = await placeSaved(extraction, document);
    expect(sent).toEqual([{ type: 'library:place', url: reviewed.url, text: extraction.article.text }]);
    expect(onPage).toMatchObject({ placed: shown });
  });

  it('paints nothing and reports nothing when the article is not saved', async () => {
    const extraction = await readSamplePage();
    answer = null;
    expect(await placeSaved(extraction, document)).toBeNull();
    expect(await placeSaved(extraction, document, null)).toBeNull();
    expect(sent).toHaveLength(1);
  });
});
