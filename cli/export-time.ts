/**
 * The time an export from the CLI stamps on its saved articles and the machine's annotations
 * (savedAt, updatedAt, created, modified). Not the clock: the same files must give the same export,
 * so that a corpus can be rebuilt and compared byte for byte.
 *
 * - SOURCE_DATE_EPOCH when it is set (https://reproducible-builds.org/specs/source-date-epoch/):
 *   the convention build tools already follow, and the one that survives a copy or a checkout,
 *   both of which reset modification times. One time for every file of the run.
 * - Otherwise each file's modification time: when the page was saved or fetched, which is the
 *   nearest thing the CLI knows to when the article was read, and unchanged while the file is.
 */
import { stat } from 'node:fs/promises';

/** SOURCE_DATE_EPOCH as an ISO time, null when unset; an error naming it when it is not a time. */
export function sourceDateEpoch(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  // The specification: an ASCII decimal integer of seconds since the epoch, nothing else.
  const seconds = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`SOURCE_DATE_EPOCH must be whole seconds since 1970 (such as 1767225600), not '${value}'`);
  return date.toISOString();
}

/** The time to stamp on `file`'s saved article: SOURCE_DATE_EPOCH's when given, else the file's modification time. */
export async function exportTime(file: string, epoch: string | null): Promise<string> {
  if (epoch) return epoch;
  return (await stat(file)).mtime.toISOString();
}
