/**
 * The browser's own consent to an online service: the service's hosts (optional in the manifest,
 * granted when the reader says yes) and, in Firefox, data collection by category (manifest:
 * data_collection_permissions, optional 'websiteContent' for the name sent). One
 * permissions.request asks for both, so the reader sees one prompt.
 * https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
 */
import { browser } from 'wxt/browser';
import { ONLINE_ORIGINS, type OnlineSetting } from '../settings/online-hosts';

function isFirefoxWithDataConsent(): boolean {
  const manifest = browser.runtime.getManifest() as { browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } } };
  return !!manifest.browser_specific_settings?.gecko?.data_collection_permissions;
}

// data_collection is not in the polyfill's types.
type Permissions = { origins?: string[]; data_collection?: string[] };
const request = (p: Permissions) => (browser.permissions.request as (p: Permissions) => Promise<boolean>)(p);
const contains = (p: Permissions) => (browser.permissions.contains as (p: Permissions) => Promise<boolean>)(p);

/**
 * True when the browser granted what `setting` needs; false when the reader refused its prompt.
 * Must be called in the click's handler, before anything is awaited: the browsers allow the prompt
 * only while they handle the reader's input.
 */
export async function requestOnlineConsent(setting: OnlineSetting): Promise<'granted' | 'refused' | 'cannot-ask'> {
  const origins = [...ONLINE_ORIGINS[setting]];
  try {
    return (await request(isFirefoxWithDataConsent() ? { origins, data_collection: ['websiteContent'] } : { origins }))
      ? 'granted'
      : 'refused';
  } catch {
    // A refusal is a false, not a throw: a throw is a browser that cannot ask, and then nothing goes out.
    return 'cannot-ask';
  }
}

/**
 * True when the browser lets the names of `setting` go out: its hosts granted and, in Firefox, the
 * data-collection consent. The background asks before every lookup: the reader can take either
 * back in the browser's settings at any time, and a card's one-time "Look up" cannot raise the
 * prompt (content scripts have no permissions.request).
 */
export async function hasOnlineConsent(setting: OnlineSetting): Promise<boolean> {
  try {
    if (!(await contains({ origins: [...ONLINE_ORIGINS[setting]] }))) return false;
    return !isFirefoxWithDataConsent() || (await contains({ data_collection: ['websiteContent'] }));
  } catch {
    return false;
  }
}
