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
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], level: 'full' };
const KEY = 'settings';

/** Settings as stored, with defaults for what is missing or malformed (an older version's, say). */
export function normaliseSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Settings>;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(v.disabledSites) ? v.disabledSites.filter((s): s is string => typeof s === 'string') : [],
    level: v.level === 'names' ? 'names' : 'full',
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

export async function setSiteEnabled(host: string, on: boolean): Promise<Settings> {
  const { disabledSites } = await loadSettings();
  const rest = disabledSites.filter((s) => s !== host);
  return saveSettings({ disabledSites: on ? rest : [...rest, host].sort() });
}

/** Calls `onChange` with the new settings whenever they change. Returns the function that stops listening. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(normaliseSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
