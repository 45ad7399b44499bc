/** One service the reader allows or refuses (Wikidata and Wikipedia, or GDELT), with what is sent to it. */
import type { ComponentChildren } from 'preact';
import type { OnlineConsent } from '@/lib/settings/settings';

export interface OnlineChoiceProps {
  testid: string;
  label: string;
  value: OnlineConsent;
  /** The words of each choice, in the order ask, allowed, refused. */
  choices: Record<OnlineConsent, string>;
  onChoose: (choice: OnlineConsent) => void;
  /** What is sent, and how long answers are kept. */
  children: ComponentChildren;
}

export function OnlineChoice({ testid, label, value, choices, onChoose, children }: OnlineChoiceProps) {
  return (
    <>
      <label class="controls__row">
        {label}{' '}
        <select data-testid={testid} value={value} onChange={(e) => onChoose((e.target as HTMLSelectElement).value as OnlineConsent)}>
          <option value="ask">{choices.ask}</option>
          <option value="allowed">{choices.allowed}</option>
          <option value="refused">{choices.refused}</option>
        </select>
      </label>
      <p class="options__hint">{children}</p>
    </>
  );
}
