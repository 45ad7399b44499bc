/**
 * Who a person is, from Wikipedia: the REST page summary (description, short text, photo) and the
 * photo's credit. Only a page title or a file name leaves the browser. Formats and rules:
 * shared/research/data-sources.md §1.1–1.3; the HTTP side (throttle, user agent) is ./http.
 *
 * Redirects. Every request carries Api-User-Agent, so the browser preflights it, and a redirected
 * preflighted request fails (RESTBase's own spec says so; §1.1, §5). The summary endpoint answers a
 * title not in normal form with a 301 and a redirect page ("Putin") with a 302. So the title is
 * first resolved by the Action API (`redirects=1`: a 200 naming the target) and the summary is
 * asked for the canonical title only, with `redirect=false` so that a page turned into a redirect
 * between the two calls still answers 200. One request more, but the extension identifies itself
 * on every call, as Wikimedia asks (§1.3), and the missing page costs no second request.
 */
import type { GetJson, JsonOutcome } from './http';

export interface WikiSummary {
  title: string;
  /**
   * The title as the page shows it, as plain text: since 2024 `displaytitle` is HTML
   * (`<span class="mw-page-title-main">…</span>`, `<i>Ipomoea</i>`), never to be shown as markup.
   * Absent in answers cached before it was read; use `title` then.
   */
  displayTitle?: string;
  description: string | null;
  extract: string;
  type: 'standard' | 'disambiguation' | 'no-extract' | 'mainpage' | string;
  pageUrl: string | null;
  thumbnail: { source: string; width: number; height: number } | null;
  /** The file's name as in its URL, underscores for spaces ("Vladimir_Putin_(2023).jpg"), without "File:". */
  imageFile: string | null;
  wikibaseItem: string | null;
}

export interface ImageCredit {
  /** Plain text, for a text node: the HTML Commons keeps there is stripped. */
  artist: string | null;
  license: string | null;
  descriptionUrl: string | null;
}

export type SummaryUnavailable = Exclude<Extract<JsonOutcome, { ok: false }>['reason'], 'not-found'>;

export type SummaryResult =
  | { status: 'ok'; summary: WikiSummary; credit: ImageCredit | null }
  | { status: 'disambiguation'; summary: WikiSummary }
  | { status: 'not-found' }
  | { status: 'unavailable'; reason: SummaryUnavailable; message: string; retryAfterMs?: number };

/** Characters MediaWiki never allows in a title; `|` would also split `titles=` into several pages. */
// eslint-disable-next-line no-control-regex
const ILLEGAL_TITLE = /[#<>[\]{}|\u0000-\u001F\u007F]/;

/** The title in MediaWiki's URL form, as the REST paths want it: underscores, first letter upper case. */
export function normaliseTitle(title: string): string {
  const underscored = title.replace(/[\s_]+/g, '_').replace(/^_+|_+$/g, '');
  if (!underscored || ILLEGAL_TITLE.test(underscored)) throw new RangeError(`Not a Wikipedia title: ${JSON.stringify(title)}`);
  const first = String.fromCodePoint(underscored.codePointAt(0)!);
  // English Wikipedia forces the first letter to upper case ($wgCapitalLinks); "ß" → "SS" would be a new title.
  const upper = first.toUpperCase();
  return (upper.length === first.length ? upper : first) + underscored.slice(first.length);
}

function wiki(lang: string): string {
  // Part of the host name: anything else than a language code would send the request elsewhere.
  if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(lang)) throw new RangeError(`Not a Wikipedia language code: ${JSON.stringify(lang)}`);
  return `https://${lang}.wikipedia.org`;
}

