import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Message } from '@/lib/messaging/protocol';
import { whenIdle } from '@/lib/page/idle';
import { readPage } from '@/lib/page/read-page';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    await whenIdle(2000, ctx.signal);
    if (ctx.isInvalid) return;
    const { state } = readPage(document);
    const message: Message = { type: 'page:read', state };
    await browser.runtime.sendMessage(message).catch(() => {
      // The extension was reloaded or the page is closing: nothing to tell.
    });
  },
});
