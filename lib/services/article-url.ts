/**
 * Which of GDELT's rows are the same article. GDELT lists one page under several spellings of its
 * address (gdelt-doc-api issue 28: the same URL with and without `:443`), and sites link a page
 * with and without its trailing slash; these are one article to a reader, and listed twice they
 * would count as two outlets' coverage.
 */

/** Ports that say nothing: each is the default of http or https, and GDELT mixes them up. */
const DEFAULT_PORTS = new Set(['', '80', '443']);

/**
 * A key equal for two spellings of one address: host in lower case, no default port, no scheme
 * (GDELT lists http and https copies of a page), no trailing slash, no fragment. The query stays:
 * on many news sites it is what names the article (`?id=…`). Null when `url` is not a web address.
 */
export function articleKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = DEFAULT_PORTS.has(u.port) ? u.hostname : u.host;
  const path = u.pathname.replace(/\/+$/, '');
  return `${host}${path}${u.search}`;
}
