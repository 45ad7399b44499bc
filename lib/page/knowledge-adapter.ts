/** The cards' way to ask who a person is: a message to the background, gated by the reader's choice. */
import { browser } from 'wxt/browser';
import type { KnowledgeReply, Message, Result } from '../messaging/protocol';
import type { KnowledgeAdapter } from '../overlay/cards';
import type { KnowledgeRequest } from '../services/knowledge';
import { saveSettings, type Settings } from '../settings/settings';

/** `settings` is the content script's current copy (kept up to date by watchSettings). */
export function knowledgeAdapter(settings: () => Settings | null): KnowledgeAdapter {
  return {
    consent: () => settings()?.knowledge ?? 'ask',
    async lookup(request: KnowledgeRequest, once: boolean): Promise<Result<KnowledgeReply>> {
      try {
        const message: Message = { type: 'knowledge:lookup', request, once };
        const answer = (await browser.runtime.sendMessage(message)) as Result<KnowledgeReply> | undefined;
        return answer ?? { ok: false, error: 'no answer from the background' };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    allow: async () => void (await saveSettings({ knowledge: 'allowed' })),
  };
}
