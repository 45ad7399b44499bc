import { useState } from 'preact/hooks';
import { Controls } from '@/components/Controls';
import { SiteList } from '@/components/SiteList';
import { articleCount, useForget } from '@/lib/memory/use-forget';
import { allowOnline, type OnlineSetting } from '@/lib/settings/allow-online';
import { saveSettings, setRememberSite, setSiteEnabled, type OnlineConsent } from '@/lib/settings/settings';
import { useSettings } from '@/lib/settings/use-settings';

export function Options() {
  const settings = useSettings();
  const [confirming, setConfirming] = useState(false);
  const forgetting = useForget();
  // Drawn again when Firefox says no to its consent: the select goes back to the setting.
  const [, redraw] = useState(0);
  if (!settings) return <p>Loading…</p>;
  const chooseOnline = async (key: OnlineSetting, choice: OnlineConsent) => {
    if (choice !== 'allowed') return saveSettings({ [key]: choice });
    if (!(await allowOnline(key))) redraw((n) => n + 1);
  };
  const forgetEverything = () =>
    void forgetting.forget({ all: true }, (n) => `Forgotten: ${articleCount(n)}, every person in them, and every answer kept from GDELT.`).then(() => setConfirming(false));
  return (
    <main class="options">
      <h1 class="popup__brand">Sourcelight settings</h1>
      <Controls settings={settings} onEnabled={(enabled) => void saveSettings({ enabled })} onLevel={(level) => void saveSettings({ level })} />
      <h2>Sites where Sourcelight highlights nothing</h2>
      <SiteList sites={settings.disabledSites} empty="None. Turn a site off from the popup on one of its pages." action="Turn back on" onAction={(h) => void setSiteEnabled(h, true)} testid="disabled-sites" />

      <h2>Remembering</h2>
      <label class="controls__row">
        <input type="checkbox" data-testid="remember" checked={settings.remember} onChange={(e) => void saveSettings({ remember: (e.target as HTMLInputElement).checked, rememberExplained: true })} />
        Remember articles I read (stays on this device)
      </label>
      <p class="options__hint">
        Sourcelight keeps each article's title, address, outlet and date, the people and institutions it names with the roles it gives them, and what they
        are quoted as saying: never the rest of the text. It uses them to show how other outlets covered the same people.
      </p>
      <h3>Outlets never remembered</h3>
      <SiteList sites={settings.rememberExcluded} empty="None. Exclude an outlet from the popup on one of its articles." action="Remember again" onAction={(o) => void setRememberSite(o, true)} testid="excluded-outlets" />
      <p>
        {confirming ? (
          <>
            Forget every article, person and cached answer, at once and for good?{' '}
            <button type="button" data-testid="forget-all-confirm" onClick={forgetEverything}>
              Yes, forget everything
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" data-testid="forget-all" onClick={() => setConfirming(true)}>
            Forget everything
          </button>
        )}
      </p>
      {forgetting.status ? (
        <p role="status" data-testid="forget-status">
          {forgetting.status}
        </p>
      ) : null}

      <h2>Who people are</h2>
      <label class="controls__row">
        Look people up on Wikidata and Wikipedia:{' '}
        <select data-testid="knowledge" value={settings.knowledge} onChange={(e) => void chooseOnline('knowledge', (e.target as HTMLSelectElement).value as OnlineConsent)}>
          <option value="ask">ask me first (a "Look up" button on each card)</option>
          <option value="allowed">yes</option>
          <option value="refused">no (a card still offers a one-time "Look up")</option>
        </select>
      </label>
      <p class="options__hint">Only the person's name (then a Wikidata id and a Wikipedia title) is sent, without cookies: never the page, its address or its text. Answers are kept for a week.</p>

      <h2>Coverage online</h2>
      <label class="controls__row">
        Search GDELT's open news index for a person's coverage:{' '}
        <select data-testid="online" value={settings.onlineCoverage} onChange={(e) => void chooseOnline('onlineCoverage', (e.target as HTMLSelectElement).value as OnlineConsent)}>
          <option value="ask">ask me first</option>
          <option value="allowed">yes</option>
          <option value="refused">no, never</option>
        </select>
      </label>
      <p class="options__hint">Only the person's name is sent, to api.gdeltproject.org, without cookies: never the page, its address or its text. Answers are kept for six hours.</p>
      <p class="options__privacy">Sourcelight reads pages in your browser. Nothing else leaves it.</p>
    </main>
  );
}
