/** Where there is no article: the people and institutions of the articles read most recently. */
import type { EntityRow } from '@/lib/db/records';
import type { Result } from '@/lib/messaging/protocol';
import { formatShortDate } from '@/lib/format/dates';
import { plural } from './EntityList';

export interface RecentEntitiesProps {
  recent: Result<EntityRow[]> | undefined;
  onOpen: (row: EntityRow) => void;
}

export function RecentEntities({ recent, onOpen }: RecentEntitiesProps) {
  if (!recent) return null;
  if (!recent.ok) return <p class="notice notice--error">The articles you read cannot be searched: {recent.error}</p>;
  if (!recent.value.length) return null;
  return (
    <section class="entities" aria-label="Recently in your reading" data-testid="recent">
      <h2 class="section__title">Recently in your reading</h2>
      <ul class="entities__list">
        {recent.value.map((e) => (
          <li key={e.id}>
            <button type="button" class="entity" data-testid="recent-entity" onClick={() => onOpen(e)}>
              <span class="entity__name">
                {e.name}
                {e.official ? <span class="entity__official"> official</span> : null}
              </span>
              <span class="entity__counts">
                {plural(e.articles, 'article')} · last {formatShortDate(new Date(e.lastSeen).toISOString())}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
