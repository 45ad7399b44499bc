/**
 * Counts the IndexedDB requests code makes (on fake-indexeddb, vitest's setup) and the rounds they
 * come in: a request's round is one more than the latest round any request had answered when it
 * was made, so requests sent together share a round and one that waits for an answer starts the
 * next. Machine speed cannot change either figure, so a test can hold the store to them.
 */
const METHODS: Record<string, string[]> = {
  IDBObjectStore: ['add', 'put', 'get', 'getKey', 'getAll', 'getAllKeys', 'delete', 'clear', 'count', 'openCursor', 'openKeyCursor'],
  IDBIndex: ['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'],
};

export interface RequestLog {
  /** One entry per request: its kind ("IDBObjectStore.put") and round (1 = sent before any answer). */
  requests: Array<{ kind: string; round: number }>;
  rounds: () => number;
}

/** Runs `fn` with every request counted; the prototypes are restored after, whatever happens. */
export async function countRequests<T>(fn: () => Promise<T>): Promise<{ result: T; log: RequestLog }> {
  const requests: RequestLog['requests'] = [];
  let answered = 0;
  // The round a request's next answer belongs to (a cursor's request is answered again after each continue).
  const pending = new WeakMap<IDBRequest, number>();
  const sent = (kind: string, req: IDBRequest) => {
    pending.set(req, answered + 1);
    requests.push({ kind, round: answered + 1 });
  };
  const restore: Array<() => void> = [];
  const track = (kind: string, req: IDBRequest) => {
    sent(kind, req);
    req.addEventListener('success', () => (answered = Math.max(answered, pending.get(req)!)));
    return req;
  };
  for (const [name, methods] of Object.entries(METHODS)) {
    const proto = (globalThis as unknown as Record<string, { prototype: Record<string, (...a: unknown[]) => IDBRequest> }>)[name]!
      .prototype;
    for (const m of methods) {
      const original = proto[m]!;
      proto[m] = function (this: unknown, ...args: unknown[]) {
        return track(`${name}.${m}`, original.apply(this, args));
      };
      restore.push(() => (proto[m] = original));
    }
  }
  // A cursor's continue is a request of its own, answered on the cursor's request.
  const cursor = IDBCursor.prototype as unknown as Record<string, (...a: unknown[]) => void>;
  for (const m of ['continue', 'advance', 'continuePrimaryKey']) {
    const original = cursor[m]!;
    cursor[m] = function (this: IDBCursor, ...args: unknown[]) {
      sent(`IDBCursor.${m}`, this.request);
      return original.apply(this, args);
    };
    restore.push(() => (cursor[m] = original));
  }
  try {
    const result = await fn();
    return { result, log: { requests, rounds: () => Math.max(0, ...requests.map((r) => r.round)) } };
  } finally {
    for (const undo of restore) undo();
  }
}
