/**
 * The research library end to end: save the seed article, correct an attribution and add a note,
 * find it by searching "Peskov", export JSON-LD and CSV, import the export into a fresh profile and
 * see the same records; import a JSON Lines file with one bad line among good ones and see the good
 * ones taken and the bad one listed; then open a changed version of the page and see the annotations
 * placed again, with the one that cannot be placed listed.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, extensionIdOf, hasSeed, openPopupFor, outDir, seedPage, tabIdFor, test, waitForTabState } from './fixtures';
import { launchWithExtension } from './extension.mjs';

const NOTE_PASSAGE = 'both Moscow and Pyongyang have grown closer';
const CORRECTED_PASSAGE = 'Kyiv was employing missiles made in the West';

async function openLibrary(context: BrowserContext, extensionId: string): Promise<Page> {
  const library = await context.newPage();
  await library.setViewportSize({ width: 1100, height: 1000 });
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(library.getByTestId('library-count')).toBeVisible();
  return library;
}

/** Selects `phrase` in the saved text, as a researcher would with the mouse. */
async function select(library: Page, phrase: string) {
  await library.getByTestId('library-text').evaluate((root, p) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(p);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + p.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`"${p}" is not in the saved text`);
  }, phrase);
}

test.describe('the research library', () => {
  test.skip(!hasSeed, `skipped: no seed page at ${seedPage} (the shared workspace is absent on this machine)`);

  test('save, correct, note, search, export, import elsewhere, and re-anchor on a changed page', async ({
    context,
    server,
    page,
    extensionId,
    extensionPath,
  }) => {
    test.setTimeout(90_000);
    const seedUrl = server.urlFor(`/seed/${path.basename(seedPage)}`);
    await page.goto(seedUrl);
    const tabId = await tabIdFor(context, page);
    await waitForTabState(context, tabId);

    // Save from the popup.
    let popup = await openPopupFor(context, extensionId, tabId, { height: 800 });
    await popup.getByTestId('save-article').click();
    await expect(popup.getByTestId('save-status')).toContainText('Saved to your library');

    // Find it by searching "Peskov", correct an attribution, add a note with a tag.
    const library = await openLibrary(context, extensionId);
    await library.getByTestId('library-search').fill('Peskov');
    await expect(library.getByTestId('library-item')).toHaveCount(1);
    await library.getByTestId('library-item').locator('.lib-item__title').click();
    const row = library.getByTestId('annotation').filter({ hasText: CORRECTED_PASSAGE });
    await row.getByTestId('correct').click();
    await row.getByTestId('correct-speaker').fill('Kremlin press office');
    await row.getByTestId('correct-save').click();
    await expect(row.getByTestId('verdict')).toHaveText('corrected');
    await expect(row).toContainText('Sourcelight had: Kremlin');
    await select(library, NOTE_PASSAGE);
    await library.getByTestId('new-note').fill('Check against the TASS readout');
    await library.getByTestId('new-tags').fill('dprk, arms');
    await library.getByTestId('add-note').click();
    await expect(library.getByTestId('annotation').filter({ hasText: NOTE_PASSAGE })).toHaveCount(1);
    await library.screenshot({ path: path.join(outDir, 'library-article.png'), fullPage: true });

    // Export JSON-LD and CSV.
    await library.getByRole('button', { name: '← Back to the library' }).first().click();
    const [jsonldDownload] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-jsonld').click()]);
    const jsonldFile = path.join(outDir, 'library-export.jsonld');
    await jsonldDownload.saveAs(jsonldFile);
    const [jsonlDownload] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-jsonl').click()]);
    const jsonlFile = path.join(outDir, 'library-export.jsonl');
    await jsonlDownload.saveAs(jsonlFile);
    const [csvDownload] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-csv').click()]);
    const csvFile = path.join(outDir, 'library-export.csv');
    await csvDownload.saveAs(csvFile);
    const jsonld = JSON.parse(readFileSync(jsonldFile, 'utf8'));
    expect(jsonld['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(JSON.stringify(jsonld)).toContain('Check against the TASS readout');
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Kremlin press office');
    const saved = await library.getByTestId('library-count').textContent();
    await library.screenshot({ path: path.join(outDir, 'library-list.png') });
    // One person across the saved articles.
    await library.getByRole('button', { name: 'Dmitry Peskov' }).first().click();
    await expect(library.getByTestId('person-claim')).toHaveCount(2);
    await library.screenshot({ path: path.join(outDir, 'library-person.png') });
    await library.getByRole('button', { name: '← Back to the library' }).click();

    // A fresh profile imports the JSON-LD and shows the same records.
    const fresh = await launchWithExtension({ extDir: extensionPath });
    try {
      const other = await openLibrary(fresh, await extensionIdOf(fresh));
      await expect(other.getByTestId('library-count')).toHaveText('0 of 0 saved articles');
      await other.getByTestId('import').setInputFiles(jsonldFile);
      await expect(other.getByTestId('library-status')).toContainText('1 new');
      await expect(other.getByTestId('library-count')).toHaveText(saved!);
      await other.getByTestId('library-search').fill('Peskov');
      await expect(other.getByTestId('library-item')).toHaveCount(1);
      await other.getByTestId('library-item').locator('.lib-item__title').click();
      await expect(other.getByTestId('annotation').filter({ hasText: 'Kremlin press office' }).getByTestId('verdict')).toHaveText(
        'corrected',
      );
      await expect(other.getByTestId('annotation').filter({ hasText: NOTE_PASSAGE }).locator('input').last()).toHaveValue(
        'Check against the TASS readout',
      );
      // A JSON Lines file with one bad line among good ones: the good ones come in, the bad one is listed.
      const [exported] = readFileSync(jsonlFile, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      const bad = { ...exported, url: `${exported.url}?copy`, title: 'T'.repeat(2001), annotations: [] };
      const good = { ...exported, url: `${exported.url}?second`, annotations: [] };
      const mixed = [exported, bad, good].map((a) => JSON.stringify(a)).join('\n') + '\n';
      await other
        .getByTestId('import')
        .setInputFiles({ name: 'mixed.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(mixed) });
      await expect(other.getByTestId('library-status')).toContainText('Imported mixed.jsonl: 1 new, 1 merged. 1 left out:');
      await expect(other.getByTestId('library-status-lines').locator('li')).toHaveText([
        'Not imported: line 2: title: is longer than 2000 characters',
      ]);
      await other.getByRole('button', { name: '← Back to the library' }).first().click();
      await other.getByTestId('library-search').fill('');
      await expect(other.getByTestId('library-count')).toHaveText('2 of 2 saved articles');
      await other.screenshot({ path: path.join(outDir, 'library-import-partial.png') });
      // A foreign file changes nothing and says why.
      await other
        .getByTestId('import')
        .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
      await expect(other.getByTestId('library-status')).toContainText('Nothing was imported from notes.json');
    } finally {
      await fresh.close();
    }

    // A slightly changed version of the page: a paragraph added before, the corrected passage gone.
    const html = readFileSync(seedPage, 'utf8');
    const changed = html
      .replace('<p>', "<p>An editor's note was added to this story after publication.</p><p>")
      .replace(CORRECTED_PASSAGE, 'Ukraine was using Western weapons');
    expect(changed).not.toBe(html);
    const changedUrl = server.urlFor('/seed/changed-version.html');
    await page.route(changedUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: changed }));
    const before = Date.now();
    await page.goto(changedUrl);
    const state = await waitForTabState(context, tabId, { since: before });
    expect(state.saved).toBeTruthy();
    const painted = await page.evaluate(
      () => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('sourcelight-saved')?.size ?? 0,
    );
    expect(painted).toBeGreaterThan(0);
    await popup.close();
    popup = await openPopupFor(context, extensionId, tabId, { height: 800 });
    await expect(popup.getByTestId('saved-on-page')).toContainText('1 of your annotations placed on this page; 1 could not be placed');
    await expect(popup.getByTestId('orphans')).toContainText(CORRECTED_PASSAGE);
    await page.screenshot({ path: path.join(outDir, 'page-reanchored.png') });
    await popup.screenshot({ path: path.join(outDir, 'popup-reanchored.png'), fullPage: true });
  });
});

test('a hover card saves the article too', async ({ context, server, page, extensionId }) => {
  test.skip(!hasSeed, `skipped: no seed page at ${seedPage}`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(server.urlFor(`/seed/${path.basename(seedPage)}`));
  const tabId = await tabIdFor(context, page);
  await waitForTabState(context, tabId);
  await page.locator('mark[data-sourcelight]', { hasText: 'Dmitry' }).first().hover();
  const card = page.locator('sourcelight-cards [data-testid=card]');
  await card.getByTestId('card-save').click();
  await expect(card).toContainText('Saved to your library');
  const library = await openLibrary(context, extensionId);
  await expect(library.getByTestId('library-count')).toHaveText('1 of 1 saved article');
});
