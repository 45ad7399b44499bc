/** How long our work blocked the page, stretch by stretch, for the tab's state and `npm run corpus`. */
import type { Timing } from '../messaging/protocol';

export interface StretchClock {
  /** Hears one stretch of our work that ran without yielding, ms. */
  time(ms: number): void;
  /** The longest stretch, each stretch in order, and the time from `loadedAt` to now. */
  timing(loadedAt: number): Timing;
}

export function stretchClock(): StretchClock {
  let longest = 0;
  const stages: number[] = [];
  return {
    time: (ms) => {
      longest = Math.max(longest, ms);
      stages.push(Math.round(ms));
    },
    timing: (loadedAt) => ({ longestTaskMs: Math.round(longest), msToDone: Math.round(performance.now() - loadedAt), stages }),
  };
}

/** When the page finished loading, on the performance clock. */
export function loadedAt(): number {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.loadEventEnd || nav?.domContentLoadedEventEnd || 0;
}
