/**
 * A small news page of our own, read once by a worker that has just started (handlers/extract.ts)
 * while the tab that woke it is still loading. Its parse, extraction and analysis run the steps a
 * real page's reading runs, so that the page's own reading finds their code past its first, slow
 * runs. On a page whose parsing a slow script holds back for 300 ms, a stopped worker's parse and
 * extraction took 84–94 ms without it and 39–50 ms with it (a running worker's: ~26), and the
 * highlights came 94–102 ms after the load against 148–161 (`npm run cold-start -- --slow-ms 300`).
 * It is laid out as news sites are: a navigation, the article with its headline, byline, quotes,
 * reported speech and "according to", a "most read" list and a footer. Everyone in it is made up;
 * tests/unit/background/warm-page.test.ts checks that its reading still finds each kind of person,
 * source and claim.
 */

/** Where the page says it is: an address no reading is remembered by (the reading is not reported). */
export const WARM_PAGE_URL = 'https://sourcelight.invalid/news/harbour-talks';

const paragraphs = [
  'The harbour authority and the dockworkers\u2019 union will meet again on Monday, after talks broke down late on Thursday over night shifts and pay.',
  '\u201cWe are not going to accept a deal that puts our members at risk,\u201d said union spokeswoman Maria Delgado, speaking outside the port offices.',
  'Harbour Commissioner Tomas Berg said the authority had offered a new schedule and would present its figures to the city council next week.',
  'According to a city official who spoke on condition of anonymity, the council is ready to step in if no agreement is reached by the end of the month.',
  'The Ministry of Transport said in a statement that it was following the talks closely, and Reuters reported that shipping companies had begun to divert cargo.',
  '\u201cThe port cannot stay closed for another week,\u201d Berg told reporters. \u201cEvery day costs the region jobs.\u201d',
  'Delgado said the union would hold a vote on any offer, and warned that further strikes were possible.',
];

export const WARM_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour talks to resume on Monday | The Daily Example</title>
<meta property="og:type" content="article">
<meta property="og:title" content="Harbour talks to resume on Monday">
<meta name="author" content="Jane Example">
<link rel="canonical" href="${WARM_PAGE_URL}">
</head>
<body>
<header class="site-header"><a href="/">The Daily Example</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
</header>
<main>
<article class="story">
<h1>Harbour talks to resume on Monday</h1>
<p class="byline">By <a href="/authors/jane-example" rel="author">Jane Example</a>, <time datetime="2024-05-03T09:30:00Z">May 3, 2024</time></p>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/news/1">City council approves new budget</a></li>
<li><a href="/sport/2">Local team wins the regional cup</a></li>
<li><a href="/business/3">Shipping rates rise for a third month</a></li>
</ol></aside>
</main>
<footer><p>\u00a9 The Daily Example</p><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
</body>
</html>`;
