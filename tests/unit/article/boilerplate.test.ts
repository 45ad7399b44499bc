import { describe, expect, it } from 'vitest';
import { readArticle } from '@/lib/article';
import { isBoilerplateLine } from '@/lib/article/boilerplate';
import { parse } from '../../helpers/shared-data';
import { expectRunsFaithful } from '../../helpers/expect-runs';

const para = (i: number) =>
  `<p>Paragraph ${i}: the minister said the talks, which began in Geneva on Monday, would continue next week after both delegations asked for more time to consult.</p>`;
const body = Array.from({ length: 8 }, (_, i) => para(i + 1)).join('');
const read = (inner: string) => readArticle(parse(`<html><body><article>${inner}</article></body></html>`), { always: true });

// Lines as news sites print them inside the article body (wire stories of 2007–2008 and today's sites).
describe('lines that are not the article', () => {
  it.each([
    // photo captions closed by a credit
    'Khalil Khatri (center) prayed with fellow Muslims at the Islamic Center of Boston. (David Kamerman/Globe Staff)',
    'Prime Minister Stephen Harper waits for the arrival of the premiers at 24 Sussex in Ottawa on Friday, Jan. 11, 2008. (Sean Kilpatrick /THE CANADIAN PRESS)',
    'A Palestinian boy walks past the rubble of a house in Gaza City on Sunday. (AP Photo/Adel Hana)',
    'Protesters gather outside parliament in Kyiv. Photograph: Sergei Supinsky/AFP/Getty Images',
    'Friends and relatives of victims react at a hospital in Lahore on Thursday.(Reuters)',
    'Senator Barack Obama speaks in Des Moines. (Photo by Scott Olson/Getty Images)',
    'Photo: Chip Somodevilla / Getty Images',
    // contributors
    'Associated Press Writers Qassim Abdul-Zahra and Sinan Salaheddin contributed to this report.',
    "CNN's Octavia Nasr and Pam Benson contributed to this report.",
    'AP Business Writer Kelly Olsen in Seoul contributed to this report.',
    'Reporting by Mohammed Abbas; Editing by Jon Boyle',
    'Additional reporting by Sue Pleming in Washington',
    'Ottawa Citizen with files from Norma Greenaway',
    'With files from the Associated Press',
    // copyright
    'Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
    '© Copyright 2007 Globe Newspaper Company.',
    'Â© CanWest News Service 2007',
    '©All rights reserved, news from Canadian Press',
    'Copyright World Entertainment News Network',
    'Copyright Business Wire 2008',
    // bylines and stamps repeated in the body
    'By TERENCE HUNT / AP White House Correspondent',
    'By: Jim Macdonald, THE CANADIAN PRESS',
    'By Martin Smith',
    "Juliet O'Neill and Jack Aubry , CanWest News Service",
    "From CBS News' Aaron Lewis:",
    'CTV.ca News Staff',
    'Telegraph staff and agencies',
    '(CBS)',
    'By TERENCE HUNT / AP White House Correspondent',
    'Published: Thursday, November 29, 2007',
    'Last Updated: 1:19am GMT 14/01/2008',
    'Tue, 2008-01-08 18:35.',
    'Jan 14 2008 by Andy Howell, Western Mail',
    'By Chuck Squatriglia January 10, 2008 | 6:46:13 PM',
    'AP Photo/Duane Burleson, File',
    'ABOVE: Sir Ian McKellen among theatre stars angry at Arts Council',
    'Contributed by Nicol Wistreich',
    "(Reporting by Greg Stutchbury in Melbourne; Editing by John O'Brien)",
    'To contact the reporter on this story: Heejin Koo in Seoul at hjkoo@bloomberg.net .',
    '(Pittsburgh Post-Gazette movie editor Barbara Vancheri can be reached at bvancheri(at)post-gazette.com.)',
    'Posted: January 06, 2008, 4:30 PM by Michael Traikos',
    'BY HEMMY SO in Los Angeles and BEN WIDDICOMBE, LARRY McSHANE and RICH SCHAPIRO in New York / DAILY NEWS WRITERS',
    'Maimane Phiri © Gallo Images',
    'Former prime minister Brian Mulroney, left, and Karlheinz Schreiber are seen in this combined image.',
    'In this Jan. 5, 2008 file photo, Sen. Barack Obama speaks at a rally in Nashua, N.H.',
    'This article was originally published on page 28 of The Sunday Tribune on December 30, 2007',
    // page controls
    'Email | Print | Text size – +',
    'Click photo to enlarge',
    'View larger image',
    'E-mail to a friend',
  ])('%s', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });
});

