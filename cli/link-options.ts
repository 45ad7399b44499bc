/** The options of `analyze --link`, checked before anything is loaded for them (cli/link-client.ts uses them). */
export interface LinkOptions {
  responses?: string[];
  record?: string;
  cache?: string;
}

/** Why these options cannot go together, or null. */
export function linkOptionsProblem({ responses, record, cache }: LinkOptions): string | null {
  if (responses?.length && record) return '--record writes what the network answers; it cannot be used with --responses';
  if (cache && (responses?.length || record)) return '--cache is for live runs: --responses and --record never read a disk cache';
  return null;
}
