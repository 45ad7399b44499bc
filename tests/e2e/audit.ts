/** The e2e network audit: what the browser asked of somewhere other than this machine (the fixture servers) or the extension. */
import type { BrowserContext, Request } from '@playwright/test';

/** Every request from now on for somewhere other than this machine or the extension. */
export function audit(context: BrowserContext): Request[] {
  const seen: Request[] = [];
  context.on('request', (r) => {
    const u = new URL(r.url());
    if (!['chrome-extension:', 'data:', 'blob:'].includes(u.protocol) && u.hostname !== '127.0.0.1') seen.push(r);
  });
  return seen;
}
