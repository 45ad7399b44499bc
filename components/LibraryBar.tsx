/** The library's exports (of what the search found) and its import. */
import { i18n } from '#i18n';
import type { ExportFormat } from '@/lib/library/use-library';

export interface LibraryBarProps {
  found: number;
  total: number;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}

export function LibraryBar({ found, total, onExport, onImport }: LibraryBarProps) {
  return (
    <div class="lib-bar">
      <span>{found === total ? i18n.t('library.exportAll') : i18n.t('library.exportFound', [found])}</span>
      <button type="button" data-testid="export-jsonld" onClick={() => onExport('jsonld')}>
        {i18n.t('library.formatJsonld')}
      </button>
      <button type="button" data-testid="export-csv" onClick={() => onExport('csv')}>
        CSV
      </button>
      <button type="button" data-testid="export-jsonl" onClick={() => onExport('jsonl')}>
        {i18n.t('library.formatJsonl')}
      </button>
      <label>
        {i18n.t('library.import')}{' '}
        <input
          type="file"
          data-testid="import"
          accept=".jsonl,.jsonld,.json,.ndjson"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) onImport(file);
            (e.target as HTMLInputElement).value = '';
          }}
        />
      </label>
    </div>
  );
}
