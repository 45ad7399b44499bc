import { expect } from 'vitest';
import type { TextMap } from '@/lib/article/text-map';

/** Every run must copy its node's text exactly: the invariant highlighting stands on. */
export function expectRunsFaithful(map: TextMap): void {
  for (const run of map.runs) {
    expect(map.text.slice(run.start, run.end)).toBe(run.node.data.slice(run.nodeStart, run.nodeStart + run.end - run.start));
  }
}
