import { useEffect, useState } from 'preact/hooks';
import { ArticleCard } from '@/components/ArticleCard';
import type { TabState } from '@/lib/messaging/protocol';
import { currentTabId, fetchTabState } from '@/lib/popup/current-tab';

export function App() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void currentTabId()
      .then(fetchTabState)
      .then((r) => (r.ok ? setState(r.value) : setError(r.error)));
  }, []);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__brand">Sourcelight</h1>
        <p class="popup__tagline">Who said what, and who they are</p>
      </header>
      <ArticleCard state={state} error={error} />
      <footer class="popup__footer">Everything here is worked out in your browser. Nothing is sent.</footer>
    </main>
  );
}
