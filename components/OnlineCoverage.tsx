/** Coverage from GDELT's open news index, only once the reader agreed: by outlet, with titles, dates and country. */
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
            {o.articles.length > SHOWN_TITLES ? <li class="coverage__more">and {o.articles.length - SHOWN_TITLES} more</li> : null}
          </ul>
        </li>
      ))}
      {outlets.length > SHOWN_OUTLETS ? <li class="coverage__more">and {outlets.length - SHOWN_OUTLETS} more outlets</li> : null}
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
          { label: 'Allow online coverage', testId: 'online-allow', onChoose: onAllow },
          consent === 'ask' ? { label: 'No, keep it on this device', testId: 'online-refuse', onChoose: onRefuse } : null,
        ]}
      >
        <p>
          See how news outlets worldwide covered {name} in the last four weeks, from GDELT's open news index. Only the name “{name}” is
          sent, to api.gdeltproject.org: never this page, its address or its text.
        </p>
        {consent === 'refused' ? <p class="muted">You said no to online coverage. Nothing is sent.</p> : null}
      </ConsentPrompt>
    );
  } else if (state.status === 'idle' || state.status === 'loading') {
    body = <p class="muted">Asking GDELT about “{name}”…</p>;
  } else if (state.status === 'error') {
    body = <p class="notice--error">Online coverage failed: {state.error}</p>;
  } else if (state.answer.status === 'unavailable') {
    const { cached } = state.answer;
    body = (
      <div data-testid="online-unavailable">
        <p class="muted">{describeUnavailable(state.answer)}</p>
        {cached ? (
          <>
            <p class="muted">The last answer, from {formatAge(cached.fetchedAt, now)}:</p>
            <Results articles={cached.articles} labelFor={labelFor} />
          </>
        ) : null}
      </div>
    );
  } else if (!state.answer.articles.length) {
    body = <p class="muted">GDELT lists no articles naming “{name}” in the last four weeks.</p>;
  } else {
    body = (
      <>
        <p class="muted">
          {state.answer.articles.length} articles from GDELT
          {state.answer.fromCache ? `, fetched ${formatAge(state.answer.fetchedAt, now)}` : ''}:
        </p>
        <Results articles={state.answer.articles} labelFor={labelFor} />
      </>
    );
  }
  return (
    <section class="coverage coverage--online" aria-label="Coverage online" data-testid="online-coverage">
      <h3 class="section__title">Online, last four weeks</h3>
      {body}
    </section>
  );
}
