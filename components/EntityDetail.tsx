/**
 * One entity: what it said here, the roles outlets gave it over time, the other articles you read
 * that name it (by outlet, with what it was quoted as saying there), and coverage online.
 */
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import type { MentionRow } from '@/lib/db/records';
import type { DigestClaim, DigestEntity } from '@/lib/memory/digest';
import { formatShortDate } from '@/lib/format/dates';
import { fullestName } from '@/lib/memory/identity';
import type { EntityView } from '@/lib/popup/memory';
import type { Result } from '@/lib/messaging/protocol';
import type { OutletLabel } from '@/lib/services/outlets';
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
  if (!quotes.length) return <p class="muted quote__none">{i18n.t('detail.notQuoted')}</p>;
  return (
    <ul class="quotes">
      {quotes.map((q, i) => (
        <li key={i} class={`quote ${q.direct ? 'quote--direct' : 'quote--reported'}`}>
          {q.direct ? `“${q.text}”` : q.text}{' '}
          <span class="quote__cue">{q.direct ? i18n.t('detail.quotedCue', [q.cue]) : i18n.t('detail.reportedCue', [q.cue])}</span>
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
    <section class="coverage" aria-label={i18n.t('detail.localLabel')} data-testid="local-coverage">
      <h3 class="section__title">{i18n.t('detail.localTitle')}</h3>
      {others === 0 ? (
        <p class="muted">{i18n.t('detail.localNone')}</p>
      ) : (
        <>
          <p class="muted">
            {i18n.t('detail.localCount', [i18n.t('count.otherArticles', others), i18n.t('count.outlets', view.coverage.length), name])}
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
    <section class="roles" aria-label={i18n.t('detail.roles')} data-testid="roles">
      <h3 class="section__title">{i18n.t('detail.roles')}</h3>
      <ul class="roles__list">
        {view.roles.map((r) => (
          <li key={`${r.role}|${r.outlet}`}>
            <span class="roles__role">{r.role}</span>{' '}
            <span class="muted">
              — {r.outletName ?? r.outlet},{' '}
              {r.first === r.last
                ? formatShortDate(r.first)
                : i18n.t('detail.dateRange', [formatShortDate(r.first), formatShortDate(r.last)])}
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
        {here ? i18n.t('detail.backHere') : i18n.t('detail.back')}
      </button>
      <h2 class="detail__name">{fullName}</h2>
      {fullName !== entity.name ? <p class="detail__role">{i18n.t('detail.namedAs', [entity.name])}</p> : null}
      {here ? (
        <p class="detail__role">
          {entity.role ? i18n.t('detail.roleHere', [entity.role]) : i18n.t('card.noRole')}
          {entity.official ? ` · ${i18n.t('card.official')}` : ''}
        </p>
      ) : null}
      {here && background?.state === 'done' && background.reply.status === 'found' ? (
        <RoleCheckLine check={background.reply.roleCheck} />
      ) : null}
      {background ? (
        <section class="coverage" aria-label={i18n.t('card.whoTheyAre')} data-testid="popup-background">
          <h3 class="section__title">{i18n.t('card.whoTheyAre')}</h3>
          <PersonBackground name={fullName} background={background} onLookUp={onLookUp} onAllow={onAllow} />
        </section>
      ) : null}
      {here ? (
        <section class="coverage coverage--here" aria-label={i18n.t('entities.title')} data-testid="here">
          <h3 class="section__title">{i18n.t('detail.here')}</h3>
          {outlet ? <OutletTag domain={outlet} fallbackName={outletName} label={labelFor(articleUrl ?? outlet)} /> : null}
          <Quotes quotes={said} />
        </section>
      ) : null}
      {view === undefined ? <p class="muted">{i18n.t('detail.searching')}</p> : null}
      {view && !view.ok ? <p class="notice--error">{i18n.t('recent.failed', [view.error])}</p> : null}
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
