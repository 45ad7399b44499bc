import { describe, expect, it } from 'vitest';
import { detectArticle } from '@/lib/article/detect';
import { parse, readSample } from '../../helpers/shared-data';

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the foreign minister said on Tuesday that the talks would resume next month, and officials familiar with the negotiations said both delegations had narrowed their differences on access to the ports and on the inspection of vessels.</p>`,
  ).join('\n');
const teasers = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<article><h3><a href="/story/${i}">Headline number ${i + 1} about the news of the day</a></h3><p>One line of summary.</p></article>`,
  ).join('\n');

const brief = (dateline: string) =>
  `<h1>More agony for Robinson</h1><div><p>${dateline}Jason Robinson will miss the rest of the season after tearing a hamstring in training, his club said.</p>` +
  `<p>The former England captain was injured on Tuesday and is expected to be out for at least three months, the club's doctor said.</p>` +
  `<p>It is the third serious injury of his career in two years and the club said it would decide on his future at the end of the season.</p></div>`;

const briefText =
  `<p>Two of three embassies in Canberra have been cleared of danger after suspicious package incidents.</p>` +
  `<p>A third package, at the British High Commission, was still being investigated, police said.</p>` +
  `<p>An ACT police spokesman said white powder found in packages at the Israeli and United States embassies had been classed as non-hazardous.</p>`;
const otherStories = Array.from(
  { length: 12 },
  (_, i) =>
    `<li><a href="/s/${i}">Council votes to close the regional library branch number ${i} after a long review of its budget</a></li>`,
).join('');

