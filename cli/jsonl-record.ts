/**
 * One line of `analyze --jsonl` input: `{"id", "url"?, "html"}` or `{"id", "text"}` (cli/record-task.ts
 * analyses it into its output line). The command's own thread reads the lines and loads no analysis.
 * A line that is not such a record gets its reason, so that its output line can say it.
 */
export type RecordId = string | number;
export type JsonlRecord = { id: RecordId; url: string | null; html: string } | { id: RecordId; text: string };

export type Parsed = { ok: true; record: JsonlRecord } | { ok: false; id: RecordId | null; error: string };

function isId(value: unknown): value is RecordId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

export function parseRecord(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, id: null, error: `not JSON: ${(e as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, id: null, error: 'not a JSON object' };
  const { id, url, html, text } = value as Record<string, unknown>;
  if (!isId(id)) return { ok: false, id: null, error: 'no "id" (a string or a number)' };
  if (typeof html === 'string') {
    if (url !== undefined && url !== null && typeof url !== 'string') return { ok: false, id, error: '"url" is not a string' };
    return { ok: true, record: { id, url: url ?? null, html } };
  }
  if (typeof text === 'string') return { ok: true, record: { id, text } };
  return { ok: false, id, error: 'neither "html" nor "text" is a string' };
}

export function errorLine(id: RecordId | null, line: number, error: string): string {
  return JSON.stringify({ id, line, error });
}
