/** The options page's two online services, each allowed, refused or asked first, with what is sent to it. */
import type { OnlineSetting } from '@/lib/settings/allow-online';
import type { OnlineConsent } from '@/lib/settings/settings';
import { OnlineChoice } from './OnlineChoice';

export interface OnlineOptionsProps {
  knowledge: OnlineConsent;
  onlineCoverage: OnlineConsent;
  onChoose: (key: OnlineSetting, choice: OnlineConsent) => void;
}

export function OnlineOptions({ knowledge, onlineCoverage, onChoose }: OnlineOptionsProps) {
  return (
    <>
      <h2>Who people are</h2>
      <OnlineChoice
        testid="knowledge"
        label="Look people up on Wikidata and Wikipedia:"
        value={knowledge}
        choices={{
          ask: 'ask me first (a "Look up" button on each card)',
          allowed: 'yes',
          refused: 'no (a card still offers a one-time "Look up")',
        }}
        onChoose={(choice) => onChoose('knowledge', choice)}
      >
        Only the person's name (then a Wikidata id and a Wikipedia title) is sent, without cookies: never the page, its address or its text.
        Answers are kept for a week.
      </OnlineChoice>

      <h2>Coverage online</h2>
      <OnlineChoice
        testid="online"
        label="Search GDELT's open news index for a person's coverage:"
        value={onlineCoverage}
        choices={{ ask: 'ask me first', allowed: 'yes', refused: 'no, never' }}
        onChoose={(choice) => onChoose('onlineCoverage', choice)}
      >
        Only the person's name is sent, to api.gdeltproject.org, without cookies: never the page, its address or its text. Answers are kept
        for six hours.
      </OnlineChoice>
    </>
  );
}
