import { LibraryArticle } from '@/components/LibraryArticle';
import { i18n } from '#i18n';
import { LibraryBar } from '@/components/LibraryBar';
import { LibraryList } from '@/components/LibraryList';
import { LibraryStatus } from '@/components/LibraryStatus';
import { PersonClaims } from '@/components/PersonClaims';
import { claimsBy } from '@/lib/library/search';
import { useLibrary } from '@/lib/library/use-library';

export function App() {
  const library = useLibrary();
  const { articles, screen, status, show } = library;
  if (!articles)
    return (
      <main class="library">{status ? <p class="lib-status lib-status--error">{status.text}</p> : <p>{i18n.t('library.opening')}</p>}</main>
    );

  const current = screen.kind === 'article' ? articles.find((a) => a.url === screen.url) : undefined;
  return (
    <main class="library">
      <h1>{i18n.t('library.heading')}</h1>
      <p class="muted">{i18n.t('library.intro')}</p>
      <LibraryBar
        found={library.found.length}
        total={articles.length}
        onExport={library.exportAs}
        onImport={(file) => void library.importFile(file)}
      />
      {status ? <LibraryStatus status={status} onUndo={library.undo} /> : null}
      {screen.kind === 'person' ? (
        <PersonClaims
          person={screen.name}
          claims={claimsBy(articles, screen.name)}
          onOpen={(url) => show({ kind: 'article', url })}
          onBack={() => show({ kind: 'list' })}
        />
      ) : current ? (
        <LibraryArticle
          article={current}
          onBack={() => show({ kind: 'list' })}
          onAnnotate={(a) => library.annotate(current, a)}
          onNew={(passage, note, tags, claim) => library.add(current, passage, note, tags, claim)}
          onDelete={() => library.remove(current)}
        />
      ) : (
        <LibraryList
          articles={library.found}
          total={articles.length}
          filters={library.filters}
          facets={library.facets}
          onFilters={library.setFilters}
          onOpen={(url) => show({ kind: 'article', url })}
          onPerson={(name) => show({ kind: 'person', name })}
        />
      )}
    </main>
  );
}
