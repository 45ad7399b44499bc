/** The reader's switches: Sourcelight on or off, on this site, and how much it highlights. */
import { i18n } from '#i18n';
import type { HighlightLevel, Settings } from '@/lib/settings/settings';

export interface ControlsProps {
  settings: Settings;
  /** The current page's host, where there is one: adds the per-site switch. */
  host?: string | null;
  onEnabled: (on: boolean) => void;
  onSite?: (host: string, on: boolean) => void;
  onLevel: (level: HighlightLevel) => void;
}

export function Controls({ settings, host, onEnabled, onSite, onLevel }: ControlsProps) {
  const siteOn = host ? !settings.disabledSites.includes(host) : true;
  return (
    <form class="controls" onSubmit={(e) => e.preventDefault()} aria-label={i18n.t('controls.label')}>
      <label class="controls__row">
        <input
          type="checkbox"
          data-testid="enabled"
          checked={settings.enabled}
          onChange={(e) => onEnabled((e.target as HTMLInputElement).checked)}
        />
        {i18n.t('controls.highlight')} <span class="controls__hint">(Alt+Shift+H)</span>
      </label>
      {host && onSite ? (
        <label class="controls__row">
          <input
            type="checkbox"
            data-testid="site"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={(e) => onSite(host, (e.target as HTMLInputElement).checked)}
          />
          {i18n.t('controls.onSite', [host])}
        </label>
      ) : null}
      <label class="controls__row">
        {i18n.t('controls.show')}
        <select
          data-testid="level"
          value={settings.level}
          onChange={(e) => onLevel((e.target as HTMLSelectElement).value as HighlightLevel)}
        >
          <option value="full">{i18n.t('controls.levelFull')}</option>
          <option value="names">{i18n.t('controls.levelNames')}</option>
        </select>
      </label>
    </form>
  );
}
