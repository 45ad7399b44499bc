/** "Forget everything", asked twice: once to offer it, once to confirm it. */
import { useState } from 'preact/hooks';

export function ForgetEverything({ onForget, status }: { onForget: () => Promise<void>; status: string | null }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <p>
        {confirming ? (
          <>
            Forget every article, person and cached answer, at once and for good?{' '}
            <button type="button" data-testid="forget-all-confirm" onClick={() => void onForget().then(() => setConfirming(false))}>
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
      {status ? (
        <p role="status" data-testid="forget-status">
          {status}
        </p>
      ) : null}
    </>
  );
}
