/** Forgetting at once from a page of the extension (popup, options), and what it did in words. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { ForgetScope } from '../messaging/protocol';
import { forget } from './forget';

export interface Forgetting {
  status: string | null;
  /** `said` words what went, from the number of articles forgotten. */
  forget(scope: ForgetScope, said: (count: number) => string): Promise<void>;
}

export function useForget(): Forgetting {
  const [status, setStatus] = useState<string | null>(null);
  return {
    status,
    forget: (scope, said) => forget(scope).then((r) => setStatus(r.ok ? said(r.value) : i18n.t('forget.failed', [r.error]))),
  };
}
