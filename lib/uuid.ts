/**
 * A random UUID (a page reading's id, a saved annotation's). `crypto.randomUUID` exists only in
 * secure contexts, and a content script runs in the page's: on an http:// page (most of the news
 * archive, many local papers still) it is missing, and reading the page threw; the corpus found it
 * on a page that sends the reader on to an http:// site. `crypto.getRandomValues` is on every page.
 */
export function uuidV4(cryptoApi: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string } = globalThis.crypto): string {
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  // RFC 9562 version 4: the version in the high nibble of byte 6, the variant in byte 8.
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
