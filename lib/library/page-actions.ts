/** The library page's reads (the store, directly) and writes (messages to the background, the only writer). */
import { openStore } from '../db/schema';
import { ask, failed } from '../messaging/ask';
import type { Result } from '../messaging/result';
import type { SavedAnnotation, SavedArticle } from './types';

export async function readLibrary(): Promise<Result<SavedArticle[]>> {
  try {
    return { ok: true, value: await openStore().saved.toArray() };
  } catch (e) {
    return failed(e);
  }
}

export const annotate = (url: string, annotation: SavedAnnotation) => ask({ type: 'library:annotate', url, annotation });
export const deleteArticle = (url: string) => ask({ type: 'library:delete', url });
export const undoDeleteArticle = (url: string) => ask({ type: 'library:undo', url });
export const importArticles = (articles: SavedArticle[]) => ask({ type: 'library:import', articles });

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
