/**
 * Who a person is, from Wikidata and Wikipedia, in a hover card or the popup: asks first, then shows
 * the description, photo with its credit, positions held, party, country and the role check.
 * Everything from the APIs is rendered as text; links go only to Wikipedia and Wikidata.
 */
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

const UNAVAILABLE: Record<string, string> = {
  'rate-limited': 'Wikipedia or Wikidata asked Sourcelight to slow down',
  offline: 'Wikipedia and Wikidata could not be reached (are you offline?)',
  timeout: 'Wikipedia or Wikidata did not answer in time',
  malformed: 'the answer could not be read',
  'http-error': 'the service answered with an error',
  'not-found': 'the page was not found',
};

function dates(p: Position): string {
  // The statement gave no end: the person's death is what ended it.
  if (p.endAtDeath && p.end) return p.start ? `${p.start.iso}–death, ${p.end.iso}` : `until death, ${p.end.iso}`;
  if (p.start && p.end) return `${p.start.iso}–${p.end.iso}`;
  if (p.start) return `since ${p.start.iso}`;
  if (p.end) return `until ${p.end.iso}`;
  return 'dates not given';
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
        ✓ Consistent with Wikidata: {check.position.label} ({span(check.position)})
      </p>
    );
  }
  if (check.status === 'not-in-wikidata') {
    return (
      <p class="rolecheck rolecheck--unknown" data-testid="role-check">
        Not in Wikidata: it lists no position for this person to check “{check.stated}” against.
      </p>
    );
  }
  if (check.status === 'unknown') {
    const why =
      check.reason === 'dates-unknown'
        ? `it lists ${check.position?.label ?? 'the position'} without dates`
        : 'a position it lists has no English name';
    return (
      <p class="rolecheck rolecheck--unknown" data-testid="role-check">
        Cannot check “{check.stated}” against Wikidata: {why}.
      </p>
    );
  }
  return (
    <p class="rolecheck rolecheck--differs" data-testid="role-check">
      Differs: the article says “{check.stated}”; on its date Wikidata lists{' '}
      {check.held.length ? check.held.map((p) => `${p.label} (${span(p)})`).join('; ') : 'no position held'}.
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
            <dt>Born</dt>
            <dd>{person.birthYear}</dd>
          </>
        ) : null}
        {held.length ? (
          <>
            <dt>Positions</dt>
            <dd data-testid="background-positions">{held.map((p) => `${p.label} (${span(p)})`).join('; ')}</dd>
          </>
        ) : null}
        {person.parties.length ? (
          <>
            <dt>Party</dt>
            <dd>{person.parties.join(', ')}</dd>
          </>
        ) : null}
        {person.countries.length ? (
          <>
            <dt>Country</dt>
            <dd>{person.countries.join(', ')}</dd>
          </>
        ) : null}
        {person.employers.length ? (
          <>
            <dt>Employer</dt>
            <dd>{person.employers.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <p class="bg__source">
        {summary?.pageUrl ? (
          <a href={summary.pageUrl} target="_blank" rel="noreferrer">
            Wikipedia
          </a>
        ) : null}
        {summary?.pageUrl ? ' · ' : ''}
        <a href={`https://www.wikidata.org/wiki/${person.id}`} target="_blank" rel="noreferrer">
          Wikidata {person.id}
        </a>
        {' · '}looked up {formatAge(reply.fetchedAt, now)}
        {reply.stale ? ', being refreshed' : ''}
        {reply.problem ? `; could not refresh: ${UNAVAILABLE[reply.problem.reason] ?? reply.problem.message}` : ''}
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
          { label: 'Look up', testId: 'look-up', onChoose: onLookUp },
          background.refused ? null : { label: 'Always look up', testId: 'look-up-always', onChoose: onAllow },
        ]}
      >
        <p>
          Who is {name}? Sourcelight can look the name up on Wikidata and Wikipedia. Only the name is sent, never this page or its address.
        </p>
      </ConsentPrompt>
    );
  }
  if (background.state === 'loading') return <p class="bg bg--muted">Looking up {name}…</p>;
  if (background.state === 'error')
    return (
      <p class="bg bg--muted">
        Could not look up {name}: {background.error}
      </p>
    );
  const { reply } = background;
  switch (reply.status) {
    case 'found':
      return <Found reply={reply} now={now} />;
    case 'ambiguous':
      return (
        <div class="bg" data-testid="background-ambiguous">
          <p>Several people on Wikidata could be {name}; Sourcelight does not guess:</p>
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
      return <p class="bg bg--muted">No person named {name} on Wikidata.</p>;
    case 'not-allowed':
      if (reply.needs === 'permission') {
        // In a card the choice opens the options page (a page cannot raise the browser's prompt); in the popup it raises it.
        return (
          <ConsentPrompt
            class="bg bg--ask"
            buttonsClass="bg__buttons"
            testId="background-permission"
            choices={[{ label: 'Give permission', testId: 'look-up-permission', onChoose: onAllow }]}
          >
            <p>
              Looking people up needs the browser's permission to reach Wikidata and Wikipedia. Nothing was sent. The browser asks you when
              you allow looking people up in Sourcelight's popup or settings.
            </p>
          </ConsentPrompt>
        );
      }
      return <p class="bg bg--muted">Looking people up is off. Nothing was sent.</p>;
    case 'unavailable':
      return (
        <p class="bg bg--muted" data-testid="background-unavailable">
          Background is not available now: {UNAVAILABLE[reply.reason] ?? reply.message}.
        </p>
      );
  }
}
