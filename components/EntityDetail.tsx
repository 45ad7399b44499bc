/**
 * One entity: what it said here, the roles outlets gave it over time, the other articles you read
 * that name it (by outlet, with what it was quoted as saying there), and coverage online.
 */
import type { ComponentChildren } from 'preact';
import type { MentionRow } from '@/lib/db/records';
import type { DigestClaim, DigestEntity } from '@/lib/memory/digest';
import { formatShortDate } from '@/lib/format/dates';
import { fullestName } from '@/lib/memory/identity';
import type { EntityView } from '@/lib/popup/memory';
import type { Result } from '@/lib/messaging/protocol';
import type { OutletLabel } from '@/lib/services/outlets';
import { plural } from './EntityList';
import { OutletTag } from './OutletTag';
import { PersonBackground, RoleCheckLine, type BackgroundState } from './PersonBackground';

export interface EntityDetailProps {
  entity: DigestEntity;
  claims: DigestClaim[];
  /** This article's outlet, for the side-by-side. */
  outlet: string | null;
  outletName: string | null;
  /** This article's URL (the outlet table knows some outlets by host, not domain). */
  articleUrl: string | null;
  /** undefined while loading. */
  view: Result<EntityView> | undefined;
  labelFor: (domain: string) => OutletLabel | null;
  onBack: () => void;
  /** Opened from this article (false: from the recent list, where there is no "here"). */
  here: boolean;
  /** Who the person is (people only). */
  background?: BackgroundState;
  onLookUp?: () => void;
  onAllow?: () => void;
  /** The online section (components/OnlineCoverage.tsx), composed by the popup. */
  children?: ComponentChildren;
}

function Quotes({ quotes }: { quotes: Array<{ text: string; direct: boolean; cue: string }> }) {
  if (!quotes.length) return <p class="muted quote__none">Named, not quoted.</p>;
  return (
    <ul class="quotes">
      {quotes.map((q, i) => (
        <li key={i} class={`quote ${q.direct ? 'quote--direct' : 'quote--reported'}`}>
          {q.direct ? `“${q.text}”` : q.text}{' '}
          <span class="quote__cue">
            ({q.direct ? 'quoted' : 'reported'}: {q.cue})
          </span>
        </li>
      ))}
    </ul>
  );
}

function OtherArticle({ m }: { m: MentionRow }) {
  return (
    <li class="coverage__article" data-testid="local-article">
      <a href={m.url} target="_blank" rel="noreferrer">
        {m.title ?? m.url}
      </a>{' '}
      <span class="coverage__date">{formatShortDate(m.date)}</span>
      {m.role ? <span class="coverage__role"> · “{m.role}”</span> : null}
      <Quotes quotes={m.quotes} />
    </li>
  );
}

function Local({ view, name, labelFor }: { view: EntityView; name: string; labelFor: EntityDetailProps['labelFor'] }) {
  const others = view.coverage.reduce((n, g) => n + g.articles.length, 0);
  return (
    <section class="coverage" aria-label="In articles you read" data-testid="local-coverage">
      <h3 class="section__title">In other articles you read</h3>
      {others === 0 ? (
        <p class="muted">None yet: Sourcelight remembers the articles you read on this device, and will show them here.</p>
      ) : (
        <>
          <p class="muted">
            {plural(others, 'other article')} from {plural(view.coverage.length, 'outlet')} name {name}.
          </p>
          <ul class="coverage__outlets">
            {view.coverage.map((g) => (
              <li key={g.outlet} class="coverage__outlet" data-testid="local-outlet">
                <OutletTag domain={g.outlet} fallbackName={g.outletName} label={labelFor(g.articles[0]!.url)} />
                <ul class="coverage__articles">
                  {g.articles.map((m) => (
                    <OtherArticle key={m.articleId} m={m} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Roles({ view }: { view: EntityView }) {
  if (!view.roles.length) return null;
  return (
    <section class="roles" aria-label="Roles outlets gave" data-testid="roles">
      <h3 class="section__title">Roles outlets gave</h3>
      <ul class="roles__list">
        {view.roles.map((r) => (
          <li key={`${r.role}|${r.outlet}`}>
            <span class="roles__role">{r.role}</span>{' '}
            <span class="muted">
              — {r.outletName ?? r.outlet},{' '}
              {r.first === r.last ? formatShortDate(r.first) : `${formatShortDate(r.first)} to ${formatShortDate(r.last)}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EntityDetail({
  entity,
  claims,
  outlet,
  outletName,
  articleUrl,
  here,
  view,
  labelFor,
  onBack,
  background,
  onLookUp = () => {},
  onAllow = () => {},
  children,
}: EntityDetailProps) {
  // The fullest name the store knows ("Mikhail Orlovsky" for an article's "Orlovsky").
  const fullName = fullestName(entity.name, view?.ok ? view.value.entity?.name : undefined);
  const said = entity.claims.map((i) => claims[i]).filter((c): c is DigestClaim => !!c);
  return (
    <section class="detail" data-testid="entity-detail" aria-label={entity.name}>
      <button type="button" class="detail__back" data-testid="back" onClick={onBack}>
        {here ? '← All in this article' : '← Back'}
      </button>
      <h2 class="detail__name">{fullName}</h2>
      {fullName !== entity.name ? <p class="detail__role">Named here as “{entity.name}”</p> : null}
      {here ? (
        <p class="detail__role">
          {entity.role ? `${entity.role}, as this article says` : 'No role stated in this article'}
          {entity.official ? ' · official' : ''}
        </p>
      ) : null}
      {here && background?.state === 'done' && background.reply.status === 'found' ? (
        <RoleCheckLine check={background.reply.roleCheck} />
      ) : null}
      {background ? (
        <section class="coverage" aria-label="Who they are" data-testid="popup-background">
          <h3 class="section__title">Who they are</h3>
          <PersonBackground name={fullName} background={background} onLookUp={onLookUp} onAllow={onAllow} />
        </section>
      ) : null}
      {here ? (
        <section class="coverage coverage--here" aria-label="In this article" data-testid="here">
          <h3 class="section__title">Here</h3>
          {outlet ? <OutletTag domain={outlet} fallbackName={outletName} label={labelFor(articleUrl ?? outlet)} /> : null}
          <Quotes quotes={said} />
        </section>
      ) : null}
      {view === undefined ? <p class="muted">Looking through the articles you read…</p> : null}
      {view && !view.ok ? <p class="notice--error">The articles you read cannot be searched: {view.error}</p> : null}
      {view?.ok ? (
        <>
          <Roles view={view.value} />
          <Local view={view.value} name={fullName} labelFor={labelFor} />
        </>
      ) : null}
      {children}
    </section>
  );
}
