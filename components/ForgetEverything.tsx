/** "Forget everything", asked twice: once to offer it, once to confirm it. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';

export function ForgetEverything({ onForget, status }: { onForget: () => Promise<void>; status: string | null }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p>
        {confirming ? (
          <>
            {i18n.t('forget.confirm')}{' '}
            <button type="button" data-testid="forget-all-confirm" onClick={() => void onForget().then(() => setConfirming(false))}>
              {i18n.t('forget.yes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {i18n.t('forget.cancel')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="forget-all" onClick={() => setConfirming(true)}>
            {i18n.t('forget.all')}
          </button>
        )}
      </p>
      {status ? (
        <p role="status" data-testid="forget-status">
          {status}
        </p>
      ) : null}
    </>
  );
}
