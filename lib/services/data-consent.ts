/**
 * Firefox asks for data collection by category (manifest: data_collection_permissions, optional
 * 'websiteContent' for the name sent to GDELT): the reader's yes in the popup is followed by
 * Firefox's own prompt. Chrome has no such permission; the yes in the popup is the consent there.
 * https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
 */
import { browser } from 'wxt/browser';

function isFirefoxWithDataConsent(): boolean {
  const manifest = browser.runtime.getManifest() as { browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } } };
  return !!manifest.browser_specific_settings?.gecko?.data_collection_permissions;
}

/** True when the browser lets the name go out (always outside Firefox). Must run in a click handler. */
export async function requestOnlineConsent(): Promise<boolean> {
  if (!isFirefoxWithDataConsent()) return true;
  try {
    const request = browser.permissions.request as (p: unknown) => Promise<boolean>;
    return await request({ data_collection: ['websiteContent'] });
  } catch {
    // A Firefox without per-category data consent has nothing to ask.
    return true;
  }
}

/**
 * True when the browser has allowed names to go out (always outside Firefox). The background asks
 * before every lookup: in Firefox a card's one-time "Look up" cannot raise the prompt (content
 * scripts have no permissions.request), so without Firefox's consent nothing is sent.
 */
export async function hasDataConsent(): Promise<boolean> {
  if (!isFirefoxWithDataConsent()) return true;
  try {
    const contains = browser.permissions.contains as (p: unknown) => Promise<boolean>;
    return await contains({ data_collection: ['websiteContent'] });
  } catch {
    return true;
  }
}
