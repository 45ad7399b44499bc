/**
 * Wikipedia's real answers (../shared/data/api-responses/wikipedia: REST summaries of 2017, 2019
 * and 2024–2026, a disambiguation summary, Action API queries with redirects, imageinfo) beside
 * the hand-made fixtures written in their shape (tests/fixtures/wikipedia). Issue 15: an HTML
 * `displaytitle` is text, a `/thumb/` original still gives an image and its file, a disambiguation
 * page is never a person's background.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCredit, parseResolvedTitle, parseSummary } from '@/lib/services/wikipedia';
import { loadRecorded } from '../../helpers/recorded';
import { API_RESPONSES, hasShared } from '../../helpers/shared-data';

const WIKIPEDIA = path.join(API_RESPONSES, 'wikipedia');

/** A real file: either the bare body, or `{url, body}` with the body as JSON or as text. */
function real(name: string): unknown {
  const file = JSON.parse(readFileSync(path.join(WIKIPEDIA, name), 'utf8')) as Record<string, unknown>;
  if (!('body' in file)) return file;
  return typeof file.body === 'string' ? JSON.parse(file.body) : file.body;
}
const handMade = (name: string): unknown => JSON.parse(loadRecorded(`wikipedia/${name}`).response.body);

const IPOMOEA_FILE = 'Ipomoea_pes-tigridis,_Corbett_TR,_September_2013._AJT_Johnsingh._DSCN8264.jpg';

describe.skipIf(!hasShared(WIKIPEDIA, 'real Wikipedia summaries'))('real REST summaries', () => {
  test.each([
    // [file, displayTitle, type, imageFile, thumbnail width]
    ['summary-ipomoea-2026.json', 'Ipomoea', 'standard', IPOMOEA_FILE, 330],
    ['summary-dart-2026.json', 'Dart (programming language)', 'standard', null, null],
    ['summary-amora-disambig-2024.json', 'Amora', 'disambiguation', null, null],
    ['wikilookup-restbase.json', 'Physics', 'standard', 'CollageFisica.jpg', 320],
    ['rest_summary.json', 'Douglas Adams', 'standard', 'Douglas_adams_portrait_cropped.jpg', 276],
  ])('%s: shown as %j, %s, photo %s', (file, displayTitle, type, imageFile, width) => {
    const summary = parseSummary(real(file))!;
    expect(summary).toMatchObject({ displayTitle, type, imageFile });
    expect(summary.displayTitle).not.toMatch(/[<>]/);
    expect(summary.thumbnail?.width ?? null).toBe(width);
  });

  test('a 2026 summary whose original image is a /thumb/ rendering: the thumbnail for the card, the file for the credit', () => {
    const summary = parseSummary(real('summary-ipomoea-2026.json'))!;
    expect(summary.thumbnail!.source).toMatch(/\/thumb\/3\/3d\/.+\/330px-/);
    // The file name is the one in the path, not "3840px-…", so that the credit asks for the real file.
    expect(summary.imageFile).toBe(IPOMOEA_FILE);
  });

  test('without a thumbnail, the /thumb/ original is the photo', () => {
    const body = { ...(real('summary-ipomoea-2026.json') as Record<string, unknown>), thumbnail: undefined };
    const summary = parseSummary(body)!;
    expect(summary.thumbnail?.source).toMatch(/\/3840px-/);
    expect(summary.imageFile).toBe(IPOMOEA_FILE);
  });

  test('Action API: the redirect is followed to its page, in both recorded queries', () => {
    expect(parseResolvedTitle(real('redirect.json'))).toEqual({ status: 'found', title: 'Douglas Adams' });
    expect(parseResolvedTitle(real('query.json'))).toEqual({ status: 'found', title: 'Douglas Adams' });
  });

  test('imageinfo: a Commons file read from Wikipedia ("missing" here) still gives its credit', () => {
    expect(parseCredit(real('imageinfo.json'))).toMatchObject({
      descriptionUrl: 'https://commons.wikimedia.org/wiki/File:Douglas_adams_portrait_cropped.jpg',
    });
  });
});

describe('display titles are text, never markup', () => {
  test.each([
    ['<span lang="en" dir="ltr"><span class="mw-page-title-main">Vladimir Putin</span></span>', 'Vladimir Putin'],
    ['<i>Ipomoea</i>', 'Ipomoea'],
    ['<i>The Guardian</i> (newspaper)', 'The Guardian (newspaper)'],
    ['AT&amp;T', 'AT&T'],
    ['<script>alert(1)</script>Eve', 'Eve'],
    ['', 'X'],
  ])('%j → %j', (displaytitle, shown) => {
    expect(parseSummary({ title: 'X', displaytitle })?.displayTitle).toBe(shown);
  });

  test.each(['summary-vladimir-putin', 'summary-kim-jong-un', 'summary-dmitry-peskov', 'summary-peskov-disambiguation'])(
    'hand-made %s (the 2024 span shape)',
    (name) => {
      const summary = parseSummary(handMade(name))!;
      expect(summary.displayTitle).toBe(summary.title);
    },
  );

  test("the hand-made Kim summary's /thumb/ original still names the file", () => {
    expect(parseSummary(handMade('summary-kim-jong-un'))!.imageFile).toBe('Kim_Jong-un,_April_2019_(cropped).jpg');
  });
});
