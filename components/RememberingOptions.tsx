/** The options page's "Remembering": whether articles are remembered, what is kept, and the outlets never remembered. */
import { SiteList } from './SiteList';

export interface RememberingOptionsProps {
  remember: boolean;
  excluded: string[];
  onRemember: (remember: boolean) => void;
  onRememberAgain: (outlet: string) => void;
}

export function RememberingOptions({ remember, excluded, onRemember, onRememberAgain }: RememberingOptionsProps) {
  return (
    <>
      <h2>Remembering</h2>
      <label class="controls__row">
        <input
          type="checkbox"
          data-testid="remember"
          checked={remember}
          onChange={(e) => onRemember((e.target as HTMLInputElement).checked)}
        />
        Remember articles I read (stays on this device)
      </label>
      <p class="options__hint">
        Sourcelight keeps each article's title, address, outlet and date, the people and institutions it names with the roles it gives them,
        and what they are quoted as saying: never the rest of the text. It uses them to show how other outlets covered the same people.
      </p>
      <h3>Outlets never remembered</h3>
      <SiteList
        sites={excluded}
        empty="None. Exclude an outlet from the popup on one of its articles."
        action="Remember again"
        onAction={onRememberAgain}
        testid="excluded-outlets"
      />
    </>
  );
}
