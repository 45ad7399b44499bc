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

/**
 * Gives the page a turn between two stretches of our work: its pending input, timers and rendering
 * run first, and we go on right after, without waiting for an idle period (which, after each
 * stretch that changed the page, came only once the next frame was drawn: a few ms each, many
 * times over a reading). scheduler.yield where the browser has it, else a macrotask.
 */
export function yieldToPage(signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason ?? new Error('aborted'));
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Waits until the page can be read without getting in its way. A page that has loaded gets a turn
 * of its own; one still loading, its load event (then a turn) or an idle period, whichever comes
 * first, at most `timeout` ms: an idle period comes only after a frame, and the time to
 * highlights counts from the load event.
 */
export function whenSettled(doc: Document, timeout = 2000, signal?: AbortSignal): Promise<void> {
  if (doc.readyState === 'complete') return yieldToPage(signal);
  const loaded = new Promise<void>((resolve) => doc.defaultView?.addEventListener('load', () => resolve(), { once: true }));
  return Promise.race([whenIdle(timeout, signal), loaded.then(() => yieldToPage(signal))]);
}
