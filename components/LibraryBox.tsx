/** The popup's part of the research library: save this article, where its saved annotations stand, the library's door. */
import { i18n } from '#i18n';
import type { SavedOnPage } from '@/lib/messaging/protocol';
import { formatShortDate } from '@/lib/format/dates';

export interface LibraryBoxProps {
  /** Is there an article here to save? */
  canSave: boolean;
  saved: SavedOnPage | undefined;
  status: string | null;
  onSave: () => void;
  libraryUrl: string;
}

export function LibraryBox({ canSave, saved, status, onSave, libraryUrl }: LibraryBoxProps) {
  return (
    <section class="library-box" aria-label={i18n.t('library.title')} data-testid="library-box">
      <p class="library-box__row">
        {canSave ? (
          <button type="button" data-testid="save-article" onClick={onSave}>
            {saved ? i18n.t('library.saveAgain') : i18n.t('library.save')}
          </button>
        ) : null}
        <a href={libraryUrl} target="_blank" rel="noreferrer" data-testid="open-library">
          {i18n.t('library.open')}
        </a>
        <span class="controls__hint">{i18n.t('library.shortcut')}</span>
      </p>
      {status ? (
        <p class="controls__hint" role="status" data-testid="save-status">
          {status}
        </p>
      ) : null}
      {saved ? (
        <div data-testid="saved-on-page">
          <p class="library-box__line">
            {i18n.t('library.savedOn', [formatShortDate(saved.savedAt), saved.placed])}
            {saved.orphans.length ? i18n.t('library.orphans', [saved.orphans.length]) : ''}
          </p>
          {saved.orphans.length ? (
            <ul class="library-box__orphans" data-testid="orphans">
              {saved.orphans.map((o, i) => (
                <li key={i}>
                  “{o.quote}”{o.speaker ? ` (${o.speaker})` : ''}
                  {o.note ? <span class="muted"> · {i18n.t('library.note', [o.note])}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
