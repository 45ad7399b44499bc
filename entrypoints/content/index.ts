import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { isPageQuery, type Message, type PingAnswer } from '@/lib/messaging/protocol';
import { whenIdle } from '@/lib/page/idle';
import { readPage } from '@/lib/page/read-page';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    const pageId = crypto.randomUUID();
    const onMessage = (message: unknown) => (isPageQuery(message) ? Promise.resolve<PingAnswer>({ pageId }) : undefined);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    const report = async () => {
      const idle = await whenIdle(2000, ctx.signal).then(() => true, () => false);
      if (!idle || ctx.isInvalid) return; // the extension was reloaded or the page is closing
      const message: Message = { type: 'page:read', state: readPage(document, pageId).state };
      await browser.runtime.sendMessage(message).catch(() => {});
    };
    // Single-page sites change their article without loading a new document.
    ctx.addEventListener(window, 'wxt:locationchange', () => void report());
    await report();
  },
});
