/** The options page's "Remembering": whether articles are remembered, what is kept, and the outlets never remembered. */
import { i18n } from '#i18n';
import { SiteList } from './SiteList';

export interface RememberingOptionsProps {
  remember: boolean;
  excluded: string[];
  onRemember: (remember: boolean) => void;
  onRememberAgain: (outlet: string) => void;
}

export function RememberingOptions({ remember, excluded, onRemember, onRememberAgain }: RememberingOptionsProps) {
  return (
    <>
      <h2>{i18n.t('remembering.title')}</h2>
      <label class="controls__row">
        <input
          type="checkbox"
          data-testid="remember"
          checked={remember}
          onChange={(e) => onRemember((e.target as HTMLInputElement).checked)}
        />
        {i18n.t('remembering.remember')}
      </label>
      <p class="options__hint">{i18n.t('remembering.hint')}</p>
      <h3>{i18n.t('remembering.excluded')}</h3>
      <SiteList
        sites={excluded}
        empty={i18n.t('remembering.none')}
        action={i18n.t('remembering.again')}
        onAction={onRememberAgain}
        testid="excluded-outlets"
      />
    </>
  );
}