describe('lines of the article that stay', () => {
  it.each([
    '"We\'re not gonna have an auction in Iowa. We\'re gonna have an election," said Edwards.',
    'Finance Minister Jim Flaherty said that the timing behind the package would not change.',
    'BAGHDAD (AP) — Secretary of State Condoleezza Rice said Iraq\'s national reconciliation has moved along "quite remarkably."',
    'By the end of the day, the premiers had agreed on nothing.',
    'By Monday, the talks had collapsed.',
    'Above all, the premiers wanted money.',
    'In this case, the court found no fault with the ministry.',
    'The photo, released on Monday, shows the minister at the port.',
    'Residents left their homes before dawn, police said.',
    'Photographers were kept behind a barrier outside the court.',
    'The company said it had reserved all rights to appeal the ruling.',
    'Reporters were told the meeting went well (though no details were given).',
    'The vote split the party (Democrats/Republicans alike).',
    'Copyright lawyers say the ruling could reach well beyond music.',
    'The staff walked out at noon.',
    'Comments made by the minister on Tuesday drew an angry response.',
    'Schreiber said he was told by Doucet, a Mulroney aide, that Mulroney was in "desperate shape."',
  ])('%s', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

// Only among the first and last blocks: in the middle the same shape may head a section.
describe('sign-offs at the edges of the text', () => {
  it.each([
    ['Jason Botchford, The Province'],
    ['Robert Fife, CTV Ottawa Bureau Chief'],
    ['Luke Van Leuveren / 29 Dec, 2007'],
    ['Murray McCormick, Canwest News Service; Regina Leader-Post'],
    ['Associated Press - January 8, 2008 4:33 PM ET'],
  ])('%s goes from the top and the bottom, not from the middle', (line) => {
    const { article } = read(`<p>${line}</p>${body}<p>${line}</p>${para(9)}${para(10)}${para(11)}${para(12)}${para(13)}`);
    expect(article.text.split(line)).toHaveLength(2);
    expect(article.text.startsWith('Paragraph 1:')).toBe(true);
  });

  it('keeps a sentence naming someone at the edge', () => {
    const { article } = read(`<p>Hillary Clinton, who won in New Hampshire, said she would fight on.</p>${body}`);
    expect(article.text).toContain('Hillary Clinton, who won');
  });
});

describe('removal from the article body', () => {
  it('drops captions, credits and contributor lines, and keeps the map true', () => {
    const { article, map } = read(
      `<figure><img src="x.jpg"><figcaption>Elena Marsh arrives in Geneva.</figcaption></figure>${para(0)}` +
        `<p><img src="y.jpg"> Harald Brenn at the port on Monday. (Jan Kowal/Reuters)</p>${body}` +
        '<p>Associated Press writer Maria Sanminiatelli contributed to this report.</p>',
    );
    expect(article.text).toContain('Paragraph 0:');
    expect(article.text).toContain('Paragraph 8:');
    expect(article.text).not.toMatch(/Elena Marsh|Harald Brenn|Sanminiatelli/);
    expectRunsFaithful(map);
  });

  it("drops the readers' comments after their heading", () => {
    const { article } = read(`${body}<h3>Comments</h3><p>Stephen B</p><p>The government should stop spending my money.</p>`);
    expect(article.text).toContain('Paragraph 8:');
    expect(article.text).not.toMatch(/Comments|Stephen B|spending/);
  });

  it('drops what follows the comments even when their heading sits in a labelled box', () => {
    const { article } = read(
      `${body}<div class="body comments"><p><span>Comments</span></p><p>Now you're in the public comment zone.</p></div>` +
        '<div><p>BROWSE AUTHORS</p> • Scott Conroy<br> • Joy Lin</div>',
    );
    expect(article.text).toContain('Paragraph 8:');
    expect(article.text).not.toMatch(/comment|Conroy/);
  });

  it.each([['Related Links'], ['More from Front Page'], ['Most Read'], ['Other News in Science'], ['You may also like']])(
    'drops the other stories under "%s" once the body is past',
    (heading) => {
      const { article } = read(
        `${body}<h3>${heading}</h3><p>Romo gets ready with Jessica Simpson in Mexico</p><p>Actor Brad Renfro dead at 25</p>`,
      );
      expect(article.text).toContain('Paragraph 8:');
      expect(article.text).not.toMatch(/Romo|Renfro/);
    },
  );

  it.each([['More (remote) mentorship'], ['More about the unveiling here.'], ['Other concerns']])(
    'keeps a subheading like "%s" and what follows it',
    (heading) => {
      const { article } = read(`${body}<h3>${heading}</h3>${para(9)}`);
      expect(article.text).toContain('Paragraph 9:');
    },
  );

  it('keeps what follows a "Comments" control near the top', () => {
    const { article } = read(`<p>Comments</p>${body}`);
    expect(article.text).toContain('Paragraph 1:');
  });

  it('drops lists of headlines and their heading', () => {
    const { article } = read(
      `${body}<p>BROWSE AUTHORS</p><p><a href="/a">Scott Conroy</a><br><a href="/b">Maria Gavrilovic</a><br><a href="/c">Joy Lin</a></p>` +
        '<p><a href="/d">Starting Gate: Michigan And Mitt</a></p>',
    );
    expect(article.text).toContain('Paragraph 8:');
    expect(article.text).not.toMatch(/BROWSE|Conroy|Starting Gate/);
  });

  it('keeps a paragraph with a link in it', () => {
    const { article } = read(`${body}<p>The report, <a href="/r">published by the agency on Monday</a>, runs to 300 pages.</p>`);
    expect(article.text).toContain('runs to 300 pages');
  });
});

describe('what the rules must not take', () => {
  it('drops a byline lying loose beside the body, and keeps the body', () => {
    const { article, map } = read(`<div>By TERENCE HUNT<br>AP White House Correspondent<div>${body}</div></div>`);
    expect(article.text).not.toMatch(/TERENCE|Correspondent/);
    expect(article.text).toContain('Paragraph 1:');
    expectRunsFaithful(map);
  });

  it('keeps an article whose wrapper is flagged "no_caption" (BuzzFeed)', () => {
    const { article } = read(
      `<div class="buzz_superlist_item no_caption"><h2>The mother of a woman who took diet pills described her death.</h2>${body}</div>`,
    );
    expect(article.text).toContain('The mother of a woman');
  });

  it('keeps code whose highlighter marks comments ("token comment")', () => {
    const { article } = read(
      `${body}<pre><code><span class="token comment">// add.c</span>\nint add(int x, int y) { return x + y; }</code></pre>${para(9)}`,
    );
    expect(article.text).toContain('// add.c');
    expect(article.text).toContain('Paragraph 9:');
  });

  it('keeps a table of data with a "Comments" column and linked names', () => {
    const rows = ['Groundhog Day', 'Source Code', 'Palm Springs']
      .map((t, i) => `<tr><td><a href="/f${i}">${t}</a></td><td>A man relives the same day over and over.</td></tr>`)
      .join('');
    const { article } = read(`${body}<table><tr><th>Film</th><th>Comments</th></tr>${rows}</table>${para(9)}`);
    expect(article.text).toContain('Source Code');
    expect(article.text).toContain('Paragraph 9:');
  });

  it('keeps headings that link back to the table of contents, and a film called "Reset" in a table', () => {
    const { article } = read(
      `<h2><a href="#toc">Example 1: Amend a shared changeset</a></h2>${body}` +
        `<table><tr><td><a href="/reset">Reset</a></td><td>2017</td><td>A physicist travels back in time by an hour.</td></tr></table>`,
    );
    expect(article.text).toContain('Example 1: Amend');
    expect(article.text).toMatch(/Reset 2017/);
  });

  it('drops a table of linked headlines on a page laid out in tables', () => {
    const rows = ['More Breaking Business News', 'European carmakers steal the show', 'Merrill Lynch to get big cash boost']
      .map((t, i) => `<tr><td><li></li></td><td><a href="/n${i}">${t}</a></td></tr>`)
      .join('');
    const { article } = read(`${body}<table>${rows}</table>`);
    expect(article.text).not.toMatch(/carmakers|Merrill/);
  });
});
