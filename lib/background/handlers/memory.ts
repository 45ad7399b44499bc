/** Forgetting remembered articles at the reader's word (popup, options): one, an outlet's, or all. */
import { forgetAll, forgetArticle, forgetSite } from '../../db/forget';
import type { SourcelightDB } from '../../db/schema';
import type { ForgetScope } from '../../messaging/protocol';
import type { Handlers } from '../handler';

async function forget(db: SourcelightDB, scope: ForgetScope): Promise<number> {
  if ('all' in scope) return forgetAll(db);
  if ('outlet' in scope) return forgetSite(db, scope.outlet);
  const row = await db.articles.where('url').equals(scope.article).first();
  return row?.id === undefined ? 0 : forgetArticle(db, row.id);
}

export const memoryHandlers: Pick<Handlers, 'memory:forget'> = {
  'memory:forget': async (message, _sender, { db }) => ({ ok: true, value: await forget(db(), message.scope) }),
};
