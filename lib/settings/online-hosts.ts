/**
 * Where each online service sends a name: the hosts the browser grants only when the reader says
 * yes to that service (the manifest lists them as optional, wxt.config.ts). Plain data: the build's
 * config reads it too.
 */

/** The settings asked consent for: looking people up, and coverage from GDELT. */
export type OnlineSetting = 'knowledge' | 'onlineCoverage';

export const ONLINE_ORIGINS: Readonly<Record<OnlineSetting, readonly string[]>> = {
  // No Commons: a photo's credit is asked of Wikipedia (imageinfo), and its file is an <img> from
  // upload.wikimedia.org, which needs no host permission. A store asks why each host is wanted.
  knowledge: ['https://www.wikidata.org/*', 'https://en.wikipedia.org/*'],
  onlineCoverage: ['https://api.gdeltproject.org/*'],
};

/** Every setting that sends a name online, in ONLINE_ORIGINS's order. */
export const ONLINE_SETTINGS = Object.keys(ONLINE_ORIGINS) as readonly OnlineSetting[];

export const ALL_ONLINE_ORIGINS: readonly string[] = ONLINE_SETTINGS.flatMap((s) => ONLINE_ORIGINS[s]);

/** A service's hosts as a reader reads them ("api.gdeltproject.org"), from their match patterns. */
export function hostsOf(setting: OnlineSetting): string[] {
  return ONLINE_ORIGINS[setting].map((pattern) => new URL(pattern.replace('/*', '/')).host);
}
