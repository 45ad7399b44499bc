/**
 * findWidgets (lib/article/extract.ts) finds what the selector list it replaced finds, as linkedom
 * runs it: on a page made to reach each test, and on every L3S and Readability test page where
 * ../shared is present.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findWidgets } from '@/lib/article/extract';
import { hasShared, L3S_PAGES, READABILITY_PAGES, readabilityCases } from '../../helpers/shared-data';

const SELECTOR = [
  '[class*="most-read" i]',
  '[class*="mostread" i]',
  '[class*="most-popular" i]',
  '[class*="mostpopular" i]',
  '[class*="trending" i]',
  '[class*="newsletter" i]',
  '[class*="share-bar" i]',
  '[class*="sharebar" i]',
  '[class*="social-share" i]',
  '[id*="most-read" i]',
  '[id*="mostread" i]',
  '[id*="comments" i]',
  '[class~="ad" i]',
  '[class~="ads" i]',
  '[class*="advert" i]',
  '[class*="ad-slot" i]',
  '[class*="adslot" i]',
  '[data-ad]',
  '[aria-label="advertisement" i]',
].join(', ');

const BRANCHES = `<!doctype html><html><body>
  <div class="Most-Read-List">a</div><div class="mostread">b</div><div class="box MOSTPOPULAR">c</div>
  <div class="most-popular">d</div><div class="trending-now">e</div><div class="NewsLetter">f</div>
  <div class="share-bar">g</div><div class="sharebar x">h</div><div class="social-shares">i</div>
  <div id="most-read">j</div><div id="MostRead2">k</div><div id="user-comments">l</div>
  <div class="ad">m</div><div class="x ADS y">n</div><div class="adsense">not a word "ads"</div>
  <div class="head">no</div><div class="advertorial">o</div><div class="ad-slot-1">p</div>
  <div class="AdSlot">q</div><div data-ad="">r</div><div aria-label="Advertisement">s</div>
  <div aria-label="advertisements">no</div><div class="badge">no</div><div class="x\u00a0ad">nbsp</div>
  <section class="mostread"><div class="ad">nested</div></section>
  <article><h1>Title</h1><p>Body.</p></article>
</body></html>`;

function compare(html: string): { ours: string[]; theirs: string[] } {
  const doc = parseHTML(html).document as unknown as Document;
  const describeEl = (el: Element) => el.outerHTML.slice(0, 60);
  return { ours: findWidgets(doc).map(describeEl), theirs: Array.from(doc.querySelectorAll(SELECTOR)).map(describeEl) };
}

describe('findWidgets', () => {
  it('finds what the selector finds on a page made to reach each test', () => {
    const { ours, theirs } = compare(BRANCHES);
    expect(ours).toEqual(theirs);
    expect(ours.length).toBe(22);
    expect(ours.join(' ')).not.toContain('>no<');
  });

  it.runIf(hasShared(L3S_PAGES, 'L3S-GN1 pages'))(
    'finds what the selector finds on every L3S page',
    () => {
      let found = 0;
      for (const file of readdirSync(L3S_PAGES)) {
        const { ours, theirs } = compare(readFileSync(`${L3S_PAGES}/${file}`, 'utf8'));
        expect(ours, file).toEqual(theirs);
        found += ours.length;
      }
      expect(found).toBeGreaterThan(100);
    },
    120_000,
  );

  it.runIf(hasShared(READABILITY_PAGES, 'Readability test pages'))(
    'and on every Readability test page',
    () => {
      for (const c of readabilityCases()) {
        const { ours, theirs } = compare(c.html);
        expect(ours, c.name).toEqual(theirs);
      }
    },
    60_000,
  );
});
