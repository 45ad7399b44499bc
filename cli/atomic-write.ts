/**
 * A file written beside its place and renamed over it: a run stopped mid-write (Ctrl-C, a full
 * disk, a killed job) leaves the old file or the new one, never half a JSON that a later `jq` or
 * import chokes on. node:fs's callbacks rather than node:fs/promises, whose load (~5 ms: streams,
 * readline) every run would pay at start.
 */
import { mkdir, rename, renameSync, rmSync, unlink, writeFile, writeFileSync } from 'node:fs';
import path from 'node:path';

let written = 0;

/** A name of its own for each write, so that two writes of one file at once (two answers of one key) never share one. */
function temporaryBeside(file: string): string {
  return `${file}.${process.pid}.${++written}.tmp`;
}

export function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = temporaryBeside(file);
  return new Promise((resolve, reject) => {
    const failed = (e: Error) => unlink(temporary, () => reject(e));
    writeFile(temporary, text, (e) => (e ? failed(e) : rename(temporary, file, (r) => (r ? failed(r) : resolve()))));
  });
}

export function writeAtomicallySync(file: string, text: string): void {
  const temporary = temporaryBeside(file);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
}

/** The same, in its folder, made first when it is missing (the answer cache's, a recorded host's). */
export function writeAtomicallyInFolder(file: string, text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => mkdir(path.dirname(file), { recursive: true }, (e) => (e ? reject(e) : resolve()))).then(
    () => writeAtomically(file, text),
  );
}
