/** The article's people, institutions and outlets: officials first, each with its role here, mentions and claims. */
import { i18n } from '#i18n';
import type { DigestEntity } from '@/lib/memory/digest';

export interface EntityListProps {
  entities: DigestEntity[];
  onOpen: (index: number) => void;
}

const KIND: Record<string, () => string> = {
  person: () => i18n.t('entities.person'),
  organization: () => i18n.t('entities.organization'),
  media: () => i18n.t('entities.media'),
};

export function EntityList({ entities, onOpen }: EntityListProps) {
  if (!entities.length) return <p class="entities__none">{i18n.t('entities.none')}</p>;
  return (
    <section class="entities" aria-label={i18n.t('entities.label')}>
      <h2 class="section__title">{i18n.t('entities.title')}</h2>
      <ul class="entities__list" data-testid="entity-list">
        {entities.map((e, i) => (
          <li key={`${e.kind}:${e.name}`}>
            <button type="button" class="entity" data-testid="entity" onClick={() => onOpen(i)}>
              <span class="entity__name">
                {e.name}
                {e.official ? (
                  <span class="entity__official" title={i18n.t('entities.officialTitle')}>
                    {' '}
                    {i18n.t('card.official')}
                  </span>
                ) : null}
              </span>
              <span class="entity__role">{e.role ?? KIND[e.kind]?.() ?? e.kind}</span>
              <span class="entity__counts">
                {i18n.t('count.mentions', e.mentions)}
                {e.claims.length ? ` · ${i18n.t('count.claims', e.claims.length)}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
