/**
 * The library page's import status in a researcher's words: one summary line (what came in, what
 * was left out, what to check), then the list of each thing left out or not placed, the longest
 * lists cut after MAX_STATUS_LINES with how many more there are.
 */
import { i18n } from '#i18n';
import { quoteStart } from '../export/cut';
import type { ImportResult, Orphan } from '../export/import';
import type { Result } from '../messaging/protocol';
import type { ImportOutcome } from './store';

/** Lines shown at most: enough to see what went wrong, short enough to stay a status. */
export const MAX_STATUS_LINES = 20;

export interface ImportStatus {
  text: string;
  lines: string[];
  /** Nothing was imported. */
  error: boolean;
}

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_STATUS_LINES) return lines;
  return [...lines.slice(0, MAX_STATUS_LINES), i18n.t('import.more', [lines.length - MAX_STATUS_LINES])];
}

function describeOrphan(o: Orphan): string {
  return i18n.t('import.orphan', [o.title ?? o.url, quoteStart(o.quote)]);
}

/** The status after reading `fileName` (`parsed`) and, when something was read, storing it (`stored`). */
export function importStatus(fileName: string, parsed: ImportResult, stored: Result<ImportOutcome> | null): ImportStatus {
  if (!parsed.ok)
    return {
      text: i18n.t('import.nothingBecause', [fileName, parsed.error]),
      lines: capped(parsed.rejected.map((r) => i18n.t('import.rejected', [r]))),
      error: true,
    };
  if (!stored) return { text: i18n.t('import.nothing', [fileName]), lines: [], error: true };
  if (!stored.ok) return { text: i18n.t('import.nothingBecause', [fileName, stored.error]), lines: [], error: true };
  const { added, updated, unchanged, orphans, rejected } = stored.value;
  const leftOut = [...parsed.rejected, ...rejected].map((r) => i18n.t('import.rejected', [r]));
  const toCheck = [...parsed.notes, ...orphans.map(describeOrphan)];
  const took = [
    i18n.t('import.new', [added]),
    i18n.t('import.merged', [updated]),
    ...(unchanged ? [i18n.t('import.unchanged', [unchanged])] : []),
  ].join(', ');
  const also = [
    ...(leftOut.length ? [i18n.t('import.leftOut', [leftOut.length])] : []),
    ...(toCheck.length ? [i18n.t('import.toCheck', toCheck.length)] : []),
  ];
  const text = i18n.t('import.done', [fileName, took]) + (also.length ? i18n.t('import.also', [also.join('; ')]) : '');
  return { text, lines: capped([...leftOut, ...toCheck]), error: added + updated + unchanged === 0 };
}
