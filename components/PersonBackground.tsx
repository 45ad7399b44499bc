/**
 * Who a person is, from Wikidata and Wikipedia, in a hover card or the popup: asks first, then shows
 * the description, photo with its credit, positions held, party, country and the role check.
 * Everything from the APIs is rendered as text; links go only to Wikipedia and Wikidata.
 */
import { i18n } from '#i18n';
import type { KnowledgeReply } from '@/lib/messaging/protocol';
import { formatAge } from '@/lib/format/dates';
import type { RoleCheck } from '@/lib/services/role-check';
import type { Position } from '@/lib/services/wikidata-types';
import { ConsentPrompt } from './ConsentPrompt';

export type BackgroundState =
  { state: 'ask'; refused: boolean } | { state: 'loading' } | { state: 'done'; reply: KnowledgeReply } | { state: 'error'; error: string };

export interface PersonBackgroundProps {
  name: string;
  background: BackgroundState;
  /** Look this one person up (a click is consent for this lookup only). */
  onLookUp: () => void;
  /** Look people up from now on, without asking (and ask the browser for its permission). */
  onAllow: () => void;
  now?: number;
}

// Functions: a message is read when shown (and each key stays a literal that tests/unit/i18n can check).
const UNAVAILABLE: Record<string, () => string> = {
  'rate-limited': () => i18n.t('unavailable.rateLimited'),
  offline: () => i18n.t('unavailable.offline'),
  timeout: () => i18n.t('unavailable.timeout'),
  malformed: () => i18n.t('unavailable.malformed'),
  'http-error': () => i18n.t('unavailable.httpError'),
  'not-found': () => i18n.t('unavailable.notFound'),
};

function dates(p: Position): string {
  // The statement gave no end: the person's death is what ended it.
  if (p.endAtDeath && p.end)
    return p.start ? i18n.t('position.toDeath', [p.start.iso, p.end.iso]) : i18n.t('position.untilDeath', [p.end.iso]);
  if (p.start && p.end) return `${p.start.iso}–${p.end.iso}`;
  if (p.start) return i18n.t('position.since', [p.start.iso]);
  if (p.end) return i18n.t('position.until', [p.end.iso]);
  return i18n.t('position.noDates');
}

/** A seat's parliamentary term is named beside the dates (which may be the term's own). */
export function span(p: Position): string {
  return p.term ? `${p.term.label}, ${dates(p)}` : dates(p);
}

export function RoleCheckLine({ check }: { check: RoleCheck | undefined }) {
  if (!check || check.status === 'no-role-stated') return null;
  if (check.status === 'consistent') {
    return (
      <p class="rolecheck rolecheck--consistent" data-testid="role-check">
        {i18n.t('roleCheck.consistent', [check.position.label, span(check.position)])}
      </p>
    );
  }
  if (check.status === 'not-in-wikidata') {
    return (
      <p class="rolecheck rolecheck--unknown" data-testid="role-check">
        {i18n.t('roleCheck.notInWikidata', [check.stated])}
      </p>
    );
  }
  if (check.status === 'unknown') {
    const why =
      check.reason === 'dates-unknown'
        ? i18n.t('roleCheck.withoutDates', [check.position?.label ?? i18n.t('roleCheck.thePosition')])
        : i18n.t('roleCheck.noEnglishName');
    return (
      <p class="rolecheck rolecheck--unknown" data-testid="role-check">
        {i18n.t('roleCheck.cannotCheck', [check.stated, why])}
      </p>
    );
  }
  return (
    <p class="rolecheck rolecheck--differs" data-testid="role-check">
      {i18n.t('roleCheck.differs', [
        check.stated,
        check.held.length ? check.held.map((p) => `${p.label} (${span(p)})`).join('; ') : i18n.t('roleCheck.noPositionHeld'),
      ])}
    </p>
  );
}

