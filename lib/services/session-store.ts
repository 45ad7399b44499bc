/**
 * Times the background's online clients keep in storage.session: they outlive the MV3 service
 * worker (which can be killed between two lookups), not the browser session. The last GDELT
 * request start and the host holds (a Retry-After a service sent) live here.
 */
import { browser } from 'wxt/browser';
import type { HostHolds } from './host-holds';
import type { LastRequestStore } from './rate-limit';

/** A time kept in storage.session under `key`. */
export function sessionTime(key: string): LastRequestStore {
  return {
    get: async () => {
      const got = await browser.storage.session.get(key);
      return typeof got[key] === 'number' ? (got[key] as number) : null;
    },
    set: async (at) => browser.storage.session.set({ [key]: at }),
  };
}

/** Host holds kept in storage.session, one key per host. */
export const sessionHolds = (prefix: string): HostHolds => ({
  get: (host) => sessionTime(`${prefix}${host}`).get(),
  set: (host, until) => sessionTime(`${prefix}${host}`).set(until),
});