/** Related stories as some papers set them: a linked headline, its time, and lines of indentation, in each <h3>. */
const relatedColumn = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<h3><a href="/r/${i}">Headline number ${i + 1} about the news of the day</a>\n\n\n${' '.repeat(300)}\n<span>1:49 PM</span></h3>`,
  ).join('\n');

function page(head: string, body: string): Document {
  return parse(`<!doctype html><html lang="en"><head><title>T</title>${head}</head><body>${body}</body></html>`);
}

describe('detectArticle', () => {
  it.each([
    [
      'a NewsArticle with prose',
      page(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H"}</script>',
        `<article><h1>H</h1>${prose(6)}</article>`,
      ),
      null,
      true,
      'json-ld:NewsArticle',
    ],
    [
      'JSON-LD in @graph with a full type URL',
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"http://schema.org/ReportageNewsArticle"}]}</script>',
        `<article>${prose(6)}</article>`,
      ),
      null,
      true,
      'json-ld:ReportageNewsArticle',
    ],
    [
      'og:type=article',
      page('<meta property="og:type" content="article">', `<article>${prose(5)}</article>`),
      null,
      true,
      'og:type=article',
    ],
    ['plain prose with no metadata (readerable)', page('', `<div>${prose(6)}</div>`), null, true, 'readerable'],
    [
      'a home page by its URL',
      page('<meta property="og:type" content="website">', teasers(3) + prose(4)),
      'https://news.example/',
      false,
      'url: home page',
    ],
    [
      'an article URL with a share tag in its query',
      page('<meta property="og:type" content="article">', `<article>${prose(5)}</article>`),
      'https://news.example/world/putin-talks?s=09&q=x',
      true,
      'og:type=article',
    ],
    ['search results by their URL', page('', prose(6)), 'https://news.example/search?q=putin', false, 'url: search results'],
    [
      'a section front of headline links',
      page('<meta property="og:type" content="website">', teasers(20)),
      'https://news.example/world',
      false,
      'listing',
    ],
    ['a listing that calls itself an article', page('<meta property="og:type" content="article">', teasers(15)), null, false, 'listing'],
    [
      // Its headlines' markup indented inside each heading: a reader sees one space for each run.
      'an article beside a column of related headlines, their markup indented',
      page('', `<div>${prose(6)}</div><div>${relatedColumn(20)}</div>`),
      null,
      true,
      'readerable',
    ],
    [
      'a product page',
      page('<script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script>', prose(3)),
      'https://shop.example/p/kettle',
      false,
      'json-ld:Product',
    ],
    [
      'a video page',
      page('<meta property="og:type" content="video.other">', '<video src="v.mp4"></video><p>A short caption.</p>'),
      'https://news.example/clip/1',
      false,
      'og:type=video.other',
    ],
    [
      'an article type with almost no prose',
      page('<meta property="og:type" content="article">', '<video></video><p>Watch: the minister speaks.</p>'),
      null,
      false,
      'too little prose',
    ],
    [
      'a broken JSON-LD block next to a good one',
      page(
        '<script type="application/ld+json">{broken</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
        prose(6),
      ),
      null,
      true,
      'json-ld:NewsArticle',
    ],
    ['a site rule: BBC story URL', page('', prose(6)), 'https://www.bbc.co.uk/news/world-europe-68123456', true, 'site rule'],
    [
      'a site rule: BBC section front',
      page('<meta property="og:type" content="article">', prose(6)),
      'https://www.bbc.co.uk/news/world',
      false,
      'site rule',
    ],
    ['an empty page', parse(''), null, false, 'empty page'],
    [
      'plain short paragraphs of news in <div>s (short for readerable)',
      page(
        '',
        `<div>${Array.from({ length: 6 }, () => '<div>The minister said on Tuesday that the talks would resume next month in Geneva, officials said.</div>').join('')}</div>`,
      ),
      null,
      true,
      'prose: 6 paragraphs',
    ],
    [
      'a brief: a headline the title names, a dateline, three paragraphs',
      parse(`<html><head><title>Rugby News: More agony for Robinson</title></head><body>${brief('LONDON, Jan 4 - ')}</body></html>`),
      null,
      true,
      'news brief',
    ],
    [
      'the same brief without a date',
      parse(`<html><head><title>Rugby News: More agony for Robinson</title></head><body>${brief('')}</body></html>`),
      null,
      false,
      'not readerable',
    ],
    // Old table layouts: the date in a row of its own above the story's cell (a regional paper of 2008).
    [
      'a brief whose date is in the row above its cell',
      parse(
        `<html><head><title>Two embassies cleared after incident - National</title></head><body><table><tr><td><table><tr><td>02 January 2008 - 5:34PM</td><td><a href="/p">Print</a></td></tr></table></td></tr><tr><td><table><tr><td><span><strong>Two embassies cleared after incident</strong></span>${briefText}</td></tr></table></td></tr></table></body></html>`,
      ),
      null,
      true,
      'news brief',
    ],
    [
      'a brief whose only date is in a long list of other stories around it',
      parse(
        `<html><head><title>Two embassies cleared after incident - National</title></head><body><div><ul>${otherStories}</ul><p>Posted 02 January 2008</p><div><span><strong>Two embassies cleared after incident</strong></span>${briefText}</div></div></body></html>`,
      ),
      null,
      false,
      'not readerable',
    ],
    [
      'the same brief under a heading the title does not name',
      parse(`<html><head><title>Rugby News</title></head><body>${brief('LONDON, Jan 4 - ')}</body></html>`),
      null,
      false,
      'not readerable',
    ],
  ])('%s', (_name, doc, url, isArticle, reason) => {
    const d = detectArticle(doc, url);
    expect(d.isArticle).toBe(isArticle);
    expect(d.reason).toContain(reason);
  });

  it('says yes for the sample article and no for the sample home page, even without its URL', () => {
    expect(detectArticle(parse(readSample('world', 'harbour-talks.html'))).isArticle).toBe(true);
    const home = readSample('index.html')
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace(/<meta property="og:url"[^>]*>/, '');
    const d = detectArticle(parse(home), 'http://127.0.0.1:8080/news/front.html');
    expect(d).toMatchObject({ isArticle: false });
  });
});
