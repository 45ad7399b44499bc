/** Handlers that can fail answer with a result the UI can show, not a thrown exception. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function failed(e: unknown): { ok: false; error: string } {
  const message = e instanceof Error ? e.message : String(e);
  // A store written by a newer Sourcelight cannot be opened by this one: say so plainly.
  if (e instanceof Error && e.name === 'VersionError')
    return { ok: false, error: `the local store is from a newer version of Sourcelight (${message})` };
  return { ok: false, error: message };
}
