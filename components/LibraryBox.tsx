/** The popup's part of the research library: save this article, where its saved annotations stand, the library's door. */
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
    <section class="library-box" aria-label="Research library" data-testid="library-box">
      <p class="library-box__row">
        {canSave ? (
          <button type="button" data-testid="save-article" onClick={onSave}>
            {saved ? 'Save again' : 'Save to library'}
          </button>
        ) : null}
        <a href={libraryUrl} target="_blank" rel="noreferrer" data-testid="open-library">
          Open the library
        </a>
        <span class="controls__hint">(Alt+Shift+S saves)</span>
      </p>
      {status ? (
        <p class="controls__hint" role="status" data-testid="save-status">
          {status}
        </p>
      ) : null}
      {saved ? (
        <div data-testid="saved-on-page">
          <p class="library-box__line">
            Saved {formatShortDate(saved.savedAt)} · {saved.placed} of your annotations placed on this page
            {saved.orphans.length ? `; ${saved.orphans.length} could not be placed:` : ''}
          </p>
          {saved.orphans.length ? (
            <ul class="library-box__orphans" data-testid="orphans">
              {saved.orphans.map((o, i) => (
                <li key={i}>
                  “{o.quote}”{o.speaker ? ` (${o.speaker})` : ''}
                  {o.note ? <span class="muted"> · note: {o.note}</span> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
