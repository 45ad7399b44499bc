/** What the library's last action did: a line, the lines it left out (an import), and Undo after a delete. */
import { i18n } from '#i18n';
import type { LibraryStatus as Status } from '@/lib/library/use-library';

export interface LibraryStatusProps {
  status: NonNullable<Status>;
  onUndo: (url: string) => void;
}

export function LibraryStatus({ status, onUndo }: LibraryStatusProps) {
  return (
    <div
      class={`lib-status${status.error ? ' lib-status--error' : status.lines?.length ? ' lib-status--warn' : ''}`}
      role="status"
      data-testid="library-status"
    >
      {status.text}{' '}
      {status.lines?.length ? (
        <ul class="lib-status__lines" data-testid="library-status-lines">
          {status.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      {status.undo ? (
        <button type="button" data-testid="undo" onClick={() => onUndo(status.undo!)}>
          {i18n.t('library.undo')}
        </button>
      ) : null}
    </div>
  );
}
