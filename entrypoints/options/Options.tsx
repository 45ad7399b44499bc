import { useEffect, useState } from 'preact/hooks';
import { Controls } from '@/components/Controls';
import { loadSettings, saveSettings, setSiteEnabled, watchSettings, type Settings } from '@/lib/settings/settings';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <p>Loading…</p>;
  return (
    <main class="options">
      <h1 class="popup__brand">Sourcelight settings</h1>
      <Controls settings={settings} onEnabled={(enabled) => void saveSettings({ enabled })} onLevel={(level) => void saveSettings({ level })} />
      <h2>Sites where Sourcelight highlights nothing</h2>
      {settings.disabledSites.length ? (
        <ul class="options__sites" data-testid="disabled-sites">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" onClick={() => void setSiteEnabled(host, true)}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>None. Turn a site off from the popup on one of its pages.</p>
      )}
      <p class="options__privacy">Sourcelight reads pages in your browser and sends nothing anywhere.</p>
    </main>
  );
}
