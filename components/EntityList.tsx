/** The article's people, institutions and outlets: officials first, each with its role here, mentions and claims. */
import type { DigestEntity } from '@/lib/memory/digest';

export interface EntityListProps {
  entities: DigestEntity[];
  onOpen: (index: number) => void;
}

const KIND: Record<string, string> = { person: 'person', organization: 'institution', media: 'news media' };

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function EntityList({ entities, onOpen }: EntityListProps) {
  if (!entities.length) return <p class="entities__none">No named people or institutions in this article.</p>;
  return (
    <section class="entities" aria-label="Who is in this article">
      <h2 class="section__title">In this article</h2>
      <ul class="entities__list" data-testid="entity-list">
        {entities.map((e, i) => (
          <li key={`${e.kind}:${e.name}`}>
            <button type="button" class="entity" data-testid="entity" onClick={() => onOpen(i)}>
              <span class="entity__name">
                {e.name}
                {e.official ? (
                  <span class="entity__official" title="Holds office or speaks for an institution">
                    {' '}
                    official
                  </span>
                ) : null}
              </span>
              <span class="entity__role">{e.role ?? KIND[e.kind] ?? e.kind}</span>
              <span class="entity__counts">
                {plural(e.mentions, 'mention')}
                {e.claims.length ? ` · ${plural(e.claims.length, 'claim')}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
