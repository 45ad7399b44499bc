import { useEffect, useMemo, useState } from 'preact/hooks';
import { LibraryArticle } from '@/components/LibraryArticle';
import { LibraryList } from '@/components/LibraryList';
import { PersonClaims } from '@/components/PersonClaims';
import { selectorFor } from '@/lib/anchoring/selectors';
import { toCsv } from '@/lib/export/csv';
import { MAX_IMPORT_CHARS, parseImport } from '@/lib/export/import';
import { toWebAnnotations } from '@/lib/export/jsonld';
import { toJsonLines } from '@/lib/export/jsonl';
import { importStatus } from '@/lib/library/import-status';
import { annotate, deleteArticle, download, importArticles, newId, readLibrary, undoDeleteArticle } from '@/lib/library/page-actions';
import { buildIndex, claimsBy, facets, findArticles, NO_FILTERS, type LibraryFilters } from '@/lib/library/search';
import type { SavedArticle } from '@/lib/library/types';

type Screen = { kind: 'list' } | { kind: 'article'; url: string } | { kind: 'person'; name: string };
type Status = { text: string; error?: boolean; undo?: string; lines?: string[] } | null;

export function App() {
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const [status, setStatus] = useState<Status>(null);

  const reload = async () => {
    const r = await readLibrary();
    if (r.ok) setArticles(r.value);
    else setStatus({ text: `The library cannot be read: ${r.error}`, error: true });
  };
  useEffect(() => void reload(), []);

  const index = useMemo(() => buildIndex(articles ?? []), [articles]);
  const found = useMemo(() => findArticles(articles ?? [], filters, index), [articles, filters, index]);
  const choices = useMemo(() => facets(articles ?? []), [articles]);
  if (!articles) return <main class="library">{status ? <p class="lib-status lib-status--error">{status.text}</p> : <p>Opening the library…</p>}</main>;

  const report = async (r: { ok: boolean; error?: string }, ok: string) => {
    setStatus(r.ok ? { text: ok } : { text: r.error ?? 'failed', error: true });
    await reload();
  };
  const exportAs = (format: 'jsonld' | 'csv' | 'jsonl') => {
    const chosen = found;
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'jsonld') download(`sourcelight-${stamp}.jsonld`, JSON.stringify(toWebAnnotations(chosen), null, 2), 'application/ld+json');
    if (format === 'csv') download(`sourcelight-${stamp}.csv`, toCsv(chosen), 'text/csv;charset=utf-8');
    if (format === 'jsonl') download(`sourcelight-${stamp}.jsonl`, toJsonLines(chosen), 'application/x-ndjson');
    setStatus({ text: `Exported ${chosen.length} article${chosen.length === 1 ? '' : 's'} as ${format.toUpperCase()}.` });
  };
  const importFile = async (file: File) => {
    // Refused before it is read: a huge file must not take the page's memory.
    if (file.size > MAX_IMPORT_CHARS) return setStatus({ text: `Nothing was imported from ${file.name}: it is ${Math.round(file.size / 1e6)} MB, more than Sourcelight's exports ever are.`, error: true });
    // The bytes, not file.text(): that would turn bytes which are not UTF-8 into "�" without a word.
    const parsed = parseImport(file.name, new Uint8Array(await file.arrayBuffer()));
    const stored = parsed.ok ? await importArticles(parsed.articles) : null;
    setStatus(importStatus(file.name, parsed, stored));
    if (stored?.ok) await reload();
  };

  const current = screen.kind === 'article' ? articles.find((a) => a.url === screen.url) : undefined;
  return (
    <main class="library">
      <h1>Sourcelight library</h1>
      <p class="muted">Your saved articles and annotations. They stay on this device; export them to keep or share them.</p>
      <div class="lib-bar">
        <span>Export {found.length === articles.length ? 'all' : `the ${found.length} found`}:</span>
        <button type="button" data-testid="export-jsonld" onClick={() => exportAs('jsonld')}>
          Web Annotations (JSON-LD)
        </button>
        <button type="button" data-testid="export-csv" onClick={() => exportAs('csv')}>
          CSV
        </button>
        <button type="button" data-testid="export-jsonl" onClick={() => exportAs('jsonl')}>
          JSON Lines
        </button>
        <label>
          Import <input type="file" data-testid="import" accept=".jsonl,.jsonld,.json,.ndjson" onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
            (e.target as HTMLInputElement).value = '';
          }} />
        </label>
      </div>
      {status ? (
        <div class={`lib-status${status.error ? ' lib-status--error' : status.lines?.length ? ' lib-status--warn' : ''}`} role="status" data-testid="library-status">
          {status.text}{' '}
          {status.lines?.length ? (
            <ul class="lib-status__lines" data-testid="library-status-lines">
              {status.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          ) : null}
          {status.undo ? (
            <button type="button" data-testid="undo" onClick={() => void undoDeleteArticle(status.undo!).then((r) => report(r, 'Brought back.'))}>
              Undo
            </button>
          ) : null}
        </div>
      ) : null}
      {screen.kind === 'person' ? (
        <PersonClaims person={screen.name} claims={claimsBy(articles, screen.name)} onOpen={(url) => setScreen({ kind: 'article', url })} onBack={() => setScreen({ kind: 'list' })} />
      ) : current ? (
        <LibraryArticle
          article={current}
          onBack={() => setScreen({ kind: 'list' })}
          onAnnotate={(a) => void annotate(current.url, a).then((r) => report(r, 'Saved.'))}
          onNew={(passage, note, tags, claim) => {
            const now = new Date().toISOString();
            const annotation = {
              id: newId(),
              type: claim ? ('attribution' as const) : ('highlight' as const),
              selector: selectorFor(current.text, passage.start, passage.end),
              machine: null,
              correction: claim,
              verdict: 'added' as const,
              note,
              tags,
              created: now,
              modified: now,
            };
            void annotate(current.url, annotation).then((r) => report(r, claim ? 'Claim added.' : 'Note added.'));
          }}
          onDelete={() =>
            void deleteArticle(current.url).then(async (r) => {
              setScreen({ kind: 'list' });
              await reload();
              setStatus(r.ok ? { text: `Deleted “${current.title ?? current.url}”.`, undo: current.url } : { text: r.error, error: true });
            })
          }
        />
      ) : (
        <LibraryList
          articles={found}
          total={articles.length}
          filters={filters}
          facets={choices}
          onFilters={setFilters}
          onOpen={(url) => setScreen({ kind: 'article', url })}
          onPerson={(name) => setScreen({ kind: 'person', name })}
        />
      )}
    </main>
  );
}
