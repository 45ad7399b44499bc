/** The library's list: search, filters and the matching saved articles. */
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
        <option value="">any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function LibraryList({ articles, total, filters, facets, onFilters, onOpen, onPerson }: LibraryListProps) {
  const set = (change: Partial<LibraryFilters>) => onFilters({ ...filters, ...change });
  return (
    <section aria-label="Saved articles">
      <form class="lib-filters" onSubmit={(e) => e.preventDefault()} role="search">
        <input
          type="search"
          data-testid="library-search"
          placeholder="Search saved articles, people, notes…"
          value={filters.query}
          onInput={(e) => set({ query: (e.target as HTMLInputElement).value })}
        />
        <Choice
          label="Person or source"
          testid="filter-person"
          value={filters.person}
          options={facets.people}
          onChange={(person) => set({ person })}
        />
        <Choice
          label="Outlet"
          testid="filter-outlet"
          value={filters.outlet}
          options={facets.outlets}
          onChange={(outlet) => set({ outlet })}
        />
        <Choice label="Tag" testid="filter-tag" value={filters.tag} options={facets.tags} onChange={(tag) => set({ tag })} />
        <Choice
          label="Source type"
          testid="filter-source"
          value={filters.sourceType}
          options={facets.sourceTypes}
          onChange={(sourceType) => set({ sourceType: sourceType as LibraryFilters['sourceType'] })}
        />
        <label>
          From <input type="date" value={filters.from} onInput={(e) => set({ from: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          to <input type="date" value={filters.to} onInput={(e) => set({ to: (e.target as HTMLInputElement).value })} />
        </label>
      </form>
      <p class="muted" data-testid="library-count">
        {articles.length} of {total} saved article{total === 1 ? '' : 's'}
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
                {a.outletName ?? a.outlet} · {(a.publishedAt ?? a.savedAt).slice(0, 10)} · {a.annotations.length} annotations
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
