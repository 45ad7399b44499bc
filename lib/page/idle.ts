/** Waits until the browser is idle (or `timeout` ms at most), so the page's own work goes first. */
export function whenIdle(timeout = 2000, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal?.reason ?? new Error('aborted'));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    const done = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout });
    else setTimeout(done, 1);
  });
}
