/** The popup's part in what Sourcelight remembers: the recent entities, and forgetting. */
import { useEffect, useState } from 'preact/hooks';
import type { EntityRow } from '../db/records';
import { forget } from '../memory/forget';
import type { ForgetScope, Result, TabState } from '../messaging/protocol';
import { loadRecentEntities } from './memory';

/** Where the tab has no article, the reader's recent entities (one indexed read, newest first). */
export function useRecentEntities(state: TabState | null | undefined): Result<EntityRow[]> | undefined {
  const [recent, setRecent] = useState<Result<EntityRow[]> | undefined>(undefined);
  const article = state?.article ?? null;
  useEffect(() => {
    if (state !== undefined && !article) void loadRecentEntities().then(setRecent);
  }, [state, article]);
  return recent;
}

/** Forgetting at once, and what it did in words ("Forgotten: this article (1 article)."). */
export function useForget(): { status: string | null; forget(scope: ForgetScope, what: string): void } {
  const [status, setStatus] = useState<string | null>(null);
  return {
    status,
    forget: (scope, what) =>
      void forget(scope).then((r) => setStatus(r.ok ? `Forgotten: ${what} (${r.value} article${r.value === 1 ? '' : 's'}).` : `Could not forget: ${r.error}`)),
  };
}
