/**
 * Every reading of a page ends in a state. A reading that throws (a parser that gives up, a
 * page the DOM code did not expect) or that never ends (a background that does not answer, a
 * page that never goes idle) is reported as an error naming the stage it was in, so that the
 * popup says what happened instead of waiting for ever and `npm run corpus` can say where.
 */

// Reading, analysing and painting a long article takes a few seconds on a slow machine; past this
// something is stuck. (The background's answer has its own, shorter bound in read-remote.ts.)
export const READING_BOUND_MS = 30_000;

export interface Stage {
  /** The stage the reading is in, e.g. 'detect', 'background', 'paint'. */
  name: string;
}

/**
 * Runs `reading`; when it throws, or has not finished within `boundMs`, calls `fail` with the
 * error and the stage it was in. Never rejects. `fail` is called at most once; a reading that
 * finishes after its bound still reports its own state, which then replaces the error.
 */
export async function guardReading(
  reading: (stage: Stage) => Promise<void>,
  fail: (error: string) => Promise<void> | void,
  boundMs = READING_BOUND_MS,
): Promise<void> {
  const stage: Stage = { name: 'start' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), boundMs)));
  let error: string | null = null;
  try {
    const outcome = await Promise.race([reading(stage).then(() => 'done' as const), timedOut]);
    if (outcome === 'timeout') error = `${stage.name}: no result within ${Math.round(boundMs / 1000)} s`;
  } catch (e) {
    error = `${stage.name}: ${e instanceof Error ? e.message : String(e)}`;
  } finally {
    clearTimeout(timer);
  }
  if (error !== null)
    await Promise.resolve()
      .then(() => fail(error))
      .catch(() => {});
}