function Found({ reply, now }: { reply: Extract<KnowledgeReply, { status: 'found' }>; now: number }) {
  const { person, credit } = reply;
  // Answers cached before issue 15 may still hold a disambiguation page: it is about the name, not the person.
  const summary = reply.summary?.type === 'disambiguation' ? null : reply.summary;
  const description = summary?.description ?? person.description;
  const held = person.positions.slice(0, 4);
  return (
    <div class="bg" data-testid="background">
      {summary?.thumbnail ? (
        <figure class="bg__photo">
          <img src={summary.thumbnail.source} alt={person.label} width={64} referrerpolicy="no-referrer" loading="lazy" />
          {credit && (credit.artist || credit.license) ? (
            <figcaption class="bg__credit">
              {credit.descriptionUrl ? (
                <a href={credit.descriptionUrl} target="_blank" rel="noreferrer">
                  {[credit.artist, credit.license].filter(Boolean).join(', ')}
                </a>
              ) : (
                [credit.artist, credit.license].filter(Boolean).join(', ')
              )}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {description ? (
        <p class="bg__description" data-testid="background-description">
          {description}
        </p>
      ) : null}
      {summary?.extract ? (
        <p class="bg__extract">{summary.extract.length > 320 ? `${summary.extract.slice(0, 319)}…` : summary.extract}</p>
      ) : null}
      <dl class="bg__facts">
        {person.birthYear ? (
          <>
            <dt>{i18n.t('background.born')}</dt>
            <dd>{person.birthYear}</dd>
          </>
        ) : null}
        {held.length ? (
          <>
            <dt>{i18n.t('background.positions')}</dt>
            <dd data-testid="background-positions">{held.map((p) => `${p.label} (${span(p)})`).join('; ')}</dd>
          </>
        ) : null}
        {person.parties.length ? (
          <>
            <dt>{i18n.t('background.party')}</dt>
            <dd>{person.parties.join(', ')}</dd>
          </>
        ) : null}
        {person.countries.length ? (
          <>
            <dt>{i18n.t('background.country')}</dt>
            <dd>{person.countries.join(', ')}</dd>
          </>
        ) : null}
        {person.employers.length ? (
          <>
            <dt>{i18n.t('background.employer')}</dt>
            <dd>{person.employers.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <p class="bg__source">
        {summary?.pageUrl ? (
          <a href={summary.pageUrl} target="_blank" rel="noreferrer">
            {i18n.t('background.wikipedia')}
          </a>
        ) : null}
        {summary?.pageUrl ? ' · ' : ''}
        <a href={`https://www.wikidata.org/wiki/${person.id}`} target="_blank" rel="noreferrer">
          {i18n.t('background.wikidataItem', [person.id])}
        </a>
        {i18n.t('background.lookedUp', [formatAge(reply.fetchedAt, now)])}
        {reply.stale ? i18n.t('background.refreshing') : ''}
        {reply.problem ? i18n.t('background.notRefreshed', [UNAVAILABLE[reply.problem.reason]?.() ?? reply.problem.message]) : ''}
      </p>
    </div>
  );
}

export function PersonBackground({ name, background, onLookUp, onAllow, now = Date.now() }: PersonBackgroundProps) {
  if (background.state === 'ask') {
    return (
      <ConsentPrompt
        class="bg bg--ask"
        buttonsClass="bg__buttons"
        testId="background-ask"
        choices={[
          { label: i18n.t('background.lookUp'), testId: 'look-up', onChoose: onLookUp },
          background.refused ? null : { label: i18n.t('background.alwaysLookUp'), testId: 'look-up-always', onChoose: onAllow },
        ]}
      >
        <p>{i18n.t('background.ask', [name])}</p>
      </ConsentPrompt>
    );
  }
  if (background.state === 'loading') return <p class="bg bg--muted">{i18n.t('background.lookingUp', [name])}</p>;
  if (background.state === 'error') return <p class="bg bg--muted">{i18n.t('background.failed', [name, background.error])}</p>;
  const { reply } = background;
  switch (reply.status) {
    case 'found':
      return <Found reply={reply} now={now} />;
    case 'ambiguous':
      return (
        <div class="bg" data-testid="background-ambiguous">
          <p>{i18n.t('background.ambiguous', [name])}</p>
          <ul class="bg__candidates">
            {reply.candidates.map((c) => (
              <li key={c.id}>
                <a href={`https://www.wikidata.org/wiki/${c.id}`} target="_blank" rel="noreferrer">
                  {c.label}
                </a>
                {c.description ? ` — ${c.description}` : ''}
              </li>
            ))}
          </ul>
        </div>
      );
    case 'not-found':
      return <p class="bg bg--muted">{i18n.t('background.notFound', [name])}</p>;
    case 'not-allowed':
      if (reply.needs === 'permission') {
        // In a card the choice opens the options page (a page cannot raise the browser's prompt); in the popup it raises it.
        return (
          <ConsentPrompt
            class="bg bg--ask"
            buttonsClass="bg__buttons"
            testId="background-permission"
            choices={[{ label: i18n.t('background.givePermission'), testId: 'look-up-permission', onChoose: onAllow }]}
          >
            <p>{i18n.t('background.needsPermission')}</p>
          </ConsentPrompt>
        );
      }
      return <p class="bg bg--muted">{i18n.t('background.notAllowed')}</p>;
    case 'unavailable':
      return (
        <p class="bg bg--muted" data-testid="background-unavailable">
          {i18n.t('background.unavailable', [UNAVAILABLE[reply.reason]?.() ?? reply.message])}
        </p>
      );
  }
}
