/**
 * The library page's state and actions: the saved articles (read from the store), the search, the
 * screen, and what each action did in words (the status line, with Undo after a delete).
 */
import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { toCsv } from '../export/csv';
import { MAX_IMPORT_CHARS, parseImport } from '../export/import';
import { toWebAnnotations } from '../export/jsonld';
import { toJsonLines } from '../export/jsonl';
import { importStatus } from './import-status';
import { newAnnotation } from './new-annotation';
import { annotate, deleteArticle, download, importArticles, readLibrary, undoDeleteArticle } from './page-actions';
import { buildIndex, facets, findArticles, NO_FILTERS, type LibraryFilters } from './search';
import type { AttributionData, SavedAnnotation, SavedArticle } from './types';

export type LibraryScreen = { kind: 'list' } | { kind: 'article'; url: string } | { kind: 'person'; name: string };
export type LibraryStatus = { text: string; error?: boolean; undo?: string; lines?: string[] } | null;
export type ExportFormat = 'jsonld' | 'csv' | 'jsonl';

export function useLibrary() {
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [screen, setScreen] = useState<LibraryScreen>({ kind: 'list' });
  const [status, setStatus] = useState<LibraryStatus>(null);

  const reload = async () => {
    const r = await readLibrary();
    if (r.ok) setArticles(r.value);
    else setStatus({ text: i18n.t('library.unreadable', [r.error]), error: true });
  };
  useEffect(() => void reload(), []);

  const index = useMemo(() => buildIndex(articles ?? []), [articles]);
  const found = useMemo(() => findArticles(articles ?? [], filters, index), [articles, filters, index]);
  const choices = useMemo(() => facets(articles ?? []), [articles]);

  const report = async (r: { ok: boolean; error?: string }, ok: string) => {
    setStatus(r.ok ? { text: ok } : { text: r.error ?? i18n.t('library.failed'), error: true });
    await reload();
  };
  const exportAs = (format: ExportFormat) => {
    const chosen = found;
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'jsonld')
      download(`sourcelight-${stamp}.jsonld`, JSON.stringify(toWebAnnotations(chosen), null, 2), 'application/ld+json');
    if (format === 'csv') download(`sourcelight-${stamp}.csv`, toCsv(chosen), 'text/csv;charset=utf-8');
    if (format === 'jsonl') download(`sourcelight-${stamp}.jsonl`, toJsonLines(chosen), 'application/x-ndjson');
    setStatus({ text: i18n.t('library.exported', chosen.length, [chosen.length, format.toUpperCase()]) });
  };
  const importFile = async (file: File) => {
    // Refused before it is read: a huge file must not take the page's memory.
    if (file.size > MAX_IMPORT_CHARS)
      return setStatus({
        text: i18n.t('import.tooBig', [file.name, Math.round(file.size / 1e6)]),
        error: true,
      });
    // The bytes, not file.text(): that would turn bytes which are not UTF-8 into "�" without a word.
    const parsed = parseImport(file.name, new Uint8Array(await file.arrayBuffer()));
    const stored = parsed.ok ? await importArticles(parsed.articles) : null;
    setStatus(importStatus(file.name, parsed, stored));
    if (stored?.ok) await reload();
  };

  return {
    articles,
    found,
    facets: choices,
    filters,
    setFilters,
    screen,
    show: setScreen,
    status,
    exportAs,
    importFile,
    undo: (url: string) => void undoDeleteArticle(url).then((r) => report(r, i18n.t('library.broughtBack'))),
    annotate: (article: SavedArticle, a: SavedAnnotation) =>
      void annotate(article.url, a).then((r) => report(r, i18n.t('library.savedAnnotation'))),
    add: (article: SavedArticle, passage: { start: number; end: number }, note: string, tags: string[], claim: AttributionData | null) => {
      const annotation = newAnnotation(article.text, passage, note, tags, claim, new Date().toISOString());
      void annotate(article.url, annotation).then((r) => report(r, claim ? i18n.t('library.claimAdded') : i18n.t('library.noteAdded')));
    },
    remove: (article: SavedArticle) =>
      void deleteArticle(article.url).then(async (r) => {
        setScreen({ kind: 'list' });
        await reload();
        setStatus(
          r.ok ? { text: i18n.t('library.deleted', [article.title ?? article.url]), undo: article.url } : { text: r.error, error: true },
        );
      }),
  };
}
