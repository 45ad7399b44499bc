/**
 * Asking before anything leaves the browser: what would be sent and where (the children), then
 * the reader's choices. One prompt for both online services: who a person is (in a card and in the
 * popup) and their coverage online.
 */
import type { ComponentChildren } from 'preact';

export interface ConsentChoice {
  label: string;
  testId: string;
  onChoose: () => void;
}

export interface ConsentPromptProps {
  /** The prompt's class and its buttons' (the cards' shadow root and the popup style them apart). */
  class: string;
  buttonsClass: string;
  testId: string;
  /** In order; a choice not offered now is null. */
  choices: Array<ConsentChoice | null>;
  children: ComponentChildren;
}

export function ConsentPrompt({ class: className, buttonsClass, testId, choices, children }: ConsentPromptProps) {
  return (
    <div class={className} data-testid={testId}>
      {children}
      <p class={buttonsClass}>
        {choices.map((c) =>
          c ? (
            <button type="button" key={c.testId} data-testid={c.testId} onClick={c.onChoose}>
              {c.label}
            </button>
          ) : null,
        )}
      </p>
    </div>
  );
}