function actionUrl(lang: string, params: Array<[string, string]>): string {
  // origin=* makes the answer anonymous and CORS-enabled (§1.2); no cookies go with it anyway.
  const all: Array<[string, string]> = [['action', 'query'], ...params, ['format', 'json'], ['formatversion', '2'], ['origin', '*']];
  return `${wiki(lang)}/w/api.php?${all.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** The Action API query that turns a title into the canonical title of the page it leads to. */
export function resolveTitleUrl(title: string, lang = 'en'): string {
  return actionUrl(lang, [
    ['titles', normaliseTitle(title)],
    ['redirects', '1'],
  ]);
}

export function summaryUrl(title: string, lang = 'en'): string {
  // The title is one path segment: a "/" in it (AC/DC) is encoded too; "," becomes %2C as in content_urls.
  return `${wiki(lang)}/api/rest_v1/page/summary/${encodeURIComponent(normaliseTitle(title))}?redirect=false`;
}

/**
 * The credit of a file. Asked of the same Wikipedia, not of Commons: it answers for Commons files
 * too (as a "shared" repository) and also for the non-free files only it holds; and it keeps every
 * call on one host, under one throttle and the host permission we already have. `url` is asked
 * with `extmetadata` because only it brings the file page's address (`descriptionurl`).
 */
export function creditUrl(file: string, lang = 'en'): string {
  const name = normaliseTitle(file.replace(/^(File|Image):/i, ''));
  return actionUrl(lang, [
    ['titles', `File:${name}`],
    ['prop', 'imageinfo'],
    ['iiprop', 'extmetadata|url'],
    ['iiextmetadatafilter', 'Artist|LicenseShortName|Credit|AttributionRequired'],
  ]);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const https = (v: unknown): string | null => (typeof v === 'string' && /^https:\/\/[^\s]+$/.test(v) ? v : null);

/** `query.pages` as a list: formatversion=2 gives one; the older form keys the pages by id. */
function pagesOf(body: unknown): Json[] | null {
  const pages = isObject(body) && isObject(body.query) ? body.query.pages : undefined;
  const list = Array.isArray(pages) ? pages : isObject(pages) ? Object.values(pages) : null;
  return list && list.filter(isObject);
}

export type Resolved = { status: 'found'; title: string } | { status: 'missing' };

/** The Action API's answer to resolveTitleUrl; null when it is not one. */
export function parseResolvedTitle(body: unknown): Resolved | null {
  const page = pagesOf(body)?.[0];
  if (!page) {
    // An interwiki title ("wikt:…") comes back without pages: there is no article here.
    return isObject(body) && isObject(body.query) && body.query.interwiki ? { status: 'missing' } : null;
  }
  if (page.missing !== undefined || page.invalid !== undefined) return { status: 'missing' };
  const title = text(page.title);
  return title ? { status: 'found', title } : null;
}

export function parseSummary(body: unknown): WikiSummary | null {
  if (!isObject(body)) return null;
  const titles = isObject(body.titles) ? body.titles : {};
  const title = text(titles.normalized) ?? text(body.title);
  if (!title) return null;
  const description = text(body.description);
  const extract = typeof body.extract === 'string' ? body.extract.trim() : '';
  // The card's photo is small: the thumbnail, else the original (which since 2025 may itself be a
  // large /thumb/ rendering, still a usable image URL).
  const original = image(body.originalimage);
  const thumbnail = image(body.thumbnail) ?? original;
  const shown = htmlToText(typeof body.displaytitle === 'string' ? body.displaytitle : (text(titles.display) ?? ''));
  const desktop = isObject(body.content_urls) && isObject(body.content_urls.desktop) ? body.content_urls.desktop : {};
  const wikibaseItem = typeof body.wikibase_item === 'string' && /^Q[1-9]\d*$/.test(body.wikibase_item) ? body.wikibase_item : null;
  return {
    title,
    displayTitle: shown || title,
    description,
    extract,
    type: text(body.type) ?? guessType(description, extract),
    // The 2017 shape has no content_urls; the page is still at /wiki/<title> (and CC BY-SA wants a link).
    pageUrl: https(desktop.page) ?? pageUrlOf(title, body.lang),
    thumbnail,
    imageFile: fileOf(original?.source ?? thumbnail?.source),
    wikibaseItem,
  };
}

/** Summaries from before `type` existed: a disambiguation page must still not pass for a person. */
function guessType(description: string | null, extract: string): string {
  return /disambiguation page/i.test(description ?? '') || /\bmay (also )?refer to:?$/i.test(extract) ? 'disambiguation' : 'standard';
}

function image(v: unknown): WikiSummary['thumbnail'] {
  if (!isObject(v)) return null;
  const source = https(v.source);
  const { width, height } = v;
  return source && typeof width === 'number' && typeof height === 'number' ? { source, width, height } : null;
}

function pageUrlOf(title: string, lang: unknown): string | null {
  try {
    return `${wiki(typeof lang === 'string' ? lang : 'en')}/wiki/${encodeURIComponent(normaliseTitle(title))}`;
  } catch {
    return null;
  }
}

/** ".../commons/a/a5/Name.jpg" or, for a thumbnail, ".../commons/thumb/a/a5/Name.jpg/320px-Name.jpg". */
function fileOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const thumb = segments.indexOf('thumb');
    const raw = thumb >= 0 ? segments[thumb + 3] : segments.at(-1);
    return raw ? decodeURIComponent(raw) : null;
  } catch {
    // An unparsable URL or a broken %-sequence: no credit to look up, the photo itself may still show.
    return null;
  }
}

/** The answer to creditUrl. A Commons file reads "missing" (no page here) yet "known", with its imageinfo. */
export function parseCredit(body: unknown): ImageCredit | null {
  const info = pagesOf(body)?.[0]?.imageinfo;
  const first = Array.isArray(info) && isObject(info[0]) ? info[0] : null;
  if (!first) return null;
  const meta = isObject(first.extmetadata) ? first.extmetadata : {};
  const field = (name: string) => (isObject(meta[name]) && typeof meta[name].value === 'string' ? meta[name].value : null);
  const artist = htmlToText(field('Artist') ?? '') || null;
  const license = htmlToText(field('LicenseShortName') ?? '') || null;
  const descriptionUrl = https(first.descriptionurl);
  return artist || license || descriptionUrl ? { artist, license, descriptionUrl } : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Regular expressions, not a DOM: an MV3 service worker has no DOMParser. The result is text, never markup. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(br|p|div|li|tr|td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? whole;
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

type Failure = Extract<JsonOutcome, { ok: false }>;

function unavailable(failure: Failure | { reason: 'malformed'; message: string; retryAfterMs?: undefined }): SummaryResult {
  if (failure.reason === 'not-found') return { status: 'not-found' };
  return {
    status: 'unavailable',
    reason: failure.reason,
    message: failure.message,
    ...(failure.retryAfterMs !== undefined ? { retryAfterMs: failure.retryAfterMs } : {}),
  };
}

export async function fetchSummary(title: string, getJson: GetJson, lang = 'en'): Promise<SummaryResult> {
  let resolveUrl: string;
  try {
    resolveUrl = resolveTitleUrl(title, lang);
  } catch {
    return { status: 'not-found' };
  }
  const resolving = await getJson(resolveUrl);
  if (!resolving.ok) return unavailable(resolving);
  const resolved = parseResolvedTitle(resolving.body);
  if (!resolved)
    return unavailable({ reason: 'malformed', message: 'Wikipedia answered the title lookup with something else than a page list' });
  if (resolved.status === 'missing') return { status: 'not-found' };

  const got = await getJson(summaryUrl(resolved.title, lang));
  if (!got.ok) return unavailable(got);
  const summary = parseSummary(got.body);
  if (!summary) return unavailable({ reason: 'malformed', message: `Wikipedia's summary of "${resolved.title}" has no title` });
  if (summary.type === 'disambiguation') return { status: 'disambiguation', summary };
  return { status: 'ok', summary, credit: summary.imageFile ? await fetchCredit(summary.imageFile, getJson, lang) : null };
}

/** A photo without its credit line is still shown (with a link to its file page by the caller); the summary stands. */
async function fetchCredit(file: string, getJson: GetJson, lang: string): Promise<ImageCredit | null> {
  try {
    const got = await getJson(creditUrl(file, lang));
    return got.ok ? parseCredit(got.body) : null;
  } catch {
    return null;
  }
}
