/**
 * Finding saved articles again: full-text search with MiniSearch (prefix and fuzzy matching,
 * field boosts) over titles, text, people, outlets, notes, tags and claims, then the filters.
 */
import MiniSearch from 'minisearch';
import { effective, type SavedArticle } from './types';
import type { SourceType } from '../nlp/types';

export interface LibraryFilters {
  query: string;
  person: string;
  outlet: string;
  tag: string;
  sourceType: SourceType | '';
  /** ISO dates (YYYY-MM-DD), inclusive; '' for open. */
  from: string;
  to: string;
}

export const NO_FILTERS: LibraryFilters = { query: '', person: '', outlet: '', tag: '', sourceType: '', from: '', to: '' };

function tagsOf(a: SavedArticle): string[] {
  return [...new Set([...a.tags, ...a.annotations.flatMap((x) => x.tags)])];
}

export function peopleOf(a: SavedArticle): string[] {
  const names = a.entities.filter((e) => e.kind === 'person').map((e) => e.name);
  for (const x of a.annotations) {
    const speaker = effective(x)?.speaker;
    if (speaker) names.push(speaker);
  }
  return [...new Set(names)];
}

export function buildIndex(articles: SavedArticle[]): MiniSearch {
  const index = new MiniSearch({
    idField: 'url',
    fields: ['title', 'text', 'people', 'outlet', 'notes', 'tags', 'claims'],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3, people: 3, claims: 1.5 }, combineWith: 'AND' },
  });
  index.addAll(
    articles.map((a) => ({
      url: a.url,
      title: a.title ?? '',
      text: a.text,
      people: peopleOf(a).join(' '),
      outlet: `${a.outlet} ${a.outletName ?? ''}`,
      notes: a.annotations.map((x) => x.note).join(' '),
      tags: tagsOf(a).join(' '),
      claims: a.annotations.map((x) => effective(x)?.content ?? '').join(' '),
    })),
  );
  return index;
}

function dayOf(a: SavedArticle): string {
  return (a.publishedAt ?? a.savedAt).slice(0, 10);
}

/** The articles matching the search and every filter: best matches first, else newest first. */
export function findArticles(articles: SavedArticle[], filters: LibraryFilters, index: MiniSearch = buildIndex(articles)): SavedArticle[] {
  let list: SavedArticle[];
  if (filters.query.trim()) {
    const byUrl = new Map(articles.map((a) => [a.url, a]));
    list = index
      .search(filters.query)
      .map((r) => byUrl.get(r.id as string))
      .filter((a): a is SavedArticle => !!a);
  } else {
    list = [...articles].sort((a, b) => dayOf(b).localeCompare(dayOf(a)));
  }
  return list.filter(
    (a) =>
      (!filters.person || peopleOf(a).includes(filters.person)) &&
      (!filters.outlet || a.outlet === filters.outlet) &&
      (!filters.tag || tagsOf(a).includes(filters.tag)) &&
      (!filters.sourceType || a.annotations.some((x) => effective(x)?.sourceType === filters.sourceType)) &&
      (!filters.from || dayOf(a) >= filters.from) &&
      (!filters.to || dayOf(a) <= filters.to),
  );
}

/** The choices each filter offers, from what is saved. */
export function facets(articles: SavedArticle[]) {
  const sorted = (xs: string[]) => [...new Set(xs)].filter(Boolean).sort((a, b) => a.localeCompare(b));
  return {
    people: sorted(articles.flatMap(peopleOf)),
    outlets: sorted(articles.map((a) => a.outlet)),
    tags: sorted(articles.flatMap(tagsOf)),
    sourceTypes: sorted(articles.flatMap((a) => a.annotations.map((x) => effective(x)?.sourceType ?? ''))),
  };
}

export interface PersonClaim {
  article: SavedArticle;
  annotationId: string;
  content: string;
  cue: string;
  direct: boolean;
  corrected: boolean;
}

/** Every claim attributed to `person` across saved articles (the researcher's corrections first), by outlet and date. */
export function claimsBy(articles: SavedArticle[], person: string): PersonClaim[] {
  const out: PersonClaim[] = [];
  for (const article of articles) {
    for (const x of article.annotations) {
      const data = effective(x);
      if (data?.speaker !== person) continue;
      out.push({
        article,
        annotationId: x.id,
        content: data.content,
        cue: data.cue,
        direct: data.direct,
        corrected: x.verdict === 'corrected',
      });
    }
  }
  return out.sort((a, b) => a.article.outlet.localeCompare(b.article.outlet) || dayOf(b.article).localeCompare(dayOf(a.article)));
}
