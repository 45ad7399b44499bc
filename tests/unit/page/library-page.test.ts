// @vitest-environment happy-dom
/**
 * Placing a saved article's annotations on the page: saving answers the stored article, so the page
 * places it without asking the background for it again (one message fewer on each save).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  // The background, as the fake browser lets it answer (through sendResponse).
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    sent.push(message);
    sendResponse({ ok: true, value: reviewed });
    return true;
  });
});

const reviewed = reviewedSaved();
// The researcher's annotations are shown again (the machine's own are painted anyway).
const shown = reviewed.annotations.filter((a) => a.verdict !== 'unreviewed').length;

describe('placeSaved', () => {
  it('places the saved version it is given, and asks the background nothing', async () => {
    const extraction = await readSamplePage();
    const onPage = await placeSaved(extraction, document, reviewed);
    expect(sent).toEqual([]);
    expect(shown).toBeGreaterThan(0);
    expect(onPage).toMatchObject({ savedAt: reviewed.updatedAt, placed: shown, orphans: [] });
  });

  it('asks the background for the saved version when it is not given', async () => {
    const extraction = await readSamplePage();
    const onPage = await placeSaved(extraction, document);
    expect(sent).toEqual([{ type: 'library:get', url: reviewed.url }]);
    expect(onPage).toMatchObject({ placed: shown });
  });
});
