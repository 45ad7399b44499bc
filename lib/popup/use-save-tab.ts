/** The popup's "Save to library": the tab's content script holds the article and sends it. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { saveTab } from '../library/save-tab';

export function useSaveTab(tabId: number | null): { status: string | null; save(): void } {
  const [status, setStatus] = useState<string | null>(null);
  return {
    status,
    save: () => {
      if (tabId === null) return;
      setStatus(i18n.t('save.saving'));
      void saveTab(tabId).then((r) =>
        setStatus(r.ok ? i18n.t('save.savedWith', r.value.annotations.length) : i18n.t('save.notSaved', [r.error])),
      );
    },
  };
}
