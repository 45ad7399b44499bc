/** The first-use note on remembering: what is kept, where, and the choice. */
import { i18n } from '#i18n';
import { withEmphasis } from '@/lib/format/emphasis';
export interface MemoryNoticeProps {
  onKeep: () => void;
  onStop: () => void;
}

export function MemoryNotice({ onKeep, onStop }: MemoryNoticeProps) {
  return (
    <aside class="memory-notice" data-testid="memory-notice" aria-label={i18n.t('memoryNotice.label')}>
      <p>{withEmphasis(i18n.t('memoryNotice.text'))}</p>
      <p class="consent__buttons">
        <button type="button" data-testid="memory-keep" onClick={onKeep}>
          {i18n.t('memoryNotice.keep')}
        </button>
        <button type="button" data-testid="memory-stop" onClick={onStop}>
          {i18n.t('memoryNotice.stop')}
        </button>
      </p>
    </aside>
  );
}
