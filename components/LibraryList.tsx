/** The library's list: search, filters and the matching saved articles. */
import { i18n } from '#i18n';
import type { LibraryFilters } from '@/lib/library/search';
import { effective, type SavedArticle } from '@/lib/library/types';

export interface LibraryListProps {
  articles: SavedArticle[];
  total: number;
  filters: LibraryFilters;
  facets: { people: string[]; outlets: string[]; tags: string[]; sourceTypes: string[] };
  onFilters: (f: LibraryFilters) => void;
  onOpen: (url: string) => void;
  onPerson: (name: string) => void;
}

function Choice({
  label,
  value,
  options,
  onChange,
  testid,
}: {
  label: string;
  value: string;
  options: string[];
  onChange: (v: string) => void;
  testid: string;
}) {
  return (
    <label>
      {label}{' '}
      <select data-testid={testid} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{i18n.t('library.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The four choices, by the filter each sets and the facet that offers its values. */
const FILTERS: Array<{
  filter: 'person' | 'outlet' | 'tag' | 'sourceType';
  facet: keyof LibraryListProps['facets'];
  testid: string;
  label: () => string;
}> = [
  { filter: 'person', facet: 'people', testid: 'filter-person', label: () => i18n.t('library.filterPerson') },
  { filter: 'outlet', facet: 'outlets', testid: 'filter-outlet', label: () => i18n.t('library.filterOutlet') },
  { filter: 'tag', facet: 'tags', testid: 'filter-tag', label: () => i18n.t('library.filterTag') },
  { filter: 'sourceType', facet: 'sourceTypes', testid: 'filter-source', label: () => i18n.t('library.filterSourceType') },
];

export function LibraryList({ articles, total, filters, facets, onFilters, onOpen, onPerson }: LibraryListProps) {
  const set = (change: Partial<LibraryFilters>) => onFilters({ ...filters, ...change });
  return (
    <section aria-label={i18n.t('library.saved')}>
      <form class="lib-filters" onSubmit={(e) => e.preventDefault()} role="search">
        <input
          type="search"
          data-testid="library-search"
          placeholder={i18n.t('library.search')}
          value={filters.query}
          onInput={(e) => set({ query: (e.target as HTMLInputElement).value })}
        />
        {FILTERS.map((f) => (
          <Choice
            key={f.filter}
            label={f.label()}
            testid={f.testid}
            value={filters[f.filter]}
            options={facets[f.facet]}
            onChange={(v) => set({ [f.filter]: v } as Partial<LibraryFilters>)}
          />
        ))}
        <label>
          {i18n.t('library.from')}{' '}
          <input type="date" value={filters.from} onInput={(e) => set({ from: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          {i18n.t('library.to')} <input type="date" value={filters.to} onInput={(e) => set({ to: (e.target as HTMLInputElement).value })} />
        </label>
      </form>
      <p class="muted" data-testid="library-count">
        {i18n.t('library.count', total, [articles.length, total])}
      </p>
      <ul class="lib-list">
        {articles.map((a) => {
          const people = [...new Set(a.annotations.map((x) => effective(x)?.speaker).filter((s): s is string => !!s))].slice(0, 6);
          return (
            <li key={a.url} class="lib-item" data-testid="library-item">
              <button type="button" class="lib-item__title" onClick={() => onOpen(a.url)}>
                {a.title ?? a.url}
              </button>
              <span class="muted">
                {' '}
                {a.outletName ?? a.outlet} · {(a.publishedAt ?? a.savedAt).slice(0, 10)} ·{' '}
                {i18n.t('count.annotations', a.annotations.length)}
              </span>
              <br />
              {people.map((p) => (
                <button type="button" key={p} class="lib-person" onClick={() => onPerson(p)}>
                  {p}
                </button>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
