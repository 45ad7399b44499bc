/**
 * How long our work blocked the page, stretch by stretch, and where the time to highlights went,
 * for the tab's state and `npm run corpus`.
 */
import type { Timing } from '../messaging/protocol';

export interface StretchClock {
  /** Hears one stretch of our work that ran without yielding, ms. */
  time(ms: number): void;
  /** Hears that the reading has come to `name` (e.g. 'idle', 'background', 'paint'). */
  phase(name: string): void;
  /** Hears how long the background took for each step of its answer, ms. */
  background(took: Record<string, number> | undefined): void;
  /** The longest stretch, each stretch in order, when each phase began and the time from `loadedAt` to now. */
  timing(loadedAt: number): Timing;
}

export function stretchClock(): StretchClock {
  let longest = 0;
  const stages: number[] = [];
  const began: Array<[string, number]> = [];
  let background: Record<string, number> | undefined;
  return {
    time: (ms) => {
      longest = Math.max(longest, ms);
      stages.push(Math.round(ms));
    },
    phase: (name) => void began.push([name, performance.now()]),
    background: (took) => void (background = took),
    timing: (loadedAt) => {
      const now = performance.now();
      // A phase reached twice (a page read again) counts from its last start.
      const phases = Object.fromEntries(began.map(([name, at]) => [name, Math.round(at - loadedAt)]));
      return {
        longestTaskMs: Math.round(longest),
        msToDone: Math.round(now - loadedAt),
        stages,
        phases,
        ...(background && { background }),
      };
    },
  };
}

/** When the page finished loading, on the performance clock. */
export function loadedAt(): number {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.loadEventEnd || nav?.domContentLoadedEventEnd || 0;
}
