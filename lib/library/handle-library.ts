/** The background's answers to the research library's messages (lib/messaging/protocol.ts). */
import { registrableDomain } from '../article/outlet';
import type { SourcelightDB } from '../db/schema';
import type { LibraryMessage, Result } from '../messaging/protocol';
import { deleteSaved, importSaved, purgeTrash, putAnnotation, saveArticle, undoDelete } from './store';

export async function handleLibrary(message: LibraryMessage, db: SourcelightDB, now = Date.now()): Promise<Result<unknown>> {
  try {
    switch (message.type) {
      case 'library:save': {
        // The content script leaves the outlet to us: the Public Suffix List lives here.
        const article = { ...message.article, outlet: message.article.outlet || (registrableDomain(message.article.url) ?? '') };
        await purgeTrash(db, now).catch(() => 0);
        return await saveArticle(db, article);
      }
      case 'library:annotate':
        return await putAnnotation(db, message.url, message.annotation);
      case 'library:delete':
        return await deleteSaved(db, message.url, now);
      case 'library:undo':
        return await undoDelete(db, message.url, now);
      case 'library:import':
        return await importSaved(db, message.articles);
      case 'library:get':
        return { ok: true, value: (await db.saved.get(message.url)) ?? null };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
