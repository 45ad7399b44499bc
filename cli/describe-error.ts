/** A one-line reason for an error the CLI reports: a file system code in words, else the message's first line. */
export function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = (error as { code: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory';
    if (code === 'EACCES') return 'permission denied';
  }
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
