import { useEffect, useState } from 'preact/hooks';
import { Controls } from '@/components/Controls';
import { ForgetEverything } from '@/components/ForgetEverything';
import { OnlineOptions } from '@/components/OnlineOptions';
import { RememberingOptions } from '@/components/RememberingOptions';
import { SiteList } from '@/components/SiteList';
import { articleCount, useForget } from '@/lib/memory/use-forget';
import { allowOnline, type OnlineSetting } from '@/lib/settings/allow-online';
import { forgetWithdrawnConsent } from '@/lib/settings/withdrawn-consent';
import { saveSettings, setRememberSite, setSiteEnabled, type OnlineConsent } from '@/lib/settings/settings';
import { useSettings } from '@/lib/settings/use-settings';

export function Options() {
  const [settings, change] = useSettings();
  const forgetting = useForget();
  // Drawn again when the browser's prompt is refused: the select goes back to the setting.
  const [, redraw] = useState(0);
  // A host taken back while the extension was not running: the page shows the setting as the browser backs it.
  useEffect(() => void forgetWithdrawnConsent(), []);
  if (!settings) return <p>Loading…</p>;
  const chooseOnline = async (key: OnlineSetting, choice: OnlineConsent) => {
    if (choice !== 'allowed') return saveSettings({ [key]: choice });
    if (!(await allowOnline(key))) redraw((n) => n + 1);
  };
  return (
    <main class="options">
      <h1 class="popup__brand">Sourcelight settings</h1>
      <Controls settings={settings} onEnabled={(enabled) => change({ enabled })} onLevel={(level) => change({ level })} />
      <h2>Sites where Sourcelight highlights nothing</h2>
      <SiteList
        sites={settings.disabledSites}
        empty="None. Turn a site off from the popup on one of its pages."
        action="Turn back on"
        onAction={(h) => void setSiteEnabled(h, true)}
        testid="disabled-sites"
      />

      <RememberingOptions
        remember={settings.remember}
        excluded={settings.rememberExcluded}
        onRemember={(remember) => change({ remember, rememberExplained: true })}
        onRememberAgain={(o) => void setRememberSite(o, true)}
      />
      <ForgetEverything
        status={forgetting.status}
        onForget={() =>
          forgetting.forget({ all: true }, (n) => `Forgotten: ${articleCount(n)}, every person in them, and every answer kept from GDELT.`)
        }
      />

      <OnlineOptions
        knowledge={settings.knowledge}
        onlineCoverage={settings.onlineCoverage}
        onChoose={(key, choice) => void chooseOnline(key, choice)}
      />
      <p class="options__privacy">Sourcelight reads pages in your browser. Nothing else leaves it.</p>
    </main>
  );
}
