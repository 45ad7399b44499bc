/**
 * The outlet behind a domain or URL, from the bundled table in outlets-data.ts: name, country and
 * kind, each with the page that supports it. A domain the table does not know gives null, never a
 * guess from the TLD or the country. Pure: no browser APIs, no DOM.
 */
import { registrableDomain } from '../article/outlet';
import { formatLocale } from '../format/dates';
import { OUTLETS, type OutletEntry, type OutletKind } from './outlets-data';

export type { OutletEntry, OutletKind } from './outlets-data';

export interface OutletLabel {
  /** The table's domain that matched ("bbc.co.uk", "abcnews.go.com"), not the host asked about. */
  domain: string;
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** The country's English name ("United Kingdom"), or the code where the runtime has no name for it. */
  countryName: string;
  kind: OutletKind;
  kindLabel: string;
  source: string;
  note?: string;
}

export const KIND_LABELS: Readonly<Record<OutletKind, string>> = {
  'news-agency': 'news agency',
  'public-broadcaster': 'public broadcaster',
  'state-affiliated': 'state-affiliated media',
  private: 'privately owned',
};

let index: Map<string, OutletEntry> | null = null;
let regionNames: Intl.DisplayNames | null = null;

function outletIndex(): Map<string, OutletEntry> {
  if (!index) {
    index = new Map();
    for (const entry of OUTLETS) for (const domain of entry.domains) if (!index.has(domain)) index.set(domain, entry);
  }
  return index;
}

function countryName(code: string): string {
  regionNames ??= new Intl.DisplayNames([formatLocale()], { type: 'region', fallback: 'none' });
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The lower-case host of a URL or bare host ("www.bbc.co.uk/news" too), or null for anything else. */
function hostOf(input: string): string | null {
  let s = input.trim();
  if (!s) return null;
  if (s.startsWith('//')) s = `https:${s}`;
  // A scheme other than http(s) (mailto:, javascript:, data:) names no outlet; "host:8080" is a port.
  else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s)) return null;
    s = `https://${s}`;
  }
  try {
    const u = new URL(s);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    const host = u.hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

/**
 * The hosts to try, most specific first: the full host, then each parent down to the registrable
 * domain and no further, so "uk.news.yahoo.com" finds "news.yahoo.com" while "go.com" (Disney's)
 * never stands for "abcnews.go.com", nor "co.uk" for anything.
 */
function candidates(host: string): string[] {
  const registrable = registrableDomain(`https://${host}/`);
  const out = [host];
  if (!registrable || registrable === host || !host.endsWith(`.${registrable}`)) return out;
  let rest = host;
  while (rest !== registrable) {
    rest = rest.slice(rest.indexOf('.') + 1);
    out.push(rest);
  }
  return out;
}

/** The outlet behind a domain or URL ("edition.cnn.com", "https://www.bbc.co.uk/news/…"), or null when the table does not know it. */
export function lookupOutlet(domainOrUrl: string | null | undefined): OutletLabel | null {
  if (typeof domainOrUrl !== 'string') return null;
  const host = hostOf(domainOrUrl);
  if (!host) return null;
  const outlets = outletIndex();
  for (const domain of candidates(host)) {
    const entry = outlets.get(domain);
    if (!entry) continue;
    const label: OutletLabel = {
      domain,
      name: entry.name,
      country: entry.country,
      countryName: countryName(entry.country),
      kind: entry.kind,
      kindLabel: KIND_LABELS[entry.kind],
      source: entry.source,
    };
    if (entry.note) label.note = entry.note;
    return label;
  }
  return null;
}
