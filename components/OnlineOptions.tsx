/** The options page's two online services, each allowed, refused or asked first, with what is sent to it. */
import { i18n } from '#i18n';
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
      <h2>{i18n.t('online.knowledgeTitle')}</h2>
      <OnlineChoice
        testid="knowledge"
        label={i18n.t('online.knowledgeLabel')}
        value={knowledge}
        choices={{
          ask: i18n.t('online.knowledgeAsk'),
          allowed: i18n.t('online.yes'),
          refused: i18n.t('online.knowledgeRefused'),
        }}
        onChoose={(choice) => onChoose('knowledge', choice)}
      >
        {i18n.t('online.knowledgeSent')}
      </OnlineChoice>

      <h2>{i18n.t('online.coverageTitle')}</h2>
      <OnlineChoice
        testid="online"
        label={i18n.t('online.coverageLabel')}
        value={onlineCoverage}
        choices={{ ask: i18n.t('online.coverageAsk'), allowed: i18n.t('online.yes'), refused: i18n.t('online.coverageRefused') }}
        onChoose={(choice) => onChoose('onlineCoverage', choice)}
      >
        {i18n.t('online.coverageSent')}
      </OnlineChoice>
    </>
  );
}
