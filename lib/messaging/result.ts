/** Handlers that can fail answer with a result the UI can show, not a thrown exception. */
import { i18n } from '#i18n';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function failed(e: unknown): { ok: false; error: string } {
  const message = e instanceof Error ? e.message : String(e);
  // A store written by a newer Sourcelight cannot be opened by this one: say so plainly.
  if (e instanceof Error && e.name === 'VersionError') return { ok: false, error: i18n.t('error.newerStore', [message]) };
  return { ok: false, error: message };
}
