/** The cards' way to ask who a person is: a message to the background, gated by the reader's choice. */
import { ask } from '../messaging/ask';
import type { KnowledgeAdapter } from '../services/knowledge-request';
import { saveSettings, type Settings } from '../settings/settings';

/** `settings` is the content script's current copy (kept up to date by watchSettings). */
export function knowledgeAdapter(settings: () => Settings | null): KnowledgeAdapter {
  return {
    consent: () => settings()?.knowledge ?? 'ask',
    lookup: (request, once) => ask({ type: 'knowledge:lookup', request, once }),
    allow: async () => void (await saveSettings({ knowledge: 'allowed' })),
  };
}
