import { describe, expect, test } from 'vitest';
import { memoryHolds } from '@/lib/services/host-holds';
import { createJsonClient, USER_AGENT, type GetJson } from '@/lib/services/http';
import {
  creditUrl,
  fetchSummary,
  htmlToText,
  normaliseTitle,
  parseCredit,
  parseResolvedTitle,
  parseSummary,
  resolveTitleUrl,
  summaryUrl,
  type WikiSummary,
} from '@/lib/services/wikipedia';
import { loadRecorded, replay, type Recorded } from '../../helpers/recorded';

const fixture = (name: string) => loadRecorded(`wikipedia/${name}`);
const bodyOf = (name: string): unknown => JSON.parse(fixture(name).response.body);
const PUTIN_FILE = 'Vladimir_Putin_(2023-03-16)_(cropped).jpg';

/** The real JSON client over recorded answers: the tests see every request Wikipedia would get. */
function client(recordings: Recorded[], options: { anyUrl?: boolean } = {}) {
  const stub = replay(recordings, options);
  const getJson: GetJson = createJsonClient({ fetch: stub.fetch, userAgent: USER_AGENT, holds: memoryHolds() });
  return { getJson, requests: stub.requests };
}

describe('titles and URLs', () => {
  test.each([
    ['vladimir Putin', 'Vladimir_Putin'],
    // Only the first letter: "Vladimir putin" is another title (a redirect, at best), resolved by the Action API.
    ['vladimir putin', 'Vladimir_putin'],
    ['  Kim   Jong Un ', 'Kim_Jong_Un'],
    ['Dmitry_Peskov', 'Dmitry_Peskov'],
    ['_Dmitry__Peskov_', 'Dmitry_Peskov'],
    ['élisabeth Borne', 'Élisabeth_Borne'],
    ['ßtest', 'ßtest'],
    ['iPhone', 'IPhone'],
  ])('%j is written %j', (title, normal) => {
    expect(normaliseTitle(title)).toBe(normal);
  });

  test.each(['', '   ', '__', 'Putin|Peskov', 'Putin#Early life', '<script>', 'a\u0000b'])('%j is no title', (title) => {
    expect(() => normaliseTitle(title)).toThrow(RangeError);
    expect(() => summaryUrl(title)).toThrow(RangeError);
  });

  test.each([
    ['vladimir Putin', 'en', 'https://en.wikipedia.org/api/rest_v1/page/summary/Vladimir_Putin?redirect=false'],
    ['AC/DC', 'en', 'https://en.wikipedia.org/api/rest_v1/page/summary/AC%2FDC?redirect=false'],
    [
      'Rosenwald School (Delight, Arkansas)',
      'en',
      'https://en.wikipedia.org/api/rest_v1/page/summary/Rosenwald_School_(Delight%2C_Arkansas)?redirect=false',
    ],
    [
      'Дмитрий Песков',
      'ru',
      'https://ru.wikipedia.org/api/rest_v1/page/summary/%D0%94%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9_%D0%9F%D0%B5%D1%81%D0%BA%D0%BE%D0%B2?redirect=false',
    ],
  ])('the summary of %j on %s', (title, lang, url) => {
    expect(summaryUrl(title, lang)).toBe(url);
  });

  test.each(['evil.example/x', 'EN', 'en.wikipedia.org#', ''])('refuses the language %j (it becomes the host name)', (lang) => {
    expect(() => summaryUrl('Vladimir Putin', lang)).toThrow(RangeError);
    expect(() => resolveTitleUrl('Vladimir Putin', lang)).toThrow(RangeError);
  });

  test('the fixtures were asked with the URLs the module builds', () => {
    expect(resolveTitleUrl('Putin')).toBe(fixture('query-putin-redirect').request.url);
    expect(summaryUrl('Kim Jong Un')).toBe(fixture('summary-kim-jong-un').request.url);
    expect(creditUrl(`File:${PUTIN_FILE}`)).toBe(fixture('credit-vladimir-putin').request.url);
  });

  const page = { url: 'https://news.example.com/2026/11/29/kremlin-briefing?utm_source=feed', text: 'told our correspondent' };
  test.each([
    [
      'the title lookup',
      resolveTitleUrl('Dmitry Peskov'),
      'Dmitry_Peskov',
      ['action', 'format', 'formatversion', 'origin', 'redirects', 'titles'],
    ],
    ['the summary', summaryUrl('Dmitry Peskov'), 'Dmitry_Peskov', ['redirect']],
    [
      'the credit',
      creditUrl(PUTIN_FILE),
      `File:${PUTIN_FILE}`,
      ['action', 'format', 'formatversion', 'iiextmetadatafilter', 'iiprop', 'origin', 'prop', 'titles'],
    ],
  ])('%s carries the title and fixed parameters, nothing of the page', (_, url, title, keys) => {
    const sent = new URL(url);
    expect([...sent.searchParams.keys()].sort()).toEqual(keys);
    expect(sent.searchParams.get('titles') ?? decodeURIComponent(sent.pathname.split('/').at(-1)!)).toBe(title);
    if (sent.searchParams.has('origin')) expect(sent.searchParams.get('origin')).toBe('*');
    for (const leak of [page.url, 'news.example.com', 'kremlin-briefing', 'correspondent'])
      expect(decodeURIComponent(url)).not.toContain(leak);
  });
});

