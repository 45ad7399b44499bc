/** Remembering, for this page: on or off, this outlet excluded or not, and forgetting at once. */
import { i18n } from '#i18n';
import type { Settings } from '@/lib/settings/settings';

export interface MemoryControlsProps {
  settings: Settings;
  /** The article's outlet ("bbc.co.uk"), when known. */
  outlet: string | null;
  /** The article's URL, when there is an article. */
  articleUrl: string | null;
  onRemember: (on: boolean) => void;
  onRememberOutlet: (outlet: string, on: boolean) => void;
  onForgetArticle: (url: string) => void;
  onForgetOutlet: (outlet: string) => void;
  /** What the last forgetting did, in words. */
  status?: string | null;
}

export function MemoryControls({
  settings,
  outlet,
  articleUrl,
  onRemember,
  onRememberOutlet,
  onForgetArticle,
  onForgetOutlet,
  status,
}: MemoryControlsProps) {
  const outletOn = outlet ? !settings.rememberExcluded.includes(outlet) : true;
  return (
    <form class="controls memory" onSubmit={(e) => e.preventDefault()} aria-label={i18n.t('memory.label')}>
      <label class="controls__row">
        <input
          type="checkbox"
          data-testid="remember"
          checked={settings.remember}
          onChange={(e) => onRemember((e.target as HTMLInputElement).checked)}
        />
        {i18n.t('memory.remember')} <span class="controls__hint">{i18n.t('memory.onDevice')}</span>
      </label>
      {outlet ? (
        <label class="controls__row">
          <input
            type="checkbox"
            data-testid="remember-outlet"
            checked={outletOn}
            disabled={!settings.remember}
            onChange={(e) => onRememberOutlet(outlet, (e.target as HTMLInputElement).checked)}
          />
          {i18n.t('memory.rememberOutlet', [outlet])}
        </label>
      ) : null}
      <p class="controls__row memory__forget">
        {articleUrl ? (
          <button type="button" data-testid="forget-article" onClick={() => onForgetArticle(articleUrl)}>
            {i18n.t('memory.forgetArticle')}
          </button>
        ) : null}
        {outlet ? (
          <button type="button" data-testid="forget-outlet" onClick={() => onForgetOutlet(outlet)}>
            {i18n.t('memory.forgetOutlet', [outlet])}
          </button>
        ) : null}
      </p>
      {status ? (
        <p class="controls__hint" role="status" data-testid="memory-status">
          {status}
        </p>
      ) : null}
    </form>
  );
}
