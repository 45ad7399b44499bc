/** The cards' way to ask who a person is: a message to the background, gated by the reader's choice. */
import { ask } from '../messaging/ask';
import type { KnowledgeAdapter } from '../services/knowledge-request';
import type { Settings } from '../settings/settings';

/** `settings` is the content script's current copy (kept up to date by watchSettings). */
export function knowledgeAdapter(settings: () => Settings | null): KnowledgeAdapter {
  return {
    consent: () => settings()?.knowledge ?? 'ask',
    lookup: (request, once) => ask({ type: 'knowledge:lookup', request, once }),
    // The background decides: only it can see whether the browser granted the hosts.
    allow: async () => {
      const saved = await ask({ type: 'knowledge:allow' });
      return saved.ok && saved.value;
    },
  };
}
