/** The first-use note on remembering: what is kept, where, and the choice. */
export interface MemoryNoticeProps {
  onKeep: () => void;
  onStop: () => void;
}

export function MemoryNotice({ onKeep, onStop }: MemoryNoticeProps) {
  return (
    <aside class="memory-notice" data-testid="memory-notice" aria-label="About remembering">
      <p>
        <strong>Sourcelight remembers the articles you read</strong>: their titles, the people named and what they said. It keeps them on
        this device only, to show you how other outlets covered the same people. You can forget an article, a site or everything at any
        time.
      </p>
      <p class="consent__buttons">
        <button type="button" data-testid="memory-keep" onClick={onKeep}>
          Keep remembering
        </button>
        <button type="button" data-testid="memory-stop" onClick={onStop}>
          Don't remember
        </button>
      </p>
    </aside>
  );
}
