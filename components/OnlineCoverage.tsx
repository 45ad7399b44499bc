/** Coverage from GDELT's open news index, only once the reader agreed: by outlet, with titles, dates and country. */
import { i18n } from '#i18n';
import { formatAge, formatShortDate } from '@/lib/format/dates';
import { describeUnavailable, groupOnline } from '@/lib/popup/online';
import type { CoverageAnswer, GdeltArticle } from '@/lib/services/gdelt';
import type { OutletLabel } from '@/lib/services/outlets';
import type { OnlineConsent } from '@/lib/settings/settings';
import { ConsentPrompt } from './ConsentPrompt';
import { OutletTag } from './OutletTag';

export type OnlineState =
  { status: 'idle' } | { status: 'loading' } | { status: 'done'; answer: CoverageAnswer } | { status: 'error'; error: string };

export interface OnlineCoverageProps {
  name: string;
  consent: OnlineConsent;
  state: OnlineState;
  labelFor: (domain: string) => OutletLabel | null;
  onAllow: () => void;
  onRefuse: () => void;
  now?: number;
}

const SHOWN_OUTLETS = 20;
const SHOWN_TITLES = 3;

function Results({ articles, labelFor }: { articles: GdeltArticle[]; labelFor: OnlineCoverageProps['labelFor'] }) {
  const outlets = groupOnline(articles);
  return (
    <ul class="coverage__outlets" data-testid="online-outlets">
      {outlets.slice(0, SHOWN_OUTLETS).map((o) => (
        <li key={o.domain} class="coverage__outlet" data-testid="online-outlet">
          <OutletTag domain={o.domain} fallbackCountry={o.sourceCountry} label={labelFor(o.articles[0]!.url)} />
          <ul class="coverage__articles">
            {o.articles.slice(0, SHOWN_TITLES).map((a) => (
              <li key={a.url}>
                <a href={a.url} target="_blank" rel="noreferrer">
                  {a.title}
                </a>{' '}
                <span class="coverage__date">{formatShortDate(a.seenAt)}</span>
              </li>
            ))}
            {o.articles.length > SHOWN_TITLES ? (
              <li class="coverage__more">{i18n.t('coverage.more', [o.articles.length - SHOWN_TITLES])}</li>
            ) : null}
          </ul>
        </li>
      ))}
      {outlets.length > SHOWN_OUTLETS ? (
        <li class="coverage__more">{i18n.t('coverage.moreOutlets', outlets.length - SHOWN_OUTLETS)}</li>
      ) : null}
    </ul>
  );
}

export function OnlineCoverage({ name, consent, state, labelFor, onAllow, onRefuse, now = Date.now() }: OnlineCoverageProps) {
  let body;
  if (consent !== 'allowed') {
    body = (
      <ConsentPrompt
        class="consent"
        buttonsClass="consent__buttons"
        testId="online-consent"
        choices={[
          { label: i18n.t('coverage.allow'), testId: 'online-allow', onChoose: onAllow },
          consent === 'ask' ? { label: i18n.t('coverage.refuse'), testId: 'online-refuse', onChoose: onRefuse } : null,
        ]}
      >
        <p>{i18n.t('coverage.ask', [name])}</p>
        {consent === 'refused' ? <p class="muted">{i18n.t('coverage.refused')}</p> : null}
      </ConsentPrompt>
    );
  } else if (state.status === 'idle' || state.status === 'loading') {
    body = <p class="muted">{i18n.t('coverage.asking', [name])}</p>;
  } else if (state.status === 'error') {
    body = <p class="notice--error">{i18n.t('coverage.failed', [state.error])}</p>;
  } else if (state.answer.status === 'unavailable') {
    const { cached } = state.answer;
    body = (
      <div data-testid="online-unavailable">
        <p class="muted">{describeUnavailable(state.answer)}</p>
        {cached ? (
          <>
            <p class="muted">{i18n.t('coverage.lastAnswer', [formatAge(cached.fetchedAt, now)])}</p>
            <Results articles={cached.articles} labelFor={labelFor} />
          </>
        ) : null}
      </div>
    );
  } else if (!state.answer.articles.length) {
    body = <p class="muted">{i18n.t('coverage.none', [name])}</p>;
  } else {
    body = (
      <>
        <p class="muted">
          {state.answer.fromCache
            ? i18n.t('coverage.articlesFetched', state.answer.articles.length, [
                state.answer.articles.length,
                formatAge(state.answer.fetchedAt, now),
              ])
            : i18n.t('coverage.articles', state.answer.articles.length)}
        </p>
        <Results articles={state.answer.articles} labelFor={labelFor} />
      </>
    );
  }
  return (
    <section class="coverage coverage--online" aria-label={i18n.t('online.coverageTitle')} data-testid="online-coverage">
      <h3 class="section__title">{i18n.t('coverage.title')}</h3>
      {body}
    </section>
  );
}
