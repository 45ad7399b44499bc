/** The popup's part in what Sourcelight remembers: the recent entities. */
import { useEffect, useState } from 'preact/hooks';
import type { EntityRow } from '../db/records';
import type { Result, TabState } from '../messaging/protocol';
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
