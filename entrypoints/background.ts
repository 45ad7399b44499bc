import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openStore } from '@/lib/db/schema';
import { handleLibrary } from '@/lib/library/handle-library';
import { saveActiveTab } from '@/lib/library/save-tab';
import { isExtractRequest, isLibraryMessage, isMessage } from '@/lib/messaging/protocol';
import { extractPage } from '@/lib/tabs/extract-page';
import { handleMessage } from '@/lib/tabs/handle-message';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import { forgetTab } from '@/lib/tabs/tab-store';

export default defineBackground(() => {
  // Only our messages get an answer (the polyfill answers whatever a listener returns a promise for).
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isExtractRequest(message)) return Promise.resolve(extractPage(message));
    if (isLibraryMessage(message)) return handleLibrary(message, openStore());
    return isMessage(message) ? handleMessage(message, sender) : undefined;
  });
  // Whether a saved state is still current is checked when it is asked for (handle-message.ts):
  // a tab's "loading" status also fires for in-page links, which keep the same document.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // The keyboard shortcut turns highlights on or off everywhere; pages follow the setting.
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') void loadSettings().then((s) => saveSettings({ enabled: !s.enabled }));
    if (command === 'save-article') void saveActiveTab();
  });
});
