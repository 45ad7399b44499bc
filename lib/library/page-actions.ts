/** The library page's reads (the store, directly) and writes (messages to the background, the only writer). */
import { openStore } from '../db/schema';
import type { LibraryMessage, Result } from '../messaging/protocol';
import { ask, failed } from '../messaging/ask';
import type { ImportOutcome } from './store';
import type { SavedAnnotation, SavedArticle } from './types';

export async function readLibrary(): Promise<Result<SavedArticle[]>> {
  try {
    return { ok: true, value: await openStore().saved.toArray() };
  } catch (e) {
    return failed(e);
  }
}

const tell = <T>(message: LibraryMessage) => ask<T>(message);

export const annotate = (url: string, annotation: SavedAnnotation) => tell<SavedArticle>({ type: 'library:annotate', url, annotation });
export const deleteArticle = (url: string) => tell<boolean>({ type: 'library:delete', url });
export const undoDeleteArticle = (url: string) => tell<boolean>({ type: 'library:undo', url });
export const importArticles = (articles: SavedArticle[]) => tell<ImportOutcome>({ type: 'library:import', articles });

/** Downloads `text` as a file (the library page's exports). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
