import { useEffect, useState } from 'preact/hooks';
import { ArticleCard } from '@/components/ArticleCard';
import { Controls } from '@/components/Controls';
import { Legend } from '@/components/Legend';
import type { TabState } from '@/lib/messaging/protocol';
import { currentTabId, fetchTabState, watchTabState } from '@/lib/popup/current-tab';
import { describeReason } from '@/lib/popup/describe-reason';
import { loadSettings, saveSettings, setSiteEnabled, watchSettings, type Settings } from '@/lib/settings/settings';

export function App() {
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

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
    void loadSettings().then(setSettings);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stop();
      stopSettings();
    };
  }, []);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__brand">Sourcelight</h1>
        <p class="popup__tagline">Who said what, and who they are</p>
      </header>
      <ArticleCard state={state} error={error} describe={describeReason} />
      {settings ? (
        <Controls
          settings={settings}
          host={state?.host ?? null}
          onEnabled={(enabled) => void saveSettings({ enabled })}
          onSite={(host, on) => void setSiteEnabled(host, on)}
          onLevel={(level) => void saveSettings({ level })}
        />
      ) : null}
      <Legend />
      <footer class="popup__footer">Everything here is worked out in your browser. Nothing is sent.</footer>
    </main>
  );
}
