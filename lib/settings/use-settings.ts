/** The reader's settings for a page of the extension (popup, options): null until loaded, then as they change, here or elsewhere. */
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, watchSettings, type Settings } from './settings';

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
