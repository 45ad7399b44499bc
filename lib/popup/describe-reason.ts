/** Detection's reasons (lib/article/detect.ts) in words a reader understands. */
const PLAIN: Array<[RegExp, string]> = [
  [/^url: home page/, 'This looks like a home page.'],
  [/^url: search results/, 'This looks like a page of search results.'],
  [/^site rule .*not an article/, 'This looks like a section page of this site, not an article.'],
  [/^listing/, 'This page is mostly a list of headlines.'],
  [/^url: /, 'This looks like a list, video or shop page.'],
  [/^json-ld:(?:Product|ProductGroup|Offer)|^og:type=(?:og:)?product/, 'This looks like a product page.'],
  [/^json-ld:VideoObject|^og:type=video/, 'This looks like a video page.'],
  [/^json-ld:(?:CollectionPage|ItemList|SearchResultsPage)/, 'This page is a collection of links, not an article.'],
  [/^json-ld:ProfilePage|^og:type=profile/, 'This looks like a profile page.'],
  [/too little prose|^not readerable|^no article body found/, 'This page has too little running text for an article.'],
  [/^empty page/, 'This page is empty.'],
];

export function describeReason(reason: string): string {
  return PLAIN.find(([re]) => re.test(reason))?.[1] ?? 'Sourcelight works on news articles; this page looks like something else.';
}