describe('parseSummary', () => {
  test.each([
    ['summary-vladimir-putin', 'Vladimir Putin', 'Q7747', 'President of Russia since 2012', PUTIN_FILE],
    ['summary-kim-jong-un', 'Kim Jong Un', 'Q56226', 'Supreme Leader of North Korea since 2011', 'Kim_Jong-un,_April_2019_(cropped).jpg'],
    // Peskov's QID in the fixture is an unverified placeholder (see the fixtures' README).
    [
      'summary-dmitry-peskov',
      'Dmitry Peskov',
      'Q990000101',
      'Russian diplomat and Kremlin press secretary',
      'Дмитрий_Песков_(2019-06-20).jpg',
    ],
  ])('%s: a standard page with its photo', (name, title, qid, description, file) => {
    const summary = parseSummary(bodyOf(name))!;
    expect(summary).toMatchObject({ title, type: 'standard', wikibaseItem: qid, description, imageFile: file });
    expect(summary.extract).toMatch(new RegExp(`^${title.split(' ')[0]}`));
    expect(summary.pageUrl).toBe(`https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`);
    expect(summary.thumbnail).toMatchObject({
      source: expect.stringMatching(/^https:\/\/upload\.wikimedia\.org\/wikipedia\/commons\/thumb\//),
      width: 320,
    });
  });

  test('a disambiguation page says so, with no item and no photo', () => {
    expect(parseSummary(bodyOf('summary-peskov-disambiguation'))).toEqual<WikiSummary>({
      title: 'Peskov',
      displayTitle: 'Peskov',
      description: 'Topics referred to by the same term',
      extract: 'Peskov is a Russian surname. It may refer to:',
      type: 'disambiguation',
      pageUrl: 'https://en.wikipedia.org/wiki/Peskov',
      thumbnail: null,
      imageFile: null,
      wikibaseItem: null,
    });
  });

  test('reads the 2017 shape: no type, titles, content_urls or wikibase_item', () => {
    expect(parseSummary(bodyOf('summary-2017-shape'))).toEqual<WikiSummary>({
      title: 'Douglas Adams',
      displayTitle: 'Douglas Adams',
      description: 'English writer and humorist',
      extract: 'Douglas Adams was an English writer, best known for a comic science-fiction series that began on BBC radio.',
      type: 'standard',
      pageUrl: 'https://en.wikipedia.org/wiki/Douglas_Adams',
      thumbnail: {
        source:
          'https://upload.wikimedia.org/wikipedia/commons/thumb/c/c0/Douglas_adams_portrait_cropped.jpg/276px-Douglas_adams_portrait_cropped.jpg',
        width: 276,
        height: 320,
      },
      imageFile: 'Douglas_adams_portrait_cropped.jpg',
      wikibaseItem: null,
    });
  });

  test.each([
    [
      'a description saying so',
      { title: 'Paris (disambiguation)', description: 'Wikipedia disambiguation page', extract: 'Paris most often means the city.' },
    ],
    ['an extract ending in "may refer to:"', { title: 'Paris', extract: 'Paris may refer to:' }],
  ])('without `type`, a disambiguation page is known by %s', (_, body) => {
    expect(parseSummary(body)?.type).toBe('disambiguation');
  });

  test.each([
    ['no title', { extract: 'x' }],
    ['not an object', '<html>'],
    ['a list', []],
    ['null', null],
  ])('nothing comes of %s', (_, body) => {
    expect(parseSummary(body)).toBeNull();
  });

  test('drops what could not be shown safely or is not what it claims', () => {
    const summary = parseSummary({
      title: 'X',
      thumbnail: { source: 'http://upload.wikimedia.org/x.jpg', width: 320, height: 200 },
      originalimage: { source: 'https://upload.wikimedia.org/x.jpg' },
      content_urls: { desktop: { page: 'javascript:alert(1)' } },
      wikibase_item: 'P31',
      description: '   ',
    })!;
    expect(summary).toMatchObject({
      thumbnail: null,
      imageFile: null,
      pageUrl: 'https://en.wikipedia.org/wiki/X',
      wikibaseItem: null,
      description: null,
      extract: '',
    });
  });
});

describe('parseResolvedTitle', () => {
  test.each([
    ['query-putin-redirect', { status: 'found', title: 'Vladimir Putin' }],
    ['query-kim-jong-un', { status: 'found', title: 'Kim Jong Un' }],
    ['query-missing', { status: 'missing' }],
  ])('%s → %o', (name, resolved) => {
    expect(parseResolvedTitle(bodyOf(name))).toEqual(resolved);
  });

  test.each([
    ['an interwiki title', { batchcomplete: true, query: { interwiki: [{ title: 'wikt:Putin', iw: 'wikt' }] } }, { status: 'missing' }],
    ['an invalid title', { query: { pages: [{ title: 'A]', invalid: true, invalidreason: 'bad' }] } }, { status: 'missing' }],
    [
      'the old form, pages by id',
      { query: { pages: { '32817': { pageid: 32817, ns: 0, title: 'Vladimir Putin' } } } },
      { status: 'found', title: 'Vladimir Putin' },
    ],
    ['an error answer', { error: { code: 'badvalue' } }, null],
  ])('%s', (_, body, resolved) => {
    expect(parseResolvedTitle(body)).toEqual(resolved);
  });
});

describe('parseCredit', () => {
  test('a Commons file: the artist as plain text, the licence, the file page', () => {
    expect(parseCredit(bodyOf('credit-vladimir-putin'))).toEqual({
      artist: 'Presidential Press & Information Office',
      license: 'CC BY 4.0',
      descriptionUrl: `https://commons.wikimedia.org/wiki/File:${PUTIN_FILE}`,
    });
  });

  test.each([
    ['no pages', { batchcomplete: true, query: {} }],
    ['a file that does not exist anywhere', { query: { pages: [{ ns: 6, title: 'File:Nope.jpg', missing: true }] } }],
    ['imageinfo with nothing in it', { query: { pages: [{ imageinfo: [{}] }] } }],
  ])('nothing comes of %s', (_, body) => {
    expect(parseCredit(body)).toBeNull();
  });

  test.each([
    ['<a href="//commons.wikimedia.org/wiki/User:X" title="User:X">X</a>', 'X'],
    ['<span class="fn">Jane&nbsp;Doe</span>, <i>TASS</i>', 'Jane Doe, TASS'],
    ['A<br>B<br/>C', 'A B C'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['<script>alert(1)</script>Kremlin.ru', 'Kremlin.ru'],
    ['M&#252;ller &#x26; S&ouml;hne', 'Müller & S&ouml;hne'],
    ['  Unknown\n author ', 'Unknown author'],
  ])('%j reads %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('fetchSummary', () => {
  test("Vladimir Putin: the title is resolved, then the summary, then its photo's credit", async () => {
    const { getJson, requests } = client([
      fixture('query-vladimir-putin'),
      fixture('summary-vladimir-putin'),
      fixture('credit-vladimir-putin'),
    ]);
    const result = await fetchSummary('Vladimir Putin', getJson);
    expect(result).toMatchObject({
      status: 'ok',
      summary: { title: 'Vladimir Putin', wikibaseItem: 'Q7747' },
      credit: { license: 'CC BY 4.0' },
    });
    expect(requests.map((r) => r.url)).toEqual([resolveTitleUrl('Vladimir Putin'), summaryUrl('Vladimir Putin'), creditUrl(PUTIN_FILE)]);
  });

  test.each([
    ['Kim Jong Un', 'kim-jong-un', 'Q56226'],
    ['Dmitry Peskov', 'dmitry-peskov', 'Q990000101'],
  ])('%s: a failed credit call leaves the credit null, not the summary', async (title, slug, qid) => {
    const { getJson, requests } = client([fixture(`query-${slug}`), fixture(`summary-${slug}`)]);
    expect(await fetchSummary(title, getJson)).toMatchObject({ status: 'ok', summary: { title, wikibaseItem: qid }, credit: null });
    expect(requests).toHaveLength(3);
  });

  test('a redirect is resolved by the Action API; the summary is never asked for the redirect title', async () => {
    const { getJson, requests } = client([
      fixture('query-putin-redirect'),
      fixture('summary-vladimir-putin'),
      fixture('credit-vladimir-putin'),
    ]);
    expect(await fetchSummary('putin', getJson)).toMatchObject({ status: 'ok', summary: { title: 'Vladimir Putin' } });
    expect(requests.map((r) => r.url)).not.toContain(summaryUrl('Putin'));
    expect(requests[1]!.url).toBe(summaryUrl('Vladimir Putin'));
  });

  test('a disambiguation page is not a person: no credit is asked for', async () => {
    const { getJson, requests } = client([fixture('query-peskov'), fixture('summary-peskov-disambiguation')]);
    expect(await fetchSummary('Peskov', getJson)).toMatchObject({
      status: 'disambiguation',
      summary: { title: 'Peskov', type: 'disambiguation' },
    });
    expect(requests).toHaveLength(2);
  });

  test('a missing page is known from the title lookup alone', async () => {
    const { getJson, requests } = client([fixture('query-missing'), fixture('summary-not-found-404')]);
    expect(await fetchSummary('Ivan Testovich Nonexistentov', getJson)).toEqual({ status: 'not-found' });
    expect(requests).toHaveLength(1);
  });

  test('a page gone between the two calls (404) is not found', async () => {
    const { getJson } = client([fixture('query-vladimir-putin'), fixture('summary-not-found-404')], { anyUrl: true });
    expect(await fetchSummary('Vladimir Putin', getJson)).toEqual({ status: 'not-found' });
  });

  test('a 429 is unavailable with its wait, and Wikipedia is then left alone', async () => {
    const { getJson, requests } = client([fixture('query-kim-jong-un'), fixture('summary-rate-limited-429')]);
    expect(await fetchSummary('Kim Jong Un', getJson)).toMatchObject({
      status: 'unavailable',
      reason: 'rate-limited',
      retryAfterMs: 5_000,
    });
    expect(await fetchSummary('Vladimir Putin', getJson)).toMatchObject({ status: 'unavailable', reason: 'rate-limited' });
    expect(requests).toHaveLength(2);
  });

  test('a broken body is unavailable (malformed), not "not found"', async () => {
    const { getJson } = client([fixture('query-dmitry-peskov'), fixture('summary-malformed')]);
    expect(await fetchSummary('Dmitry Peskov', getJson)).toMatchObject({ status: 'unavailable', reason: 'malformed' });
  });

  test.each([
    [
      'the title lookup fails',
      async () => ({ ok: false, reason: 'offline', message: 'Failed to fetch' }) as const,
      { status: 'unavailable', reason: 'offline' },
    ],
    [
      'the title lookup is not a page list',
      async () => ({ ok: true, status: 200, body: { error: { code: 'x' } } }) as const,
      { status: 'unavailable', reason: 'malformed' },
    ],
    [
      'the summary has no title',
      async (url: string) =>
        ({ ok: true, status: 200, body: url.includes('api.php') ? bodyOf('query-kim-jong-un') : { extract: 'x' } }) as const,
      { status: 'unavailable', reason: 'malformed' },
    ],
  ])('%s: unavailable', async (_, getJson: GetJson, expected) => {
    expect(await fetchSummary('Kim Jong Un', getJson)).toMatchObject(expected);
  });

  test('a title that cannot be one is not found, without a request', async () => {
    const { getJson, requests } = client([], { anyUrl: true });
    expect(await fetchSummary('Putin | Peskov', getJson)).toEqual({ status: 'not-found' });
    expect(requests).toHaveLength(0);
  });
});
