/** The popup's "Save to library": the tab's content script holds the article and sends it. */
import { useState } from 'preact/hooks';
import { saveTab } from '../library/save-tab';

export function useSaveTab(tabId: number | null): { status: string | null; save(): void } {
  const [status, setStatus] = useState<string | null>(null);
  return {
    status,
    save: () => {
      if (tabId === null) return;
      setStatus('Saving…');
      void saveTab(tabId).then((r) =>
        setStatus(r.ok ? `Saved to your library with ${r.value.annotations.length} annotations.` : `Not saved: ${r.error}`),
      );
    },
  };
}
