import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Controls } from '@/components/Controls';
import { ForgetEverything } from '@/components/ForgetEverything';
import { OnlineOptions } from '@/components/OnlineOptions';
import { RememberingOptions } from '@/components/RememberingOptions';
import { SiteList } from '@/components/SiteList';
import { useForget } from '@/lib/memory/use-forget';
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
  if (!settings) return <p>{i18n.t('options.loading')}</p>;
  const chooseOnline = async (key: OnlineSetting, choice: OnlineConsent) => {
    if (choice !== 'allowed') return saveSettings({ [key]: choice });
    if (!(await allowOnline(key))) redraw((n) => n + 1);
  };
  return (
    <main class="options">
      <h1 class="popup__brand">{i18n.t('controls.label')}</h1>
      <Controls settings={settings} onEnabled={(enabled) => change({ enabled })} onLevel={(level) => change({ level })} />
      <h2>{i18n.t('options.disabledSites')}</h2>
      <SiteList
        sites={settings.disabledSites}
        empty={i18n.t('options.noDisabledSites')}
        action={i18n.t('options.turnBackOn')}
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
        onForget={() => forgetting.forget({ all: true }, (n) => i18n.t('forget.forgottenAll', n))}
      />

      <OnlineOptions
        knowledge={settings.knowledge}
        onlineCoverage={settings.onlineCoverage}
        onChoose={(key, choice) => void chooseOnline(key, choice)}
      />
      <p class="options__privacy">{i18n.t('options.privacy')}</p>
    </main>
  );
}
