/** The research library's writes (the background is its only writer) and the page's read of a saved article, placed. */
import { registrableDomain } from '../../article/outlet';
import { savedFromAnalysis } from '../../export/from-analysis';
import { placeSavedIn } from '../../library/placement';
import { deleteSaved, importSaved, purgeTrash, putAnnotation, saveArticle, undoDelete } from '../../library/store';
import type { Handlers } from '../handler';

type LibraryType = 'library:save' | 'library:annotate' | 'library:delete' | 'library:undo' | 'library:import' | 'library:place';

export const libraryHandlers: Pick<Handlers, LibraryType> = {
  'library:save': async (message, _sender, { db, now }) => {
    const saved = savedFromAnalysis(message.article, message.analysis, new Date(now()).toISOString());
    // An article the extraction found no outlet for: its address's, by the Public Suffix List.
    const article = { ...saved, outlet: saved.outlet || (registrableDomain(saved.url) ?? '') };
    await purgeTrash(db(), now()).catch(() => 0);
    const stored = await saveArticle(db(), article);
    // Placed in the text the page sent, which is the page's own: it paints them without asking again.
    return stored.ok ? { ok: true, value: { saved: stored.value, placement: placeSavedIn(message.article.text, stored.value) } } : stored;
  },
  'library:annotate': (message, _sender, { db }) => putAnnotation(db(), message.url, message.annotation),
  'library:delete': (message, _sender, { db, now }) => deleteSaved(db(), message.url, now()),
  'library:undo': (message, _sender, { db, now }) => undoDelete(db(), message.url, now()),
  'library:import': (message, _sender, { db }) => importSaved(db(), message.articles),
  'library:place': async (message, _sender, { db }) => {
    const saved = await db().saved.get(message.url);
    return { ok: true, value: saved ? placeSavedIn(message.text, saved) : null };
  },
};
