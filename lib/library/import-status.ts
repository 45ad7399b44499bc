/**
 * The library page's import status in a researcher's words: one summary line (what came in, what
 * was left out, what to check), then the list of each thing left out or not placed, the longest
 * lists cut after MAX_STATUS_LINES with how many more there are.
 */
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

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function capped(lines: string[]): string[] {
  if (lines.length <= MAX_STATUS_LINES) return lines;
  return [...lines.slice(0, MAX_STATUS_LINES), `…and ${lines.length - MAX_STATUS_LINES} more`];
}

function describeOrphan(o: Orphan): string {
  return `Not placed: in “${o.title ?? o.url}”, the annotation starting ${quoteStart(o.quote)} is not in the library’s text of the article; it is kept and listed under the article as not placed`;
}

/** The status after reading `fileName` (`parsed`) and, when something was read, storing it (`stored`). */
export function importStatus(fileName: string, parsed: ImportResult, stored: Result<ImportOutcome> | null): ImportStatus {
  if (!parsed.ok)
    return {
      text: `Nothing was imported from ${fileName}: ${parsed.error}`,
      lines: capped(parsed.rejected.map((r) => `Not imported: ${r}`)),
      error: true,
    };
  if (!stored) return { text: `Nothing was imported from ${fileName}.`, lines: [], error: true };
  if (!stored.ok) return { text: `Nothing was imported from ${fileName}: ${stored.error}`, lines: [], error: true };
  const { added, updated, unchanged, orphans, rejected } = stored.value;
  const leftOut = [...parsed.rejected, ...rejected].map((r) => `Not imported: ${r}`);
  const toCheck = [...parsed.notes, ...orphans.map(describeOrphan)];
  const took = [`${added} new`, `${updated} merged`, ...(unchanged ? [`${unchanged} already in the library`] : [])].join(', ');
  const also = [
    ...(leftOut.length ? [`${leftOut.length} left out`] : []),
    ...(toCheck.length ? [`${count(toCheck.length, 'annotation')} to check`] : []),
  ];
  const text = `Imported ${fileName}: ${took}.${also.length ? ` ${also.join('; ')}:` : ''}`;
  return { text, lines: capped([...leftOut, ...toCheck]), error: added + updated + unchanged === 0 };
}
