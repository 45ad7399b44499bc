/** The reader's settings, in storage.local (they follow the reader, never the page). */
import { browser } from 'wxt/browser';

export type HighlightLevel = 'full' | 'names';

export interface Settings {
  /** Highlights everywhere, or nowhere. */
  enabled: boolean;
  /** Hosts where Sourcelight highlights nothing ("www.example.com"). */
  disabledSites: string[];
  /** "full": people, sources and claims; "names": people and sources only. */
  level: HighlightLevel;
  /** Remember the articles read, on this device, for coverage across outlets. */
  remember: boolean;
  /** The first-use note on remembering was read (the popup shows it until then). */
  rememberExplained: boolean;
  /** Outlets ("bbc.co.uk") whose articles are never remembered. */
  rememberExcluded: string[];
  /** Searching GDELT for a person's name: not until the reader says yes. */
  onlineCoverage: OnlineConsent;
  /** Looking people up on Wikidata and Wikipedia: not until the reader says yes. */
  knowledge: OnlineConsent;
}

/** 'ask': the reader has not decided; nothing is sent until 'allowed'. */
export type OnlineConsent = 'ask' | 'allowed' | 'refused';

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  level: 'full',
  remember: true,
  rememberExplained: false,
  rememberExcluded: [],
  onlineCoverage: 'ask',
  knowledge: 'ask',
};
const KEY = 'settings';

const consent = (x: unknown): OnlineConsent => (x === 'allowed' || x === 'refused' ? x : 'ask');

/** Settings as stored, with defaults for what is missing or malformed (an older version's, say). */
export function normaliseSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Settings>;
  const strings = (xs: unknown) => (Array.isArray(xs) ? xs.filter((s): s is string => typeof s === 'string') : []);
  const flag = (x: unknown, fallback: boolean) => (typeof x === 'boolean' ? x : fallback);
  return {
    enabled: flag(v.enabled, DEFAULT_SETTINGS.enabled),
    disabledSites: strings(v.disabledSites),
    level: v.level === 'names' ? 'names' : 'full',
    remember: flag(v.remember, DEFAULT_SETTINGS.remember),
    rememberExplained: flag(v.rememberExplained, DEFAULT_SETTINGS.rememberExplained),
    rememberExcluded: strings(v.rememberExcluded),
    onlineCoverage: consent(v.onlineCoverage),
    knowledge: consent(v.knowledge),
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return normaliseSettings(got[KEY]);
}

export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = normaliseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

/** `sites` with `site` taken out (`out` false) or put in, sorted. */
export function siteList(sites: readonly string[], site: string, out: boolean): string[] {
  const rest = sites.filter((s) => s !== site);
  return out ? rest : [...rest, site].sort();
}

export async function setSiteEnabled(host: string, on: boolean): Promise<Settings> {
  const { disabledSites } = await loadSettings();
  return saveSettings({ disabledSites: siteList(disabledSites, host, on) });
}

/** Does going from `before` to `after` change what a page shows (on, off, this site, how much)? */
export function changesHighlights(before: Settings | null, after: Settings): boolean {
  if (!before) return true;
  return (
    before.enabled !== after.enabled || before.level !== after.level || before.disabledSites.join('\n') !== after.disabledSites.join('\n')
  );
}

/** Is an article from `outlet` to be remembered? */
export function remembers(settings: Settings, outlet: string | null): boolean {
  return settings.remember && !(outlet && settings.rememberExcluded.includes(outlet));
}

export async function setRememberSite(outlet: string, on: boolean): Promise<Settings> {
  const { rememberExcluded } = await loadSettings();
  return saveSettings({ rememberExcluded: siteList(rememberExcluded, outlet, on) });
}

/** Calls `onChange` with the new settings whenever they change. Returns the function that stops listening. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(normaliseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
