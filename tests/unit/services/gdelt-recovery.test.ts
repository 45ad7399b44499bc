import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleKey } from '@/lib/services/article-url';
import { parseArtList } from '@/lib/services/gdelt';
import { hasShared, SHARED } from '../../helpers/shared-data';

/** An ArtList row as GDELT writes it (the documented columns, in GDELT's order), as raw JSON text. */
const row = (url: string, title: string, seendate = '20230821T194500Z') =>
  `{"url": "${url}", "url_mobile": "", "title": "${title}", "seendate": "${seendate}", "socialimage": "", "domain": "${new URL(url).hostname.replace(/^www\./, '')}", "language": "English", "sourcecountry": "United Kingdom"}`;
const body = (...rows: string[]) => `{"articles": [\n ${rows.join(',\n ')}\n]\n}`;
const parse = (text: string) => parseArtList(200, 'application/json; charset=utf-8', text);

// The shapes of gdelt-doc-api issues 26 and 28 (fixed in its PR 47): one bad escape in one
// title of a long answer, which a strict parser rejects whole.
describe('an ArtList with an invalid escape is read, not "malformed"', () => {
  test.each([
    ['an escaped apostrophe', String.raw`Biden\'s envoy meets Peskov`, "Biden's envoy meets Peskov"],
    ['a \\x escape', String.raw`Carbon neutrality \x targets : EU presses on`, 'Carbon neutrality x targets: EU presses on'],
    ['a backslash before a space', String.raw`WP \ Kremlin rejects claims`, 'WP Kremlin rejects claims'],
  ])('%s in one title', (_, rawTitle, title) => {
    const result = parse(
      body(row('https://www.bbc.co.uk/news/a', 'Peskov says talks will continue'), row('https://www.theguardian.com/world/b', rawTitle)),
    );
    expect(result.ok && result.articles.map((a) => a.title)).toEqual(['Peskov says talks will continue', title]);
  });

  test('a valid escaped backslash stays a backslash', () => {
    const result = parse(body(row('https://www.bbc.co.uk/news/a', String.raw`AC\\DC \"reunion\" and Biden\'s tour`)));
    expect(result.ok && result.articles[0]!.title).toBe('AC\\DC "reunion" and Biden\'s tour');
  });

  test('a body cut short is still malformed', () => {
    const cut = body(row('https://www.bbc.co.uk/news/a', String.raw`Biden\'s envoy`)).slice(0, 80);
    expect(parse(cut)).toMatchObject({ ok: false, reason: 'malformed' });
  });
});

describe('one article under several spellings of its address is listed once', () => {
  test.each([
    [
      'with and without :443',
      'https://www.reuters.com:443/world/europe/peskov-2023-08-21/',
      'https://www.reuters.com/world/europe/peskov-2023-08-21/',
    ],
    ['with and without :80', 'http://tass.com:80/politics/1664321', 'http://tass.com/politics/1664321'],
    ['with and without a trailing slash', 'https://meduza.io/en/news/2023/08/21/peskov/', 'https://meduza.io/en/news/2023/08/21/peskov'],
    ['over http and https', 'http://www.aljazeera.com/news/2023/8/21/peskov', 'https://www.aljazeera.com/news/2023/8/21/peskov'],
  ])('%s: the first (newest) row is kept', (_, first, second) => {
    const result = parse(
      body(row(first, 'Peskov rejects claims', '20230821T194500Z'), row(second, 'Peskov rejects claims', '20230821T184500Z')),
    );
    expect(result.ok && result.articles.map((a) => [a.url, a.seenAt])).toEqual([[first, '2023-08-21T19:45:00Z']]);
  });

  test('another port or query is another article', () => {
    const urls = ['https://news.example.com/a', 'https://news.example.com:8443/a', 'https://news.example.com/a?id=2'];
    const result = parse(body(...urls.map((u) => row(u, 'Peskov rejects claims'))));
    expect(result.ok && result.articles.map((a) => a.url)).toEqual(urls);
  });
});

// Real ArtList answers, when a recording of them is added to ../shared (none is public yet: see
// its README); each must be read, and list every article once.
const RECORDED = path.join(SHARED, 'data/api-responses/gdelt');
const recorded = existsSync(RECORDED) ? readdirSync(RECORDED).filter((f) => f.endsWith('.json')) : [];
describe.skipIf(!hasShared(RECORDED, 'GDELT answers recorded from the real service') || recorded.length === 0)(
  'recorded ArtList answers',
  () => {
    test.each(recorded)('%s is read, each article once', (file) => {
      const raw = JSON.parse(readFileSync(path.join(RECORDED, file), 'utf8')) as { body?: unknown; response?: { body?: unknown } };
      const text =
        typeof raw.body === 'string' ? raw.body : typeof raw.response?.body === 'string' ? raw.response.body : JSON.stringify(raw);
      const result = parse(text);
      expect(result.ok).toBe(true);
      const keys = result.ok ? result.articles.map((a) => articleKey(a.url)) : [];
      expect(new Set(keys).size).toBe(keys.length);
    });
  },
);
