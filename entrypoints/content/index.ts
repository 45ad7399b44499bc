import { defineContentScript } from 'wxt/utils/define-content-script';
import { browserPort } from '@/lib/page/port';
import { PageSession } from '@/lib/page/session';
import { loadedAt } from '@/lib/page/timing';
import { watchPage } from '@/lib/page/watch';
import { loadSettings, watchSettings } from '@/lib/settings/settings';
import { uuidV4 } from '@/lib/uuid';
import './style.css';

export default defineContentScript({
  // Web pages only: not file://, ftp:// or the browser's own pages.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const session = new PageSession({
      doc: document,
      pageId: uuidV4(),
      port: browserPort(),
      settings: { load: loadSettings, watch: watchSettings },
      watch: (onChange) => watchPage(onChange, ctx.signal),
      signal: ctx.signal,
      isInvalid: () => ctx.isInvalid,
      loadedAt,
    });
    await session.start();
    ctx.onInvalidated(() => session.stop());
    // Single-page sites change their article without loading a new document.
    ctx.addEventListener(window, 'wxt:locationchange', () => void session.refresh());
    await session.refresh();
  },
});
