/** The research library's writes (the background is its only writer) and the page's read of a saved article. */
import { registrableDomain } from '../../article/outlet';
import { savedFromAnalysis } from '../../export/from-analysis';
import { deleteSaved, importSaved, purgeTrash, putAnnotation, saveArticle, undoDelete } from '../../library/store';
import type { Handlers } from '../handler';

type LibraryType = 'library:save' | 'library:annotate' | 'library:delete' | 'library:undo' | 'library:import' | 'library:get';

export const libraryHandlers: Pick<Handlers, LibraryType> = {
  'library:save': async (message, _sender, { db, now }) => {
    const saved = savedFromAnalysis(message.article, message.analysis, new Date(now()).toISOString());
    // An article the extraction found no outlet for: its address's, by the Public Suffix List.
    const article = { ...saved, outlet: saved.outlet || (registrableDomain(saved.url) ?? '') };
    await purgeTrash(db(), now()).catch(() => 0);
    return saveArticle(db(), article);
  },
  'library:annotate': (message, _sender, { db }) => putAnnotation(db(), message.url, message.annotation),
  'library:delete': (message, _sender, { db, now }) => deleteSaved(db(), message.url, now()),
  'library:undo': (message, _sender, { db, now }) => undoDelete(db(), message.url, now()),
  'library:import': (message, _sender, { db }) => importSaved(db(), message.articles),
  'library:get': async (message, _sender, { db }) => ({ ok: true, value: (await db().saved.get(message.url)) ?? null }),
};
