import { useEffect, useState } from 'preact/hooks';
import { ArticleCard } from '@/components/ArticleCard';
import type { TabState } from '@/lib/messaging/protocol';
import { currentTabId, fetchTabState, watchTabState } from '@/lib/popup/current-tab';
import { describeReason } from '@/lib/popup/describe-reason';

export function App() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stop = () => {};
    void currentTabId().then(async (tabId) => {
      const refresh = async () => {
        const r = await fetchTabState(tabId);
        if (r.ok) setState(r.value);
        else setError(r.error);
      };
      if (tabId !== null) stop = watchTabState(tabId, () => void refresh());
      await refresh();
    });
    return () => stop();
  }, []);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__brand">Sourcelight</h1>
        <p class="popup__tagline">Who said what, and who they are</p>
      </header>
      <ArticleCard state={state} error={error} describe={describeReason} />
      <footer class="popup__footer">Everything here is worked out in your browser. Nothing is sent.</footer>
    </main>
  );
}
