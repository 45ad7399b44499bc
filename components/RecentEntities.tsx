/** Where there is no article: the people and institutions of the articles read most recently. */
import { i18n } from '#i18n';
import type { EntityRow } from '@/lib/db/records';
import type { Result } from '@/lib/messaging/protocol';
import { formatShortDate } from '@/lib/format/dates';

export interface RecentEntitiesProps {
  recent: Result<EntityRow[]> | undefined;
  onOpen: (row: EntityRow) => void;
}

export function RecentEntities({ recent, onOpen }: RecentEntitiesProps) {
  if (!recent) return null;
  if (!recent.ok) return <p class="notice notice--error">{i18n.t('recent.failed', [recent.error])}</p>;
  if (!recent.value.length) return null;
  return (
    <section class="entities" aria-label={i18n.t('recent.title')} data-testid="recent">
      <h2 class="section__title">{i18n.t('recent.title')}</h2>
      <ul class="entities__list">
        {recent.value.map((e) => (
          <li key={e.id}>
            <button type="button" class="entity" data-testid="recent-entity" onClick={() => onOpen(e)}>
              <span class="entity__name">
                {e.name}
                {e.official ? <span class="entity__official"> {i18n.t('card.official')}</span> : null}
              </span>
              <span class="entity__counts">
                {i18n.t('count.articles', e.articles)} · {i18n.t('recent.last', [formatShortDate(new Date(e.lastSeen).toISOString())])}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
