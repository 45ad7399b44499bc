/** The outlet behind a URL: its registrable domain by the Public Suffix List (tldts). */
import { getDomain } from 'tldts';

export function registrableDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // localhost and IP addresses have no registrable domain: the host is the best name there is.
    return getDomain(u.hostname, { allowPrivateDomains: false }) ?? (u.hostname || null);
  } catch {
    return null;
  }
}
