/**
 * Host holds: per host, the time before which no request may go, because the service asked us to
 * slow down (a 429's Retry-After, GDELT's penalty). The client reads and writes them through this
 * interface; where they are kept is injected (storage.session in the background, a file beside
 * the CLI's cache, memory in tests), so that a restarted worker or a later run still waits.
 */

/** Per host, the time (epoch ms) before which no request may go; kept where a restarted worker finds it. */
export interface HostHolds {
  get(host: string): Promise<number | null>;
  set(host: string, until: number): Promise<void>;
}

/**
 * The store's holds, and this worker's own: the later of the two counts, so that a store that
 * fails neither blocks requests nor forgets a hold this worker was told.
 */
export function rememberingHolds(store: HostHolds): HostHolds {
  const local = new Map<string, number>();
  return {
    async get(host) {
      const stored = await store.get(host).catch(() => null);
      const until = Math.max(stored ?? 0, local.get(host) ?? 0);
      return until || null;
    },
    async set(host, until) {
      local.set(host, until);
      await store.set(host, until).catch(() => {});
    },
  };
}

/** Holds that forget on restart: for tests (share one between two clients to simulate a restart). */
export function memoryHolds(initial: Record<string, number> = {}): HostHolds {
  const until = new Map(Object.entries(initial));
  return {
    async get(host) {
      return until.get(host) ?? null;
    },
    async set(host, at) {
      until.set(host, at);
    },
  };
}

/** Holds that never hold: for a client that must ask again after every throttle (a test that counts requests). */
export const noHolds: HostHolds = { get: async () => null, set: async () => {} };
