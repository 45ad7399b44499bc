/**
 * The popup's view of its tab: which tab, what the background found there (kept current while the
 * popup is open: one opened before the page was read shows the result when it comes).
 */
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../messaging/protocol';
import { currentTabId, fetchTabState, watchTabState } from './current-tab';

export interface TabView {
  /** null until known, and where there is no tab (the popup opened on its own). */
  tabId: number | null;
  /** undefined while loading; null where the background knows nothing of the tab. */
  state: TabState | null | undefined;
  error: string | null;
}

export function useTabState(): TabView {
  const [view, setView] = useState<TabView>({ tabId: null, state: undefined, error: null });
  useEffect(() => {
    let stop = () => {};
    void currentTabId().then(async (tabId) => {
      const refresh = async () => {
        const r = await fetchTabState(tabId);
        setView((v) => (r.ok ? { ...v, tabId, state: r.value } : { ...v, tabId, error: r.error }));
      };
      if (tabId !== null) stop = watchTabState(tabId, () => void refresh());
      await refresh();
    });
    return () => stop();
  }, []);
  return view;
}
